import { statedRateFromRate, type StatedRate } from "@nianbao/sdk";
import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { DisputeResolution, DisputeResolutionV1, DisputeResolutionV2 } from "./schema.ts";

/** A rate entered as counts (no stated percentage). */
const counted = (numerator: number | null, denominator: number | null): StatedRate =>
  statedRateFromRate({ numerator, denominator });

/**
 * 荆竹铺镇 2023 (the reference report, section （九）). The report prints "为各村聘请法律顾问": stored as
 * 17/17, the township's 17 villages (section （八）). It prints no resolution rate, so that stays empty.
 */
export const jingzhupu2023: DisputeResolution = {
  opening: "全镇把矛盾纠纷化解和法治宣传相结合",
  mechanism: { people: true, judicial: true, administrative: true },
  localResolution: true,
  mediationCommittees: null,
  screened: { value: null, qualifier: "" },
  mediated: { value: 37, qualifier: "", unit: "起" },
  resolution: counted(null, null),
  outcome: "有力地维护了全镇社会和谐稳定",
  advisers: { lawFirmCooperation: true, count: null, villages: { numerator: 17, denominator: 17 } },
  consultations: { value: null, qualifier: "" },
  legalAid: { groups: "全镇农村特困户和弱势群体", cases: null, pledge: true },
  more: "",
  ledger: [],
};

/**
 * The same township's 2024 report (demo data). The screened/accepted/resolved counts are plausible
 * invented ledger figures behind the printed 化解率.
 */
export const demo2024: DisputeResolution = {
  opening: "全镇坚持和发展新时代“枫桥经验”",
  mechanism: { people: true, judicial: true, administrative: true },
  localResolution: true,
  mediationCommittees: 18,
  screened: { value: 52, qualifier: "" },
  mediated: { value: 48, qualifier: "", unit: "起" },
  resolution: counted(47, 48),
  outcome: "",
  advisers: { lawFirmCooperation: true, count: 3, villages: { numerator: 17, denominator: 17 } },
  consultations: { value: 300, qualifier: "余" },
  legalAid: { groups: "", cases: 6, pledge: true },
  more: "",
  ledger: [],
};

/** A township that missed its targets. */
export const partialYear: DisputeResolution = {
  ...demo2024,
  opening: "",
  mechanism: { people: true, judicial: false, administrative: true },
  localResolution: false,
  mediationCommittees: null,
  screened: { value: null, qualifier: "" },
  mediated: { value: 40, qualifier: "余", unit: "件" },
  resolution: counted(36, 42),
  advisers: { lawFirmCooperation: false, count: 2, villages: { numerator: 12, denominator: 17 } },
  legalAid: { groups: "困难群众", cases: null, pledge: false },
};

/** A township that imported its dispute ledger: the counts come from the five entries (4 resolved). */
export const withLedger: DisputeResolution = {
  ...demo2024,
  screened: { value: null, qualifier: "" },
  mediated: { value: null, qualifier: "", unit: "起" },
  resolution: counted(null, null),
  ledger: [
    { date: "2023-01-09", parties: "张某某与李某某", type: "邻里纠纷", result: "已化解" },
    { date: "2023-03-15", parties: "王某与某建筑公司", type: "劳资纠纷", result: "已化解" },
    { date: "2023-05-20", parties: "刘某某与刘某", type: "婚姻家庭纠纷", result: "已化解" },
    { date: "2023-08-02", parties: "陈某与赵某", type: "土地山林纠纷", result: "未化解" },
    { date: "2023-11-28", parties: "周某与吴某", type: "邻里纠纷", result: "已化解" },
  ],
};

/**
 * A 街道 whose report gives "全年排查矛盾纠纷近200起……化解率96.2%": a qualified count and a stated rate, no
 * head counts behind the rate.
 */
export const statedFigures: DisputeResolution = {
  ...demo2024,
  opening: "",
  mediationCommittees: null,
  screened: { value: 200, qualifier: "近" },
  mediated: { value: null, qualifier: "", unit: "起" },
  resolution: { numerator: null, denominator: null, percent: 96.2, percentQualifier: "" },
};

/** Data saved before the ledger existed (no `ledger` key): still valid. */
const { ledger: _ledger, ...beforeLedger } = jingzhupu2023;

/** The data as filed under v2: screened a plain count, the rate counts only. */
export function asV2(d: DisputeResolution): DisputeResolutionV2 {
  const { numerator, denominator } = d.resolution;
  return { ...d, screened: d.screened.value, resolution: { numerator, denominator } };
}

/** 荆竹铺镇 2023 and the 2024 demo as filed under v2. */
export const jingzhupu2023v2 = asV2(jingzhupu2023);
export const demo2024v2 = asV2(demo2024);

/** 荆竹铺镇 2023 as it was filed under v1: before the ledger and before the consultations. */
const { consultations: _consultations, ledger: _l1, ...jingzhupu2023v1Fields } = jingzhupu2023v2;
export const jingzhupu2023v1: DisputeResolutionV1 = jingzhupu2023v1Fields;
const { consultations: _c2, ...demo2024v1Fields } = demo2024v2;

export const fixtures = {
  valid: { jingzhupu2023, demo2024, partialYear, withLedger, beforeLedger, statedFigures },
  invalid: {
    resolvedAboveAccepted: { ...demo2024, resolution: counted(49, 48) },
    negativeDisputes: { ...jingzhupu2023, mediated: { value: -37, qualifier: "", unit: "起" } },
    unknownUnit: { ...jingzhupu2023, mediated: { value: 37, qualifier: "", unit: "次" } },
    unknownQualifier: { ...jingzhupu2023, mediated: { value: 37, qualifier: "多", unit: "起" } },
    fractionalCases: { ...jingzhupu2023, legalAid: { ...jingzhupu2023.legalAid, cases: 1.5 } },
    ledgerUnknownResult: { ...withLedger, ledger: [{ ...withLedger.ledger[0]!, result: "差不多" }] },
    fractionalConsultations: { ...demo2024, consultations: { value: 300.5, qualifier: "余" } },
    ledgerBadDate: { ...withLedger, ledger: [{ ...withLedger.ledger[0]!, date: "2023-02-30" }] },
    screenedAsPlainNumber: { ...demo2024, screened: 52 },
    unknownScreenedQualifier: { ...statedFigures, screened: { value: 200, qualifier: "多" } },
    percentBesideCounts: { ...demo2024, resolution: { ...counted(47, 48), percent: 97.9 } },
    percentAbove100: {
      ...statedFigures,
      resolution: { numerator: null, denominator: null, percent: 120, percentQualifier: "" },
    },
  },
  legacy: [
    { name: "jingzhupu2023 (v2)", version: 2, data: jingzhupu2023v2, upgradesTo: "jingzhupu2023" },
    { name: "demo2024 (v2)", version: 2, data: demo2024v2, upgradesTo: "demo2024" },
    { name: "partialYear (v2)", version: 2, data: asV2(partialYear), upgradesTo: "partialYear" },
    {
      name: "jingzhupu2023 (v1, before the ledger)",
      version: 1,
      data: jingzhupu2023v1,
      upgradesTo: "jingzhupu2023",
    },
    { name: "demo2024 (v1, with an empty ledger)", version: 1, data: demo2024v1Fields },
  ],
} satisfies SectionFixtures;
