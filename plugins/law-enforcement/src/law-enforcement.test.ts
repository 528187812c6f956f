import {
  computeMetrics,
  itemsToParagraphs,
  migrateData,
  renderSection,
  runChecks,
  type Block,
} from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT, levelContext, expectUpgradeKeepsRendering } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import {
  asV2,
  demo2024,
  demo2024v2,
  fixtures,
  jingzhupu2023,
  jingzhupu2023v1,
  statedFigures,
} from "./fixtures.ts";
import plugin, { type LawEnforcement } from "./index.ts";
import { lawEnforcementDefaults } from "./schema.ts";
import { V2_RENDERED } from "./v2-rendered.ts";

const blockText = (b: Block) =>
  b.type === "items" ? itemsToParagraphs(b).join("\n") : "text" in b ? b.text : "";
const blocks = (data: unknown) => renderSection(plugin, data, TEST_RENDER_CONTEXT);
const text = (data: unknown) => blocks(data).map(blockText).join("\n");
const ids = (data: LawEnforcement, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);

describe("law-enforcement renderer", () => {
  it("reads exactly like the reference report for 荆竹铺镇 2023, as one paragraph of 一是…二是…三是…", () => {
    const out = blocks(jingzhupu2023);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: "items", style: "yishi", layout: "inline" });
    expect(text(jingzhupu2023)).toBe(
      "一是严格落实行政执法责任制，切实抓好执法依据梳理和执法职权的层层分解，做到了岗位到人、责任到人，" +
        "进一步明确了行政执法机关的执法目标和执法责任，规范了执法行为。" +
        "二是全面规范行政执法自由裁量权，有效防止了权力的滥用，减少了行政执法的随意性，提升了公信力。" +
        "三是建立了行政执法公示制度、执法全过程留痕、执法决定合法有效审查制度、执证上岗制度、行政执法过错责任追究制度、执法监督制度。",
    );
  });

  it("prints the figures of the 2024 demo in a paragraph of their own, after a fourth item", () => {
    const out = blocks(demo2024);
    expect(out.map((b) => b.type)).toEqual(["items", "paragraph"]);
    expect(blockText(out[0]!)).toContain(
      "三是建立了行政执法公示制度、执法全过程留痕、执法决定合法有效审查制度、执证上岗制度、行政执法案卷评查制度。四是坚持“谁执法谁普法”，在执法过程中开展以案释法。",
    );
    expect(blockText(out[1]!)).toBe(
      "全镇共有行政执法人员9名，其中持证9名，持证率100%，本年度新增持证执法人员2名，2人参加行政执法资格考试，通过2人，通过率100%。" +
        "全年组织执法培训2场、参训36人次，开展执法检查48次，办理行政处罚案件14件（其中普通程序3件、简易程序11件），罚款32000元。" +
        "落实包容审慎监管，依法不予处罚3件、从轻减轻处罚2件。" +
        "召开案审会4次，集体审议重大复杂案件，开展行政执法案卷评查2次，发现问题5项，已全部整改。",
    );
  });

  it("prints only the figures entered", () => {
    const d = {
      ...jingzhupu2023,
      inspections: { value: 12, qualifier: "" },
      cases: { ordinary: null, simple: 4 },
      caseReview: { reviews: 1, problemsFound: 3, problemsCorrected: 2 },
    };
    expect(blockText(blocks(d)[1]!)).toBe(
      "全年开展执法检查12次，办理简易程序行政处罚案件4件。开展行政执法案卷评查1次，发现问题3项，已整改2项。",
    );
    const clean = { ...jingzhupu2023, caseReview: { reviews: 2, problemsFound: 0, problemsCorrected: null } };
    expect(blockText(blocks(clean)[1]!)).toBe("开展行政执法案卷评查2次，未发现问题。");
  });

  it("reads 无 for 0/0 enforcement staff, never 0% or 100%", () => {
    const out = text({ ...jingzhupu2023, certification: { numerator: 0, denominator: 0 } });
    expect(out).toContain("全镇暂无专职行政执法人员。");
    expect(out).not.toMatch(/持证率|%/);
  });

  it("writes an item from its effect alone when the measure is not marked, and drops empty items", () => {
    const d = {
      ...jingzhupu2023,
      responsibility: { inPlace: false, effect: "" },
      discretion: { inPlace: false, effect: "细化执法裁量标准" },
      moreItems: [{ lead: "", text: "  " }],
    };
    expect(text(d)).toBe(
      "一是细化执法裁量标准。二是建立了行政执法公示制度、执法全过程留痕、执法决定合法有效审查制度、执证上岗制度、行政执法过错责任追究制度、执法监督制度。",
    );
  });

  it("renders nothing for an empty section", () => {
    expect(blocks(lawEnforcementDefaults)).toEqual([]);
  });
});

