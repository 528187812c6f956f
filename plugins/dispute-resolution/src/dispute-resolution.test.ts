import { computeMetrics, migrateData, renderSection, runChecks, type TownshipLevel } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT, levelContext, expectUpgradeKeepsRendering } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import {
  asV2,
  demo2024,
  demo2024v2,
  jingzhupu2023,
  jingzhupu2023v1,
  jingzhupu2023v2,
  partialYear,
  fixtures,
  statedFigures,
} from "./fixtures.ts";
import plugin, { type DisputeResolution } from "./index.ts";
import { disputeResolutionDefaults } from "./schema.ts";
import { V2_RENDERED } from "./v2-rendered.ts";

const text = (data: unknown, ctx = TEST_RENDER_CONTEXT) =>
  renderSection(plugin, data, ctx)
    .map((b) => ("text" in b ? b.text : ""))
    .join("\n");

const ids = (data: DisputeResolution, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);

describe("dispute-resolution renderer", () => {
  it("reads like the reference report for 荆竹铺镇 2023", () => {
    expect(text(jingzhupu2023)).toBe(
      "全镇把矛盾纠纷化解和法治宣传相结合，着力构建人民调解、司法调解、行政调解“三调联动”机制，" +
        "真正做到处理矛盾纠纷“小事不出村、大事不出镇”，2023年全镇共调处各类矛盾纠纷37起，有力地维护了全镇社会和谐稳定；" +
        "镇司法所积极与律师事务所加强协作，为各村聘请法律顾问，对全镇农村特困户和弱势群体的法律需求，确保应援尽援、应救尽救。",
    );
  });

  it("takes the year from the report and prints every figure of the 2024 demo year", () => {
    expect(text(demo2024, { ...TEST_RENDER_CONTEXT, year: 2024 })).toBe(
      "全镇坚持和发展新时代“枫桥经验”，着力构建人民调解、司法调解、行政调解“三调联动”机制，" +
        "真正做到处理矛盾纠纷“小事不出村、大事不出镇”，全镇建有人民调解委员会18个，" +
        "2024年全镇共排查各类矛盾纠纷52起，调处48起，成功化解47起，化解率97.9%；" +
        "镇司法所积极与律师事务所加强协作，为各村聘请法律顾问3名，解答群众法律咨询300余人次，全年办理法律援助案件6件，确保应援尽援、应救尽救。",
    );
  });

  it("prints the accepted count when it differs from the disputes mediated, a partial mechanism and partial coverage", () => {
    expect(text(partialYear)).toBe(
      "着力构建人民调解、行政调解联动机制，2023年全镇共受理各类矛盾纠纷42件，调处40余件，成功化解36件，化解率85.7%；" +
        "为12个村聘请法律顾问2名，村法律顾问覆盖率70.6%，解答群众法律咨询300余人次，积极回应困难群众的法律需求。",
    );
  });

  it("uses the township's level word (乡, 街道)", () => {
    const ctx = { ...TEST_RENDER_CONTEXT, org: { name: "双牌乡", fullName: "某县双牌乡人民政府" } };
    const out = text(jingzhupu2023, ctx);
    expect(out).toContain("“小事不出村、大事不出乡”，2023年全乡共调处各类矛盾纠纷37起");
    expect(out).toContain("；乡司法所积极与律师事务所加强协作");
  });

  it("says 社区 below a 街道, read from the org unit's kind even when the name does not say 街道", () => {
    const ctx = {
      ...TEST_RENDER_CONTEXT,
      org: { name: "城东", fullName: "某县城东街道办事处", kind: "street" as const },
    };
    const out = text(
      {
        ...jingzhupu2023,
        opening: "",
        outcome: "",
        legalAid: { ...jingzhupu2023.legalAid, groups: "困难群众" },
      },
      ctx,
    );
    expect(out).toContain("“小事不出社区、大事不出街道”，2023年全街道共调处各类矛盾纠纷37起");
    expect(out).toContain("街道司法所积极与律师事务所加强协作，为各社区聘请法律顾问");
    expect(out).not.toMatch(/镇|村/);
  });

  it("leaves out a 0/0 resolution rate rather than printing 0% or 100%", () => {
    const out = text({ ...jingzhupu2023, resolution: { numerator: 0, denominator: 0 } });
    expect(out).not.toMatch(/化解率|受理|0%/);
    expect(out).toContain("2023年全镇共调处各类矛盾纠纷37起，有力地维护了全镇社会和谐稳定；");
  });

  it("ends with a full stop when only one half is entered", () => {
    expect(text({ ...disputeResolutionDefaults, mediated: { value: 12, qualifier: "", unit: "件" } })).toBe(
      "2023年全镇共调处各类矛盾纠纷12件。",
    );
    expect(text({ ...disputeResolutionDefaults, legalAid: { groups: "", cases: null, pledge: true } })).toBe(
      "法律援助做到应援尽援、应救尽救。",
    );
  });

  it("renders nothing for an empty section", () => {
    expect(renderSection(plugin, disputeResolutionDefaults, TEST_RENDER_CONTEXT)).toEqual([]);
  });
});

