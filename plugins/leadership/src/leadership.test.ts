import { computeMetrics, migrateData, renderSection, runChecks } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT, levelContext, expectUpgradeKeepsRendering } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { asV1, demo2024, demo2024v1, fixtures, foundOnly, jingzhupu2023, partialYear } from "./fixtures.ts";
import plugin, { type Leadership } from "./index.ts";
import { leadershipDefaults } from "./schema.ts";
import { V1_RENDERED } from "./v1-rendered.ts";

const text = (data: unknown, ctx = TEST_RENDER_CONTEXT) =>
  renderSection(plugin, data, ctx)
    .map((b) => ("text" in b ? b.text : ""))
    .join("\n");

const ids = (data: Leadership, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);

describe("leadership renderer", () => {
  it("reads like the reference report for 荆竹铺镇 2023", () => {
    expect(text(jingzhupu2023)).toBe(
      "切实履行了党政主要负责人推进法治建设第一责任人职责，班子其他成员“一岗双责”制度落实到位，" +
        "成立了由镇政府镇长任组长，分管领导任副组长，相关站所负责人为成员的依法行政工作领导小组。" +
        "把依法行政工作纳入政府目标责任管理，将行政执法机构及其执法人员行使职权和履行法定义务情况纳入评议考核，" +
        "进一步落实了工作目标，强化了工作责任。建立健全镇机关“谁执法谁普法”责任制清单，明确普法主体责任和工作机制，" +
        "充分发挥国家机关在普法工作中的职能作用，形成了“党政统一领导、人大加强监督、司法行政部门组织、部门分工负责”的法治宣传教育体系，" +
        "促进法治宣传教育深入开展。",
    );
  });

  it("prints every optional indicator of the 2024 demo year, reading well without a 方面 heading", () => {
    const ctx = { ...TEST_RENDER_CONTEXT, heading: null, year: 2024 };
    expect(text(demo2024, ctx)).toBe(
      "镇党委书记、镇长高度重视法治政府建设，切实履行了党政主要负责人推进法治建设第一责任人职责，" +
        "班子其他成员“一岗双责”制度落实到位，成立了由镇党委书记、镇长任组长，分管副镇长任副组长，各站所负责人为成员的法治政府建设工作领导小组。" +
        "全年召开专题会议研究法治建设工作4次，协调解决法治建设重要问题6项。" +
        "党政主要负责人将履行推进法治建设第一责任人职责情况列入年终述职内容，开展年度述法。" +
        "把依法行政工作纳入政府目标责任管理，考核权重占10%，将行政执法机构及其执法人员行使职权和履行法定义务情况纳入评议考核。" +
        "开展法治建设督查检查2次，发现问题5项，已全部整改到位。" +
        "建立健全镇机关“谁执法谁普法”责任制清单，明确普法主体责任和工作机制。",
    );
  });

  it("prints partial rectification, a weight without target management, and further paragraphs", () => {
    const out = text(partialYear);
    expect(out).toContain("协调解决法治建设重要问题3项。");
    expect(out).toContain("依法行政工作在目标考核中权重占5%");
    expect(out).toContain("发现问题5项，已整改3项。");
    expect(out.split("\n")).toContain("组织开展法治政府建设示范创建自查。");
  });

  it("names a leading group with only its name, and uses the township's level word", () => {
    const d = {
      ...leadershipDefaults,
      leadingGroup: { name: "", leader: "街道党工委书记", deputy: "", members: "" },
      responsibilityList: true,
    };
    const ctx = { ...TEST_RENDER_CONTEXT, org: { name: "城东街道", fullName: "某县城东街道办事处" } };
    expect(text(d, ctx)).toBe(
      "成立了由街道党工委书记任组长的法治政府建设工作领导小组。建立健全街道机关“谁执法谁普法”责任制清单，明确普法主体责任和工作机制。",
    );
    expect(
      text({
        ...leadershipDefaults,
        leadingGroup: { name: "依法治镇领导小组", leader: "", deputy: "", members: "" },
      }),
    ).toBe("成立了依法治镇领导小组。");
  });

  it("leaves out a 0/0 problem count rather than printing 0% or 100%", () => {
    const out = text({ ...demo2024, problems: { found: 0, rectified: 0 } });
    expect(out).toContain("开展法治建设督查检查2次。");
    expect(out).not.toMatch(/发现问题|整改|整改率/);
  });

  it("renders nothing for an empty section", () => {
    expect(renderSection(plugin, leadershipDefaults, TEST_RENDER_CONTEXT)).toEqual([]);
  });
});