describe("law-enforcement metrics and checks", () => {
  it("computes the section's figures", () => {
    const m = computeMetrics(plugin, jingzhupu2023);
    expect(m.coreSystems).toEqual({ value: 100, numerator: 3, denominator: 3, lowerBound: false });
    expect(m.certificationRate).toEqual({
      value: null,
      numerator: null,
      denominator: null,
      lowerBound: false,
    });
    expect(m.inspections!.value).toBeNull();
    const n = computeMetrics(plugin, demo2024);
    expect(n.certificationRate).toEqual({ value: 100, numerator: 9, denominator: 9, lowerBound: false });
    expect([
      n.trainingSessions!.value,
      n.inspections!.value,
      n.ordinaryCases!.value,
      n.simpleCases!.value,
    ]).toEqual([2, 48, 3, 11]);
    expect([n.caseFileReviews!.value, n.problemsCorrected!.value]).toEqual([2, 5]);
    expect(computeMetrics(plugin, lawEnforcementDefaults).coreSystems!.numerator).toBe(0);
  });

  it("the reference content and the demo pass every check", () => {
    expect(runChecks(plugin, jingzhupu2023, {})).toEqual([]);
    expect(runChecks(plugin, demo2024, {})).toEqual([]);
  });

  it("refuses more problems corrected than found", () => {
    const d = { ...demo2024, caseReview: { reviews: 2, problemsFound: 5, problemsCorrected: 6 } };
    expect(runChecks(plugin, d, {})).toEqual([
      expect.objectContaining({
        id: "problems-corrected-within-found",
        level: "error",
        path: "caseReview.problemsCorrected",
      }),
    ]);
  });

  it("refuses more certified staff than staff through the rate field", () => {
    const r = plugin.schema.safeParse({ ...demo2024, certification: { numerator: 10, denominator: 9 } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(["certification", "numerator"]);
  });

  it("warns when a core system is missing, naming it, unless the year does not require them", () => {
    const d = {
      ...jingzhupu2023,
      systems: { ...jingzhupu2023.systems, fullRecord: false, legalReview: false },
    };
    const results = runChecks(plugin, d, {});
    expect(results.map((r) => r.id)).toEqual(["core-systems"]);
    expect(results[0]!.message).toBe(
      "行政执法三项制度尚未全部建立：缺少执法全过程记录（留痕）制度、重大执法决定法制审核制度（执法决定合法有效审查制度）",
    );
    expect(runChecks(plugin, d, {}, "en")[0]!.message).toBe(
      "Core enforcement systems missing: Recording the whole enforcement process, Legal review of major enforcement decisions",
    );
    expect(runChecks(plugin, d, { requireCoreSystems: false })).toEqual([]);
  });

  it("warns when the certification target is missed, and when 执证上岗 is claimed with uncertified staff", () => {
    const d = { ...demo2024, certification: { ...demo2024.certification, numerator: 8 } };
    expect(ids(d)).toEqual([
      "warning:certified-duty-matches-staff",
      "warning:certificationRate-below-target",
    ]);
    expect(ids(d, { targetCertificationRate: 85 })).toEqual(["warning:certified-duty-matches-staff"]);
    expect(
      ids({ ...d, systems: { ...d.systems, certifiedDuty: false } }, { targetCertificationRate: 85 }),
    ).toEqual([]);
  });

  it("warns when problems were found without any case-file review", () => {
    const d = { ...demo2024, caseReview: { reviews: 0, problemsFound: 2, problemsCorrected: 2 } };
    expect(ids(d)).toEqual(["warning:problems-need-reviews"]);
  });
});

describe("law-enforcement v2 (new staff, qualification exam, fines, lenient cases, 案审会)", () => {
  it("upgrades the v1 shape (the new fields empty) through migrations[2] and [3]", () => {
    expect(migrateData(plugin, jingzhupu2023v1, 1)).toEqual(jingzhupu2023);
  });

  it("sums fines in 元 whatever unit they were entered in, and counts the new figures", () => {
    const m = computeMetrics(plugin, demo2024);
    expect(m.fines).toEqual({ value: 32000, numerator: null, denominator: null, lowerBound: false });
    expect(
      computeMetrics(plugin, { ...demo2024, fines: { value: 3.2, qualifier: "余", unit: "万元" } }).fines,
    ).toEqual({
      value: 32000,
      numerator: null,
      denominator: null,
      lowerBound: true,
    });
    expect([
      m.newlyCertified!.value,
      m.noPenaltyCases!.value,
      m.lighterPenaltyCases!.value,
      m.caseReviewMeetings!.value,
    ]).toEqual([2, 3, 2, 4]);
    expect(m.qualificationPassRate).toEqual({ value: 100, numerator: 2, denominator: 2, lowerBound: false });
  });

  it("prints a stated pass rate and money in 万元 as entered, and leaves out what is empty", () => {
    const d = {
      ...jingzhupu2023,
      qualificationExam: {
        numerator: null,
        denominator: null,
        percent: 95,
        percentQualifier: "以上" as const,
      },
      fines: { value: 1.5, qualifier: "余" as const, unit: "万元" },
      lenient: { noPenalty: null, lighter: 4 },
    };
    expect(blockText(blocks(d)[1]!)).toBe(
      "行政执法资格考试通过率95%以上。全年罚款1.5余万元。落实包容审慎监管，从轻减轻处罚4件。",
    );
    const m = computeMetrics(plugin, d);
    expect(m.qualificationPassRate).toMatchObject({ value: 95, stated: true, lowerBound: true });
  });

  it("warns below the year's pass-rate target only when one is set, and about fines without any case", () => {
    const failing = {
      ...demo2024,
      qualificationExam: { numerator: 8, denominator: 10, percent: null, percentQualifier: "" as const },
    };
    expect(ids(failing)).not.toContain("warning:qualificationPassRate-below-target");
    expect(ids(failing, { targetQualificationPassRate: 90 })).toContain(
      "warning:qualificationPassRate-below-target",
    );
    expect(ids({ ...demo2024, cases: { ordinary: 0, simple: 0 } })).toContain("warning:fines-without-cases");
    expect(ids(demo2024)).not.toContain("warning:fines-without-cases");
  });
});

describe("law-enforcement v3 (stated 持证率, qualified inspections)", () => {
  it("upgrades v2 data to exactly the current fixtures, which render byte-identically for 镇, 乡 and 街道", () => {
    expect(plugin.version).toBe(3);
    expect(migrateData(plugin, demo2024v2, 2)).toEqual(demo2024);
    expect(Object.keys(V2_RENDERED)).toEqual(["jingzhupu2023", "demo2024"]);
    expectUpgradeKeepsRendering(plugin, {
      fromVersion: 2,
      fixtures: fixtures.valid,
      rendered: V2_RENDERED,
      toPrevious: asV2,
    });
  });

  it("prints a stated 持证率 and a qualified count of inspections as reports write them", () => {
    expect(blockText(blocks(statedFigures)[1]!)).toBe(
      "全镇行政执法人员持证率达100%。全年开展执法检查30余次。",
    );
    const near = {
      ...statedFigures,
      certification: { numerator: null, denominator: null, percent: 90, percentQualifier: "近" as const },
      inspections: { value: 50, qualifier: "超" as const },
    };
    expect(blockText(blocks(near)[1]!)).toBe("全镇行政执法人员持证率近90%。全年开展执法检查超50次。");
    const street = renderSection(plugin, statedFigures, levelContext("街道")).map(blockText).join("");
    expect(street).toContain("全街道行政执法人员持证率达100%");
  });

  it("flags a stated 持证率's metric as stated and 30余次 as a lower bound", () => {
    const m = computeMetrics(plugin, statedFigures);
    expect(m.certificationRate).toEqual({
      value: 100,
      numerator: null,
      denominator: null,
      lowerBound: false,
      stated: true,
    });
    expect(m.inspections).toEqual({ value: 30, numerator: null, denominator: null, lowerBound: true });
    expect(computeMetrics(plugin, demo2024).inspections).toMatchObject({ value: 48, lowerBound: false });
  });

  it("checks a stated 持证率 against 执证上岗 and the target", () => {
    expect(ids(statedFigures)).toEqual([]);
    const below = {
      ...statedFigures,
      certification: { numerator: null, denominator: null, percent: 95, percentQualifier: "" as const },
    };
    expect(ids(below)).toEqual([
      "warning:certified-duty-matches-staff",
      "warning:certificationRate-below-target",
    ]);
  });
});