describe("dispute-resolution metrics and checks", () => {
  it("computes the reference figures", () => {
    const m = computeMetrics(plugin, jingzhupu2023);
    expect(m.disputesMediated).toEqual({ value: 37, numerator: null, denominator: null, lowerBound: false });
    expect(m.adviserCoverage).toEqual({ value: 100, numerator: 17, denominator: 17, lowerBound: false });
    expect(m.resolutionRate!.value).toBeNull();
    expect(m.legalAidCases!.value).toBeNull();
  });

  it("stores rates as numerator and denominator, qualified quantities as lower bounds", () => {
    const m = computeMetrics(plugin, partialYear);
    expect(m.resolutionRate).toEqual({
      value: (36 / 42) * 100,
      numerator: 36,
      denominator: 42,
      lowerBound: false,
    });
    expect(m.disputesMediated).toEqual({ value: 40, numerator: null, denominator: null, lowerBound: true });
    const demo = computeMetrics(plugin, demo2024);
    expect([
      demo.disputesScreened!.value,
      demo.mediationCommittees!.value,
      demo.legalAdvisers!.value,
      demo.legalAidCases!.value,
    ]).toEqual([52, 18, 3, 6]);
  });

  it("a 0/0 rate has no value (无), never 0% or 100%", () => {
    const m = computeMetrics(plugin, { ...jingzhupu2023, resolution: { numerator: 0, denominator: 0 } });
    expect(m.resolutionRate).toEqual({ value: null, numerator: 0, denominator: 0, lowerBound: false });
  });

  it("the reference content and the demo year pass every check", () => {
    expect(runChecks(plugin, jingzhupu2023, {})).toEqual([]);
    expect(runChecks(plugin, demo2024, {})).toEqual([]);
  });

  it("warns when the year's targets are missed, using the year's settings", () => {
    expect(ids(partialYear)).toEqual([
      "warning:resolutionRate-below-target",
      "warning:adviserCoverage-below-target",
    ]);
    expect(ids(partialYear, { targetResolutionRate: 85, targetAdviserCoverage: 70 })).toEqual([]);
    expect(ids(demo2024, { targetResolutionRate: 98 })).toEqual(["warning:resolutionRate-below-target"]);
  });

  it("refuses more disputes resolved than accepted", () => {
    const results = runChecks(
      plugin,
      {
        ...demo2024,
        mediated: { value: 50, qualifier: "", unit: "起" },
        resolution: { numerator: 50, denominator: 48 },
      },
      {},
    );
    expect(results.find((r) => r.id === "resolved-within-accepted")).toMatchObject({
      level: "error",
      path: "resolution.numerator",
    });
  });

  it("refuses more villages with an adviser than villages", () => {
    expect(
      ids({
        ...jingzhupu2023,
        advisers: { ...jingzhupu2023.advisers, villages: { numerator: 18, denominator: 17 } },
      }),
    ).toEqual(["error:adviser-villages-within-total"]);
  });

  it("warns when more disputes are mediated than accepted", () => {
    expect(ids({ ...demo2024, mediated: { value: 50, qualifier: "余", unit: "起" } })).toEqual([
      "warning:mediated-exceeds-accepted",
    ]);
  });
});