describe("leadership metrics and checks", () => {
  it("computes counts, the rectification rate, and yes/no facts as shares of townships", () => {
    const m = computeMetrics(plugin, demo2024);
    expect([
      m.meetings!.value,
      m.issuesResolved!.value,
      m.inspections!.value,
      m.problemsFound!.value,
    ]).toEqual([4, 6, 2, 5]);
    expect(m.rectificationRate).toEqual({ value: 100, numerator: 5, denominator: 5, lowerBound: false });
    expect(m.firstResponsible).toEqual({ value: 100, numerator: 1, denominator: 1, lowerBound: false });
    expect(m.annualReport).toEqual({ value: 100, numerator: 1, denominator: 1, lowerBound: false });
    const ref = computeMetrics(plugin, jingzhupu2023);
    expect(ref.annualReport!.value).toBe(0);
    expect(ref.meetings!.value).toBeNull();
  });

  it("a 0/0 rate has no value (无), never 0% or 100%", () => {
    const m = computeMetrics(plugin, { ...demo2024, problems: { found: 0, rectified: 0 } });
    expect(m.rectificationRate).toEqual({ value: null, numerator: 0, denominator: 0, lowerBound: false });
  });

  it("the reference content and the demo year pass every check", () => {
    expect(runChecks(plugin, jingzhupu2023, {})).toEqual([]);
    expect(runChecks(plugin, demo2024, {})).toEqual([]);
  });

  it("warns about figures that do not hang together and missed targets", () => {
    expect(ids(partialYear)).toEqual([
      "warning:first-responsible-missing",
      "warning:group-without-leader",
      "warning:issues-without-meetings",
      "warning:weight-without-target-management",
      "warning:problems-without-inspections",
      "warning:rectificationRate-below-target",
    ]);
    expect(ids(partialYear, { targetRectificationRate: 60 })).not.toContain(
      "warning:rectificationRate-below-target",
    );
  });

  it("applies the year's meeting and 述法 requirements", () => {
    const settings = { minMeetings: 4, requireAnnualReport: true };
    // Meetings not entered are not held against the minimum (the figure is missing, not zero).
    expect(ids(jingzhupu2023, settings)).toEqual(["warning:annual-report-required"]);
    expect(ids({ ...jingzhupu2023, meetings: 0 }, settings)).toEqual([
      "warning:annual-report-required",
      "warning:meetings-below-target",
    ]);
    expect(ids(demo2024, settings)).toEqual([]);
    expect(ids({ ...demo2024, meetings: 3 }, settings)).toEqual(["warning:meetings-below-target"]);
  });

  it("refuses more problems rectified than found", () => {
    const results = runChecks(plugin, { ...demo2024, problems: { found: 5, rectified: 6 } }, {});
    expect(results).toEqual([
      expect.objectContaining({ id: "rectified-within-found", level: "error", path: "problems.rectified" }),
    ]);
    const parsed = plugin.schema.safeParse({ ...demo2024, problems: { found: 5, rectified: 6 } });
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["problems.rectified", "已整改问题数不能大于发现问题数"],
    ]);
  });
});

describe("leadership v2 (qualified inspections, problems found and rectified)", () => {
  it("upgrades v1 data to exactly the current fixtures, which render byte-identically for 镇, 乡 and 街道", () => {
    expect(plugin.version).toBe(2);
    expect(migrateData(plugin, demo2024v1, 1)).toEqual(demo2024);
    expect(Object.keys(V1_RENDERED)).toEqual(["jingzhupu2023", "demo2024", "partialYear"]);
    expectUpgradeKeepsRendering(plugin, {
      fromVersion: 1,
      fixtures: fixtures.valid,
      rendered: V1_RENDERED,
      toPrevious: asV1,
    });
  });

  it("prints the problems found alone and a qualified count of inspections as reports write them", () => {
    expect(text(foundOnly)).toContain("开展法治建设督查检查20余次，发现问题5项。");
    const street = renderSection(plugin, foundOnly, levelContext("街道"))
      .map((b) => ("text" in b ? b.text : ""))
      .join("");
    expect(street).toContain("发现问题5项");
  });

  it("keeps found alone as a count with no rate; 20余次 is a lower bound", () => {
    const m = computeMetrics(plugin, foundOnly);
    expect(m.problemsFound!.value).toBe(5);
    expect(m.rectificationRate).toEqual({
      value: null,
      numerator: null,
      denominator: null,
      lowerBound: false,
    });
    expect(m.inspections).toEqual({ value: 20, numerator: null, denominator: null, lowerBound: true });
    expect(runChecks(plugin, foundOnly, {})).toEqual([]);
  });

  it("refuses rectified problems without the problems found", () => {
    const r = plugin.schema.safeParse({ ...foundOnly, problems: { found: null, rectified: 3 } });
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["problems.found", "请先填写发现问题数"],
    ]);
  });

  it("still warns about problems found without any inspection", () => {
    const d = { ...foundOnly, inspections: { value: null, qualifier: "" as const } };
    expect(runChecks(plugin, d, {}).map((r) => r.id)).toEqual(["problems-without-inspections"]);
  });
});
