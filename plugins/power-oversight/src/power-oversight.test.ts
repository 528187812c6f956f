import { computeMetrics, renderSection, runChecks, type Block } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { demo2024, jingzhupu2023 } from "./fixtures.ts";
import plugin, { type PowerOversight } from "./index.ts";
import { powerOversightDefaults } from "./schema.ts";

const text = (data: unknown) =>
  renderSection(plugin, data, TEST_RENDER_CONTEXT)
    .map((b: Block) => ("text" in b ? b.text : ""))
    .join("\n");
const ids = (data: PowerOversight, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);
const litigation = (l: Partial<PowerOversight["litigation"]>): PowerOversight => ({
  ...jingzhupu2023,
  litigation: { ...jingzhupu2023.litigation, ...l },
});

describe("power-oversight renderer", () => {
  it("reads exactly like the reference report for 荆竹铺镇 2023", () => {
    expect(text(jingzhupu2023)).toBe(
      "镇政府严格落实法治政府建设年度报告制度。健全完善了政府内部层级监督，健全完善监督检查记录、监督案件办理程序、责任追究和结果通报制度。" +
        "在有关镇政府债券债务的行政诉讼案件中，行政机关负责人行政诉讼出庭应诉率达到100%。",
    );
  });

  it("prints the 2024 demo's cases, rate and suggestions", () => {
    expect(text(demo2024)).toBe(
      "镇政府严格落实法治政府建设年度报告制度。健全完善了政府内部层级监督，健全完善监督检查记录、责任追究和结果通报制度。" +
        "全年未发生行政复议案件。全年发生行政诉讼案件2件，无败诉案件。行政机关负责人行政诉讼出庭应诉率达到100%。全年办理人大代表建议8件。",
    );
  });

  it("prints reconsideration and litigation figures, and a rate below 100% with 为", () => {
    const d: PowerOversight = {
      ...demo2024,
      internal: { hierarchy: false, inspectionRecords: true, caseProcedure: false, accountability: false },
      reconsideration: { cases: 3, changed: 1 },
      litigation: { cases: 4, lost: 1, subject: "征地补偿的", appearance: { numerator: 3, denominator: 4 } },
      suggestions: { npc: 5, cppcc: 2 },
      more: "主动接受人大监督、民主监督和社会舆论监督。",
    };
    expect(text(d)).toBe(
      "镇政府严格落实法治政府建设年度报告制度。健全完善了监督检查记录。全年发生行政复议案件3件，其中被依法变更、撤销1件。" +
        "全年发生行政诉讼案件4件，败诉1件。在征地补偿的行政诉讼案件中，行政机关负责人行政诉讼出庭应诉率为75%。" +
        "全年办理人大代表建议5件、政协委员提案2件。\n主动接受人大监督、民主监督和社会舆论监督。",
    );
  });

  it("says 全年未发生行政复议、行政诉讼案件 when both are 0, with no rate", () => {
    const d: PowerOversight = {
      ...demo2024,
      reconsideration: { cases: 0, changed: 0 },
      litigation: { cases: 0, lost: 0, subject: "", appearance: { numerator: 0, denominator: 0 } },
    };
    const out = text(d);
    expect(out).toContain("全年未发生行政复议、行政诉讼案件。");
    expect(out).not.toMatch(/%|出庭应诉率/);
  });

  it("reads 无 for a 0/0 appearance rate, never 0% or 100%", () => {
    const none = text(litigation({ subject: "", appearance: { numerator: 0, denominator: 0 } }));
    expect(none).toContain("全年无开庭审理的行政诉讼案件，不涉及行政机关负责人出庭应诉。");
    expect(none).not.toMatch(/%/);
    const pending = text(litigation({ appearance: { numerator: 0, denominator: 0 } }));
    expect(pending).toContain("有关镇政府债券债务的行政诉讼案件均未开庭审理，不涉及行政机关负责人出庭应诉。");
    expect(pending).not.toMatch(/%/);
    const counted = text(
      litigation({ cases: 1, lost: null, subject: "", appearance: { numerator: 0, denominator: 0 } }),
    );
    expect(counted).toContain(
      "全年发生行政诉讼案件1件。上述案件均未开庭审理，不涉及行政机关负责人出庭应诉。",
    );
  });

  it("writes 了 on the second clause when 层级监督 is not marked", () => {
    const d = { ...jingzhupu2023, internal: { ...jingzhupu2023.internal, hierarchy: false } };
    expect(text(d)).toContain("健全完善了监督检查记录、监督案件办理程序、责任追究和结果通报制度。");
  });

  it("renders nothing for an empty section", () => {
    expect(renderSection(plugin, powerOversightDefaults, TEST_RENDER_CONTEXT)).toEqual([]);
  });
});

describe("power-oversight metrics and checks", () => {
  it("computes the section's figures, rates as numerator and denominator", () => {
    const m = computeMetrics(plugin, jingzhupu2023);
    expect(m.appearanceRate).toEqual({ value: 100, numerator: 1, denominator: 1, lowerBound: false });
    expect(m.litigationCases!.value).toBeNull();
    const n = computeMetrics(plugin, demo2024);
    expect([
      n.reconsiderationCases!.value,
      n.litigationCases!.value,
      n.litigationLost!.value,
      n.npcSuggestions!.value,
    ]).toEqual([0, 2, 0, 8]);
    expect(n.cppccProposals!.value).toBeNull();
    const zero = computeMetrics(plugin, litigation({ appearance: { numerator: 0, denominator: 0 } }));
    expect(zero.appearanceRate).toEqual({ value: null, numerator: 0, denominator: 0, lowerBound: false });
  });

  it("the reference content and the demo pass every check", () => {
    expect(runChecks(plugin, jingzhupu2023, {})).toEqual([]);
    expect(runChecks(plugin, demo2024, {})).toEqual([]);
  });

  it("refuses more lost cases than cases, and more changed decisions than reconsideration cases", () => {
    const d: PowerOversight = {
      ...demo2024,
      reconsideration: { cases: 1, changed: 2 },
      litigation: { ...demo2024.litigation, cases: 2, lost: 3 },
    };
    expect(runChecks(plugin, d, {})).toEqual([
      expect.objectContaining({
        id: "changed-within-reconsideration",
        level: "error",
        path: "reconsideration.changed",
      }),
      expect.objectContaining({ id: "lost-within-litigation", level: "error", path: "litigation.lost" }),
    ]);
  });

  it("warns when the appearance rate misses the year's target", () => {
    const d = {
      ...demo2024,
      litigation: { ...demo2024.litigation, appearance: { numerator: 1, denominator: 2 } },
    };
    expect(ids(d)).toEqual(["warning:appearanceRate-below-target"]);
    expect(runChecks(plugin, d, {})[0]!.message).toContain("（100%）");
    expect(ids(d, { targetAppearanceRate: 50 })).toEqual([]);
    expect(
      ids({ ...d, litigation: { ...d.litigation, appearance: { numerator: 0, denominator: 0 } } }),
    ).toEqual([]);
  });

  it("warns when more cases were heard than brought", () => {
    const d = {
      ...demo2024,
      litigation: { ...demo2024.litigation, appearance: { numerator: 3, denominator: 3 } },
    };
    expect(ids(d)).toEqual(["warning:heard-within-litigation"]);
  });
});