describe("dispute-resolution v2 (legal consultations)", () => {
  it("upgrades the v1 shape (consultations and ledger empty) through migrations[2] and [3]", () => {
    expect(migrateData(plugin, jingzhupu2023v1, 1)).toEqual(jingzhupu2023);
  });

  it("sums consultations as a lower bound and prints them only when entered", () => {
    expect(computeMetrics(plugin, demo2024).legalConsultations).toEqual({
      value: 300,
      numerator: null,
      denominator: null,
      lowerBound: true,
    });
    expect(computeMetrics(plugin, jingzhupu2023).legalConsultations!.value).toBeNull();
    expect(text(jingzhupu2023)).not.toContain("法律咨询");
  });
});

describe("dispute-resolution v3 (qualified screened count, stated resolution rate)", () => {
  const at = (data: unknown, level: TownshipLevel) => text(data, levelContext(level));

  it("upgrades v2 data to exactly the current fixtures, which render byte-identically for 镇, 乡 and 街道", () => {
    expect(plugin.version).toBe(3);
    expect(Object.keys(V2_RENDERED).length).toBeGreaterThan(3);
    expectUpgradeKeepsRendering(plugin, {
      fromVersion: 2,
      fixtures: fixtures.valid,
      rendered: V2_RENDERED,
      toPrevious: asV2,
    });
    expect(migrateData(plugin, demo2024v2, 2)).toEqual(demo2024);
    expect(migrateData(plugin, jingzhupu2023v2, 2)).toEqual(jingzhupu2023);
    expect(at(demo2024, "街道")).toContain(
      "2023年全街道共排查各类矛盾纠纷52起，调处48起，成功化解47起，化解率97.9%",
    );
  });

  it("prints a qualified count and a stated rate as reports write them", () => {
    expect(text(statedFigures)).toContain("2023年全镇共排查各类矛盾纠纷近200起，化解率96.2%");
    const over = { ...statedFigures, screened: { value: 30, qualifier: "余" } };
    expect(text(over)).toContain("排查各类矛盾纠纷30余起");
    const above = {
      ...statedFigures,
      resolution: { numerator: null, denominator: null, percent: 95, percentQualifier: "以上" },
    };
    expect(text(above)).toContain("化解率95%以上");
  });

  it("flags a stated-only rate's metric as stated and a qualified count as a lower bound for 余/超", () => {
    const m = computeMetrics(plugin, statedFigures);
    expect(m.resolutionRate).toEqual({
      value: 96.2,
      numerator: null,
      denominator: null,
      lowerBound: false,
      stated: true,
    });
    expect(m.disputesScreened).toEqual({ value: 200, numerator: null, denominator: null, lowerBound: false });
    const over = computeMetrics(plugin, { ...statedFigures, screened: { value: 30, qualifier: "余" } });
    expect(over.disputesScreened).toMatchObject({ value: 30, lowerBound: true });
    expect(computeMetrics(plugin, demo2024).resolutionRate).not.toHaveProperty("stated");
  });

  it("checks a stated rate against the target and refuses a percentage beside counts", () => {
    expect(ids(statedFigures)).toEqual([]);
    expect(ids(statedFigures, { targetResolutionRate: 98 })).toEqual(["warning:resolutionRate-below-target"]);
    const both = { ...demo2024, resolution: { ...demo2024.resolution, percent: 97.9 } };
    expect(plugin.schema.safeParse(both).success).toBe(false);
  });
});
