import { computeMetrics, itemsToParagraphs, renderSection, runChecks, type Block } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { demo2024, jingzhupu2023 } from "./fixtures.ts";
import plugin from "./index.ts";
import { problemsDefaults } from "./schema.ts";

/** The paragraphs the section prints as, in order (what every output format writes). */
const paragraphs = (data: unknown): string[] =>
  renderSection(plugin, data, TEST_RENDER_CONTEXT).flatMap((b: Block) =>
    b.type === "items" ? itemsToParagraphs(b) : "text" in b ? [b.text] : [],
  );

const ids = (data: unknown, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);

describe("problems renderer", () => {
  it("reads exactly like part 二 of the reference report for 荆竹铺镇 2023", () => {
    expect(paragraphs(jingzhupu2023)).toEqual([
      "总结回顾我镇一年来的法治政府建设工作，虽然取得了一定成绩，但与市委、市政府及社会各界对我们的要求、期望相比，还有一定的差距，主要表现在：",
      "一是职权有限。基层工作有繁杂性的特点，工作要求包罗万象，头绪繁多，涉足甚广，但是由于处事职权不配套，缺乏管理指挥、处理具体事务的职权，影响了统筹协调和管理职能的发挥。在诸如拆违、消防、交通执法等方面，基层政府因职权所困所陷入了“欲为无职，不为失职”的尴尬境地。",
      "二是行政执法整体水平不高。行政执法是法治政府建设的一项重要内容，由于行政执法专业性强，执法人员的服装、执法装备、执法车辆都需要上级统一配备，执法人员的专业培训不够，有待进一步加强，加之基层中心工作多，人员流动性强，基数少，在一定程度上影响了执法的整体水平。",
      "三是谁执法谁普法责任制有待加强。主要还是镇属各机关站所对谁执法谁普法责任制重视度不够，日常普法宣传工作不及时，在以案释法警示教育方面做得不够，执法人员法治学习教育有待进一步加强。",
    ]);
  });

  it("prints an items block (一是…, one paragraph each) that carries the lead-in as its intro", () => {
    const blocks = renderSection(plugin, jingzhupu2023, TEST_RENDER_CONTEXT);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({
      type: "items",
      style: "yishi",
      layout: "paragraphs",
      intro: expect.stringMatching(/主要表现在：$/),
    });
  });

  it("prints causes after the shortcomings and earlier lead-in lines before them", () => {
    const d = { ...demo2024, intro: `一年来，我镇法治政府建设取得了一定成效。\n${demo2024.intro}` };
    const out = paragraphs(d);
    expect(out[0]).toBe("一年来，我镇法治政府建设取得了一定成效。");
    expect(out[1]).toMatch(/主要表现在：$/);
    expect(out[2]).toMatch(/^一是法治队伍力量薄弱。镇司法所/);
    expect(out[4]).toMatch(/^究其原因/);
  });

  it("numbers the items that print, skipping blank ones, and prints a lead-only or text-only item cleanly", () => {
    const d = {
      intro: "",
      more: "",
      items: [
        { lead: "职权有限", text: "" },
        { lead: "", text: "" },
        { lead: "", text: "执法力量不足" },
      ],
    };
    expect(paragraphs(d)).toEqual(["一是职权有限。", "二是执法力量不足。"]);
  });

  it("renders nothing for an empty section", () => {
    expect(renderSection(plugin, problemsDefaults, TEST_RENDER_CONTEXT)).toEqual([]);
    expect(
      renderSection(plugin, { ...problemsDefaults, items: [{ lead: " ", text: "" }] }, TEST_RENDER_CONTEXT),
    ).toEqual([]);
  });
});

describe("problems metrics and checks", () => {
  it("counts the shortcomings that print", () => {
    expect(computeMetrics(plugin, jingzhupu2023).problems).toEqual({
      value: 3,
      numerator: null,
      denominator: null,
      lowerBound: false,
    });
    expect(
      computeMetrics(plugin, { ...jingzhupu2023, items: [...jingzhupu2023.items, { lead: "", text: "" }] })
        .problems!.value,
    ).toBe(3);
    expect(computeMetrics(plugin, problemsDefaults).problems!.value).toBe(0);
  });

  it("the reference content passes every check", () => {
    expect(ids(jingzhupu2023)).toEqual([]);
    expect(ids(demo2024)).toEqual([]);
  });

  it("warns when no shortcoming is named, and when fewer than the year's minimum", () => {
    expect(ids(problemsDefaults)).toEqual(["warning:no-problems"]);
    expect(ids(problemsDefaults, { minProblems: 0 })).toEqual(["warning:no-problems"]);
    expect(ids(demo2024, { minProblems: 3 })).toEqual(["warning:min-problems"]);
    expect(runChecks(plugin, demo2024, { minProblems: 3 })[0]!.message).toBe(
      "列出的问题少于本年度要求（不少于3项）",
    );
    expect(ids(jingzhupu2023, { minProblems: 3 })).toEqual([]);
  });

  it("warns when an item has a lead but no explanation, naming it", () => {
    const d = { ...jingzhupu2023, items: [jingzhupu2023.items[0]!, { lead: "执法水平不高", text: "" }] };
    const results = runChecks(plugin, d, {});
    expect(results).toEqual([
      { id: "lead-without-text", level: "warning", path: "items", message: "二是只有要点，缺少具体说明" },
    ]);
  });

  it("warns when an item has an explanation but no lead, unless the year does not require leads", () => {
    const d = {
      ...jingzhupu2023,
      items: [jingzhupu2023.items[0]!, { lead: "", text: "执法人员专业培训不够。" }],
    };
    expect(runChecks(plugin, d, {}).map((r) => r.message)).toEqual([
      "二是缺少概括问题的要点（如“职权有限”）",
    ]);
    expect(ids(d, { requireLeads: false })).toEqual(["warning:mixed-leads"]);
    const noLeads = {
      ...d,
      items: [
        { lead: "", text: "职权有限。" },
        { lead: "", text: "执法人员专业培训不够。" },
      ],
    };
    expect(ids(noLeads, { requireLeads: false })).toEqual([]);
  });

  it("warns on blank and duplicate items", () => {
    expect(ids({ ...jingzhupu2023, items: [...jingzhupu2023.items, { lead: "", text: " " }] })).toEqual([
      "warning:blank-item",
    ]);
    expect(ids({ ...jingzhupu2023, items: [...jingzhupu2023.items, jingzhupu2023.items[0]!] })).toEqual([
      "warning:duplicate-items",
    ]);
  });
});
