import { computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { demo2024, jingzhupu2023, partialYear } from "./fixtures.ts";
import plugin, { type Disclosure } from "./index.ts";
import { disclosureDefaults } from "./schema.ts";

const text = (data: unknown, ctx = TEST_RENDER_CONTEXT) =>
  renderSection(plugin, data, ctx)
    .map((b) => ("text" in b ? b.text : ""))
    .join("\n");

const ids = (data: Disclosure, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);

describe("disclosure renderer", () => {
  it("reads like the reference report for 荆竹铺镇 2023", () => {
    expect(text(jingzhupu2023)).toBe(
      "大力推行政府信息公开。进一步建立健全主动公开、信息发布协调、信息公开考核评价和责任追究等工作制度，" +
        "保证及时、准确地公开信息，群众获知公开的政务事项和信息途径方便、快捷，促进了行政权力运行公开化、透明化。" +
        "针对我镇村务财务公开、土地流转、环保问题整治、市场管理矛盾纠纷突出的问题，全镇各村、各单位从实际出发，" +
        "在村务财务管理、环保问题整治、土地管理、民事纠纷调处等诸多方面制订了各项规章制度，在全镇17个村全部推行了村务公开，" +
        "按照村务公开条例的要求，实行民主管理，接受群众监督，将各村、各单位的工作逐步纳入了法治化和规范化管理轨道。",
    );
  });

  it("prints the disclosure figures of the 2024 demo year and its further paragraphs", () => {
    expect(text(demo2024)).toBe(
      "持续深化政务公开。进一步建立健全主动公开、信息发布协调、信息公开考核评价和政府信息公开保密审查等工作制度，" +
        "做到应公开尽公开，推动政务公开标准化规范化。全年主动公开政府信息260余条，受理政府信息公开申请3件，均已依法按时答复。" +
        "在全镇17个村全部推行了村务公开，每季度公开村级财务收支情况，接受群众监督。\n" +
        "开展政务公开“进村入户”活动，在各村公开栏张贴政策解读材料。",
    );
  });

  it("says how many villages practise disclosure when not all do, and how many requests were answered", () => {
    const out = text(partialYear);
    expect(out).toContain("全镇18个村中15个村推行了村务公开");
    expect(out).toContain("受理政府信息公开申请4件，依法答复2件。");
  });

  it("says no requests were received when there were none", () => {
    expect(text({ ...demo2024, requests: { received: 0, answered: 0 } })).toContain(
      "未收到政府信息公开申请。",
    );
  });

  it("uses the township's level word (乡, 街道)", () => {
    const ctx = { ...TEST_RENDER_CONTEXT, org: { name: "双牌乡", fullName: "某县双牌乡人民政府" } };
    expect(text(jingzhupu2023, ctx)).toContain("针对我乡村务财务公开");
    expect(text(jingzhupu2023, ctx)).toContain("在全乡17个村全部推行了村务公开");
  });

  it("leaves out a 0/0 village rate rather than printing 0% or 100%", () => {
    const out = text({ ...jingzhupu2023, villageDisclosure: { numerator: 0, denominator: 0 } });
    expect(out).not.toMatch(/村务公开，|0%|100%|0个村/);
    expect(out).toContain("制订了各项规章制度，按照村务公开条例的要求");
  });

  it("never leaves the problem areas standing alone", () => {
    expect(text({ ...disclosureDefaults, problemAreas: "土地流转" })).toBe("");
    expect(
      text({
        ...disclosureDefaults,
        problemAreas: "土地流转",
        villageDisclosure: { numerator: 17, denominator: 17 },
      }),
    ).toBe("针对我镇土地流转矛盾纠纷突出的问题，在全镇17个村全部推行了村务公开。");
  });

  it("renders nothing for an empty section", () => {
    expect(renderSection(plugin, disclosureDefaults, TEST_RENDER_CONTEXT)).toEqual([]);
  });
});

describe("disclosure metrics and checks", () => {
  it("stores the village rate as numerator and denominator and the quantity as a lower bound", () => {
    const m = computeMetrics(plugin, jingzhupu2023);
    expect(m.villageDisclosure).toEqual({ value: 100, numerator: 17, denominator: 17, lowerBound: false });
    expect(m.proactiveItems!.value).toBeNull();
    const demo = computeMetrics(plugin, demo2024);
    expect(demo.proactiveItems).toEqual({ value: 260, numerator: null, denominator: null, lowerBound: true });
    expect(demo.requestsReceived!.value).toBe(3);
    expect(demo.requestAnswerRate).toEqual({ value: 100, numerator: 3, denominator: 3, lowerBound: false });
  });

  it("a 0/0 rate has no value (无), never 0% or 100%", () => {
    const m = computeMetrics(plugin, {
      ...demo2024,
      requests: { received: 0, answered: 0 },
      villageDisclosure: { numerator: 0, denominator: 0 },
    });
    expect(m.requestAnswerRate).toEqual({ value: null, numerator: 0, denominator: 0, lowerBound: false });
    expect(m.villageDisclosure!.value).toBeNull();
  });

  it("the reference content and the demo year pass every check", () => {
    expect(runChecks(plugin, jingzhupu2023, {})).toEqual([]);
    expect(runChecks(plugin, demo2024, {})).toEqual([]);
  });

  it("warns when village coverage misses the year's target, using the year's settings", () => {
    expect(ids(partialYear)).toEqual(["warning:villageDisclosure-below-target"]);
    expect(ids(partialYear, { targetVillageCoverage: 80 })).toEqual([]);
  });

  it("refuses more answers than requests", () => {
    const results = runChecks(plugin, { ...demo2024, requests: { received: 2, answered: 3 } }, {});
    expect(results).toEqual([
      expect.objectContaining({ id: "answered-within-received", level: "error", path: "requests.answered" }),
    ]);
  });

  it("refuses more villages practising disclosure than villages", () => {
    expect(ids({ ...jingzhupu2023, villageDisclosure: { numerator: 18, denominator: 17 } })).toContain(
      "error:villages-within-total",
    );
  });

  it("warns when answers are entered without the requests received", () => {
    expect(ids({ ...demo2024, requests: { received: null, answered: 2 } })).toEqual([
      "warning:answered-without-received",
    ]);
  });
});
