import { statedRateFromRate } from "@nianbao/sdk";
import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { GovernmentFunctions, GovernmentFunctionsV1, GovernmentFunctionsV2, Share } from "./schema.ts";

/** A share entered as counts (no stated percentage). */
export const counted = (numerator: number | null, denominator: number | null, atLeast = false): Share => ({
  rate: statedRateFromRate({ numerator, denominator }),
  atLeast,
});

const noShare = counted(null, null);

/**
 * 荆竹铺镇 2023 (the reference report, section （二）). The report prints only "80%以上"; the matter
 * counts behind it (96 of the 120 matters in the hall) are plausible invented ledger figures: 96/120 is
 * exactly 80%, so "80%以上" (≥ 80%) is true of them.
 */
export const jingzhupu2023: GovernmentFunctions = {
  hallEstablished: true,
  hallName: "便民服务大厅",
  units: [{ name: "综治" }, { name: "司法" }, { name: "社会事务" }, { name: "财政" }],
  allMattersInHall: true,
  oneWindow: counted(96, 120, true),
  mostOnce: true,
  mattersHandled: { value: null, qualifier: "", unit: "件" },
  immediate: { value: null, qualifier: "" },
  online: noShare,
  timeLimit: noShare,
  powerList: { items: null, added: null, removed: null },
  promise: { items: null, cases: null, falsePromises: null },
  more: "",
};

/** The same township's 2024 report (demo data): more units, every optional figure filled in. */
export const demo2024: GovernmentFunctions = {
  hallEstablished: true,
  hallName: "便民服务大厅",
  units: [
    { name: "综治" },
    { name: "司法" },
    { name: "社会事务" },
    { name: "财政" },
    { name: "民政" },
    { name: "社保" },
  ],
  allMattersInHall: true,
  oneWindow: counted(110, 125, true),
  mostOnce: true,
  mattersHandled: { value: 1800, qualifier: "余", unit: "件" },
  immediate: { value: 300, qualifier: "余" },
  online: counted(100, 125),
  timeLimit: counted(650, 1240, true),
  powerList: { items: 136, added: 8, removed: 3 },
  promise: { items: 12, cases: 86, falsePromises: 1 },
  more: "推行“帮办代办”服务，为行动不便群众上门办理事项。",
};

/** A township without a hall name of its own, exact shares, nothing else. */
export const exactShares: GovernmentFunctions = {
  ...demo2024,
  hallEstablished: false,
  hallName: "",
  units: [],
  allMattersInHall: false,
  oneWindow: counted(97, 120),
  mostOnce: false,
  mattersHandled: { value: null, qualifier: "", unit: "件" },
  online: noShare,
  timeLimit: noShare,
  immediate: { value: null, qualifier: "" },
  powerList: { items: null, added: null, removed: null },
  promise: { items: null, cases: null, falsePromises: null },
  more: "",
};

/** A 乡 whose report states "“一窗式”办理事项占比90%以上" and "网上可办率95%" with no counts behind them. */
export const statedShares: GovernmentFunctions = {
  ...exactShares,
  oneWindow: {
    rate: { numerator: null, denominator: null, percent: 90, percentQualifier: "以上" },
    atLeast: false,
  },
  online: { rate: { numerator: null, denominator: null, percent: 95, percentQualifier: "" }, atLeast: false },
};

const countsOnly = (s: Share) => ({
  ...s,
  rate: { numerator: s.rate.numerator, denominator: s.rate.denominator },
});

/** The data as it was filed under v2: the shares counts only. */
export function asV2(d: GovernmentFunctions): GovernmentFunctionsV2 {
  return {
    ...d,
    oneWindow: countsOnly(d.oneWindow),
    online: countsOnly(d.online),
    timeLimit: countsOnly(d.timeLimit),
  };
}

export const demo2024v2 = asV2(demo2024);

/** 荆竹铺镇 2023 as it was filed under v1 (no “马上办”, no false promises). */
const { immediate: _immediate, ...jingzhupu2023Rest } = asV2(jingzhupu2023);
export const jingzhupu2023v1: GovernmentFunctionsV1 = {
  ...jingzhupu2023Rest,
  promise: { items: null, cases: null },
};

export const fixtures = {
  valid: { jingzhupu2023, demo2024, exactShares, statedShares },
  invalid: {
    emptyUnitName: { ...jingzhupu2023, units: [{ name: "综治" }, { name: "  " }] },
    numeratorAboveDenominator: {
      ...jingzhupu2023,
      oneWindow: counted(130, 120, true),
    },
    negativeHandled: { ...jingzhupu2023, mattersHandled: { value: -5, qualifier: "", unit: "件" } },
    unknownQualifier: { ...jingzhupu2023, mattersHandled: { value: 1500, qualifier: "多", unit: "件" } },
    fractionalPowerList: { ...jingzhupu2023, powerList: { items: 12.5, added: null, removed: null } },
    fractionalImmediate: { ...demo2024, immediate: { value: 300.5, qualifier: "余" } },
    negativeFalsePromises: { ...demo2024, promise: { items: 12, cases: 86, falsePromises: -1 } },
    halfEnteredRate: { ...jingzhupu2023, online: counted(50, null) },
    percentBesideCounts: {
      ...demo2024,
      online: { ...demo2024.online, rate: { ...demo2024.online.rate, percent: 80 } },
    },
    unknownPercentQualifier: {
      ...statedShares,
      oneWindow: {
        ...statedShares.oneWindow,
        rate: { ...statedShares.oneWindow.rate, percentQualifier: "多" },
      },
    },
  },
  legacy: [
    { name: "demo2024 (v2)", version: 2, data: demo2024v2, upgradesTo: "demo2024" },
    { name: "jingzhupu2023 (v2)", version: 2, data: asV2(jingzhupu2023), upgradesTo: "jingzhupu2023" },
    { name: "jingzhupu2023 (v1)", version: 1, data: jingzhupu2023v1, upgradesTo: "jingzhupu2023" },
  ],
} satisfies SectionFixtures;
