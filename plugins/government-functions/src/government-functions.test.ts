import { computeMetrics, migrateData, renderSection, runChecks } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT, expectUpgradeKeepsRendering } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import {
  asV2,
  counted,
  demo2024,
  demo2024v2,
  exactShares,
  fixtures,
  jingzhupu2023,
  jingzhupu2023v1,
  statedShares,
} from "./fixtures.ts";
import plugin from "./index.ts";
import { governmentFunctionsDefaults } from "./schema.ts";
import type { GovernmentFunctions } from "./schema.ts";
import { V2_RENDERED } from "./v2-rendered.ts";

const paragraphs = (data: unknown, ctx = TEST_RENDER_CONTEXT) =>
  renderSection(plugin, data, ctx).map((b) => ("text" in b ? b.text : ""));
const text = (data: unknown) => paragraphs(data).join("\n");

describe("government-functions renderer", () => {
  it("reads exactly like the reference report for 荆竹铺镇 2023", () => {
    expect(paragraphs(jingzhupu2023)).toEqual([
      "镇政府统合镇综治、司法、社会事务、财政等服务单位，设立统一的便民服务大厅，所有政务事项全部进驻镇便民服务大厅，" +
        "80%以上政务事项全部实行“一窗式”分类办理，方便群众办事，切实实现了群众办事“最多跑一次”的目标。",
    ]);
  });

  it("prints the optional figures only when filled in, and the further paragraphs", () => {
    expect(paragraphs(demo2024)).toEqual([
      "镇政府统合镇综治、司法、社会事务、财政、民政、社保等服务单位，设立统一的便民服务大厅，所有政务事项全部进驻镇便民服务大厅，" +
        "88%以上政务事项全部实行“一窗式”分类办理，方便群众办事，切实实现了群众办事“最多跑一次”的目标。" +
        "全年共办理各类便民服务事项1800余件，推行“马上办”，即时办结事项300余件，80%的政务事项实现网上可办，办理时限压缩52%以上。" +
        "梳理公布权责清单事项136项，本年度新增8项、取消3项，对12项证明事项实行告知承诺制，办理告知承诺件86件，核查发现虚假承诺1件并依法处理。",
      "推行“帮办代办”服务，为行动不便群众上门办理事项。",
    ]);
    expect(text(jingzhupu2023)).not.toMatch(/办理各类便民服务事项|网上可办|时限|权责清单|告知承诺|马上办/);
  });

  it("prints an exact share without 以上 and a lower bound rounded down", () => {
    expect(text(exactShares)).toBe("80.8%的政务事项实行“一窗式”分类办理，方便群众办事。");
    expect(text({ ...exactShares, oneWindow: counted(97, 120, true) })).toBe(
      "80%以上政务事项全部实行“一窗式”分类办理，方便群众办事。",
    );
    expect(text({ ...exactShares, oneWindow: counted(120, 120, true) })).toBe(
      "政务事项全部实行“一窗式”分类办理，方便群众办事。",
    );
  });

  it("leaves out a 0/0 share (no matters) rather than printing 0% or 100%", () => {
    const d: GovernmentFunctions = {
      ...jingzhupu2023,
      oneWindow: counted(0, 0, true),
    };
    const out = text(d);
    expect(out).not.toMatch(/%|一窗式/);
    expect(out).toContain("切实实现了群众办事“最多跑一次”的目标。");
    expect(computeMetrics(plugin, d).oneWindowRate).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      lowerBound: false,
    });
  });

  it("names the hall without units and follows the township's kind (乡 / 街道)", () => {
    const d: GovernmentFunctions = {
      ...governmentFunctionsDefaults,
      hallEstablished: true,
      hallName: "政务服务中心",
      allMattersInHall: true,
    };
    expect(text(d)).toBe("镇政府设立统一的政务服务中心，所有政务事项全部进驻镇政务服务中心。");
    const street = { ...TEST_RENDER_CONTEXT, org: { name: "城西街道", fullName: "某市城西街道办事处" } };
    expect(paragraphs(jingzhupu2023, street)[0]).toMatch(
      /^街道办事处统合街道综治、司法、社会事务、财政等服务单位，.*进驻街道便民服务大厅/,
    );
  });

  it("renders nothing for an empty section", () => {
    expect(renderSection(plugin, governmentFunctionsDefaults, TEST_RENDER_CONTEXT)).toEqual([]);
  });
});

