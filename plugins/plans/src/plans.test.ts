import { computeMetrics, itemsToParagraphs, renderSection, runChecks, type Block } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { demo2024, jingzhupu2023 } from "./fixtures.ts";
import plugin from "./index.ts";
import { plansDefaults } from "./schema.ts";

/** The paragraphs the section prints as, in order (what every output format writes). */
const paragraphs = (data: unknown): string[] =>
  renderSection(plugin, data, TEST_RENDER_CONTEXT).flatMap((b: Block) =>
    b.type === "items" ? itemsToParagraphs(b) : "text" in b ? [b.text] : [],
  );

const ids = (data: unknown, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);

describe("plans renderer", () => {
  it("reads exactly like part 三 of the reference report for 荆竹铺镇 2023", () => {
    expect(paragraphs(jingzhupu2023)).toEqual([
      "今后，我们将按照县政府的要求，切实履行推进法治政府建设，进一步加强组织领导、综合协调和监督指导，及时协调解决遇到的困难和问题，确保我镇法治政府建设工作再上新台阶。",
      "一是完善法治机构设置，加强法治队伍建设，把政治素质好、业务能力强、法律水平高作为法治队伍建设的要求，严格落实各站所谁执法谁普法责任制，为法治政府建设提供制度人才保障。",
      "二是建立健全学法制度，加强对依法行政知识的宣传，不断强化行政机关工作人员依法行政的意识和能力，提高对依法行政工作重要性的认识。",
      "三是完善政府行政决策机制，增强科学决策、民主决策、合法决策。建立健全公众参与和政府决定相结合的行政决策机制，推行重大行政决策听证和合法性审查制度，坚持重大行政决策集体决定制度，建立重大行政决策实施情况评议监督和责任追究制度，不断提高行政决策的能力和水平。",
      "四是严格规范性文件的制定权限和发布程序，完善规范性文件备案审查和定期清理制度，切实做到“有件必备、有备必审、有错必纠”。",
      "五是深化行政执法体制改革，加强行政执法队伍建设，坚持行政执法人员上岗培训、年度培训，规范行政执法行为，强化行政执法责任追究制度；继续规范行政处罚自由裁量权工作，加强行政执法案卷评查，查找并整改问题，不断提高行政执法水平。",
      "六是积极推进政府信息公开，加强对行政行为的监督管理，充分发挥社会监督作用；加大对依法行政工作的考核力度，细化考核措施，进一步健全考核奖惩机制，推进法治政府各项工作落到实处。",
    ]);
  });

  it("prints an items block (一是…, one paragraph each) that carries the lead-in as its intro", () => {
    const blocks = renderSection(plugin, jingzhupu2023, TEST_RENDER_CONTEXT);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({
      type: "items",
      style: "yishi",
      layout: "paragraphs",
      intro: expect.stringMatching(/^今后/),
    });
  });

  it("prints lead sentences when given, and further paragraphs after the measures", () => {
    const out = paragraphs({ ...demo2024, more: "我们将以更加务实的作风，推动法治政府建设不断取得新成效。" });
    expect(out[1]).toBe(
      "一是强化学法用法。落实党委理论学习中心组集体学法制度，全年组织镇村干部法治培训不少于4次，推动领导干部带头尊法学法守法用法。",
    );
    expect(out).toHaveLength(6);
    expect(out[5]).toBe("我们将以更加务实的作风，推动法治政府建设不断取得新成效。");
  });

  it("numbers only the items that print", () => {
    const d = {
      intro: "",
      more: "",
      items: [
        { lead: "", text: "" },
        { lead: "", text: "加强执法队伍建设" },
      ],
    };
    expect(paragraphs(d)).toEqual(["一是加强执法队伍建设。"]);
  });

  it("renders nothing for an empty section", () => {
    expect(renderSection(plugin, plansDefaults, TEST_RENDER_CONTEXT)).toEqual([]);
  });
});

describe("plans metrics and checks", () => {
  it("counts the measures that print", () => {
    expect(computeMetrics(plugin, jingzhupu2023).measures).toEqual({
      value: 6,
      numerator: null,
      denominator: null,
      lowerBound: false,
    });
    expect(computeMetrics(plugin, demo2024).measures!.value).toBe(4);
    expect(computeMetrics(plugin, plansDefaults).measures!.value).toBe(0);
  });

  it("the reference content passes every check", () => {
    expect(ids(jingzhupu2023)).toEqual([]);
    expect(ids(demo2024)).toEqual([]);
  });

  it("warns when no measure is listed, and when fewer than the year's minimum", () => {
    expect(ids(plansDefaults)).toEqual(["warning:no-measures"]);
    expect(ids(demo2024, { minMeasures: 5 })).toEqual(["warning:min-measures"]);
    expect(ids(jingzhupu2023, { minMeasures: 5 })).toEqual([]);
  });

  it("warns when a measure has a lead but no details, naming it", () => {
    const d = { ...demo2024, items: [...demo2024.items, { lead: "加强监督", text: "" }] };
    expect(runChecks(plugin, d, {})).toEqual([
      { id: "lead-without-text", level: "warning", path: "items", message: "五是只有要点，缺少具体措施" },
    ]);
  });

  it("requires leads only when the year says so; otherwise warns on a mixture", () => {
    expect(ids(jingzhupu2023, { requireLeads: true })).toEqual(["warning:text-without-lead"]);
    expect(runChecks(plugin, jingzhupu2023, { requireLeads: true })[0]!.message).toBe(
      "一是、二是、三是、四是、五是、六是缺少概括措施的要点",
    );
    const mixed = { ...demo2024, items: [...demo2024.items, { lead: "", text: "加强行政执法监督。" }] };
    expect(ids(mixed)).toEqual(["warning:mixed-leads"]);
    expect(ids(mixed, { requireLeads: true })).toEqual(["warning:text-without-lead"]);
  });

  it("warns on blank and duplicate items", () => {
    expect(ids({ ...jingzhupu2023, items: [...jingzhupu2023.items, { lead: "", text: "" }] })).toEqual([
      "warning:blank-item",
    ]);
    expect(ids({ ...jingzhupu2023, items: [...jingzhupu2023.items, jingzhupu2023.items[5]!] })).toEqual([
      "warning:duplicate-items",
    ]);
  });
});