describe("government-functions metrics and checks", () => {
  it("computes the metrics of the reference content", () => {
    const m = computeMetrics(plugin, jingzhupu2023);
    expect(m.unitsIntegrated).toEqual({ value: 4, numerator: null, denominator: null, lowerBound: false });
    expect(m.oneWindowRate).toEqual({ value: 80, numerator: 96, denominator: 120, lowerBound: false });
    expect(m.mattersHandled!.value).toBeNull();
    expect(m.onlineRate!.value).toBeNull();
  });

  it("keeps the qualifier of a quantity as a lower bound", () => {
    const m = computeMetrics(plugin, demo2024);
    expect(m.mattersHandled).toEqual({ value: 1800, numerator: null, denominator: null, lowerBound: true });
    expect(m.timeLimitReduction).toMatchObject({ numerator: 650, denominator: 1240 });
    expect(m.powerListItems!.value).toBe(136);
    expect(m.promiseItems!.value).toBe(12);
    expect(m.promiseCases!.value).toBe(86);
  });

  it("the reference content and the demo pass every check", () => {
    expect(runChecks(plugin, jingzhupu2023, {})).toEqual([]);
    expect(runChecks(plugin, demo2024, { targetOnlineRate: 80 })).toEqual([]);
  });

  it("refuses more items added than on the list", () => {
    const d = { ...demo2024, powerList: { items: 5, added: 8, removed: null } };
    expect(runChecks(plugin, d, {})).toEqual([
      expect.objectContaining({
        id: "power-list-added-within-items",
        level: "error",
        path: "powerList.added",
      }),
    ]);
  });

  it("warns when the year's targets are missed, using the year's settings", () => {
    const d = { ...demo2024, oneWindow: counted(105, 125) };
    expect(runChecks(plugin, d, {}).map((r) => `${r.level}:${r.id}`)).toEqual([]);
    expect(
      runChecks(plugin, d, { targetOneWindowRate: 90, targetOnlineRate: 90 }).map(
        (r) => `${r.level}:${r.id}`,
      ),
    ).toEqual(["warning:oneWindowRate-below-target", "warning:onlineRate-below-target"]);
  });

  it("warns when the two shares of matters in the hall have different denominators", () => {
    const d = { ...demo2024, online: counted(100, 130) };
    expect(runChecks(plugin, d, {}).map((r) => r.id)).toEqual(["shares-same-base"]);
  });

  it("warns when units are in a hall that is not marked as set up", () => {
    expect(runChecks(plugin, { ...jingzhupu2023, hallEstablished: false }, {}).map((r) => r.id)).toEqual([
      "hall-not-established",
    ]);
    expect(text({ ...jingzhupu2023, hallEstablished: false })).toMatch(
      /^镇政府统合镇综治、司法、社会事务、财政等服务单位集中办公，/,
    );
  });
});

describe("government-functions v2 (马上办, false promises)", () => {
  it("upgrades the v1 shape (the new fields empty) through migrations[2] and [3]", () => {
    expect(migrateData(plugin, jingzhupu2023v1, 1)).toEqual(jingzhupu2023);
  });

  it("counts “马上办” as a lower bound and false promises as entered", () => {
    const m = computeMetrics(plugin, demo2024);
    expect(m.immediateMatters).toEqual({ value: 300, numerator: null, denominator: null, lowerBound: true });
    expect(m.falsePromises!.value).toBe(1);
  });

  it("says no false promise was found for 0, and refuses more false promises than cases", () => {
    const none = { ...demo2024, promise: { items: 12, cases: 86, falsePromises: 0 } };
    expect(text(none)).toContain("办理告知承诺件86件，经核查未发现虚假承诺情况。");
    const tooMany = { ...demo2024, promise: { items: 12, cases: 2, falsePromises: 3 } };
    expect(runChecks(plugin, tooMany, {}).find((r) => r.id === "false-promises-within-cases")).toMatchObject({
      level: "error",
      path: "promise.falsePromises",
    });
    expect(runChecks(plugin, demo2024, {}).map((r) => r.id)).not.toContain("false-promises-within-cases");
  });
});

describe("government-functions v3 (shares stated as percentages)", () => {
  it("upgrades v2 data to exactly the current fixtures, which render byte-identically for 镇, 乡 and 街道", () => {
    expect(plugin.version).toBe(3);
    expect(migrateData(plugin, demo2024v2, 2)).toEqual(demo2024);
    expect(Object.keys(V2_RENDERED)).toEqual(["jingzhupu2023", "demo2024", "exactShares"]);
    expectUpgradeKeepsRendering(plugin, {
      fromVersion: 2,
      fixtures: fixtures.valid,
      rendered: V2_RENDERED,
      toPrevious: asV2,
    });
  });

  it("prints stated shares as reports write them", () => {
    expect(text(statedShares)).toBe(
      "90%以上政务事项全部实行“一窗式”分类办理，方便群众办事。95%的政务事项实现网上可办。",
    );
    const near = {
      ...statedShares,
      oneWindow: {
        rate: { numerator: null, denominator: null, percent: 90, percentQualifier: "近" as const },
        atLeast: true,
      },
      online: counted(null, null),
      timeLimit: {
        rate: { numerator: null, denominator: null, percent: 50, percentQualifier: "以上" as const },
        atLeast: false,
      },
    };
    expect(text(near)).toBe("近90%的政务事项实行“一窗式”分类办理，方便群众办事。办理时限压缩50%以上。");
  });

  it("flags the metrics of stated shares as stated, 以上 as a lower bound", () => {
    const m = computeMetrics(plugin, statedShares);
    expect(m.oneWindowRate).toEqual({
      value: 90,
      numerator: null,
      denominator: null,
      lowerBound: true,
      stated: true,
    });
    expect(m.onlineRate).toMatchObject({ value: 95, lowerBound: false, stated: true });
    expect(computeMetrics(plugin, demo2024).oneWindowRate).not.toHaveProperty("stated");
  });

  it("checks stated shares against the year's targets", () => {
    const ids = (settings: unknown) => runChecks(plugin, statedShares, settings).map((r) => r.id);
    expect(ids({})).toEqual([]);
    expect(ids({ targetOneWindowRate: 95, targetOnlineRate: 96 })).toEqual([
      "oneWindowRate-below-target",
      "onlineRate-below-target",
    ]);
  });
});
