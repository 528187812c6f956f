import { statedRateFromRate, type StatedRate } from "@nianbao/sdk";
import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { LegalStudy, LegalStudyV1, LegalStudyV2, LegalStudyV3 } from "./schema.ts";

/** A rate entered as counts (no stated percentage). */
const counted = (numerator: number | null, denominator: number | null): StatedRate =>
  statedRateFromRate({ numerator, denominator });

/**
 * 荆竹铺镇 2023 (the reference report, section （一）). The report prints rates only ("参与率 100%",
 * "全部通过普法考试"); the head counts behind them are the township's ledger figures.
 */
export const jingzhupu2023: LegalStudy = {
  opening: "镇党委政府高度重视法治工作",
  centralGroup: { frequency: "每季度", sessions: 4 },
  training: {
    audience: "全镇干部",
    courses: [
      { name: "人民调解", sessions: null },
      { name: "执法网络培训班", sessions: null },
    ],
    sessions: null,
    participation: counted(86, 86),
  },
  collectiveStudy: { beforeMeetings: null, sessions: null },
  cadresCovered: { value: null, qualifier: "" },
  dailyStudy: true,
  exam: {
    name: "普法考试",
    held: null,
    participation: counted(null, null),
    pass: counted(62, 62),
  },
  leaderLectures: null,
  outcome: "通过学习，进一步增强了领导干部的法律素质，提升了依法行政的能力。",
  more: "",
};

/** A township that missed its targets and reports every figure. */
export const partialYear: LegalStudy = {
  opening: "",
  centralGroup: { frequency: "", sessions: 2 },
  training: {
    audience: "镇村干部",
    courses: [],
    sessions: 3,
    participation: counted(180, 200),
  },
  collectiveStudy: { beforeMeetings: 6, sessions: null },
  cadresCovered: { value: 200, qualifier: "余" },
  dailyStudy: false,
  exam: {
    name: "网上学法考试",
    held: 1,
    participation: counted(45, 50),
    pass: counted(43, 45),
  },
  leaderLectures: 2,
  outcome: "",
  more: "开展“八五”普法中期自查。\n组织宪法宣传周活动。",
};

/** 荆竹铺镇 2024 for the demo's second year (plausible ledger figures). */
export const demo2024: LegalStudy = {
  opening: "镇党委政府坚持把学法用法作为提升依法行政能力的重要抓手",
  centralGroup: { frequency: "每季度", sessions: 5 },
  training: {
    audience: "镇村干部",
    courses: [
      { name: "民法典", sessions: 2 },
      { name: "行政执法网络培训班", sessions: 2 },
    ],
    sessions: 4,
    participation: counted(142, 150),
  },
  collectiveStudy: { beforeMeetings: 12, sessions: 6 },
  cadresCovered: { value: 150, qualifier: "余" },
  dailyStudy: true,
  exam: {
    name: "年度学法考试",
    held: 2,
    participation: counted(64, 64),
    pass: counted(64, 64),
  },
  leaderLectures: 3,
  outcome: "通过学习，领导干部运用法治思维和法治方式推动工作的能力进一步提升。",
  more: "",
};

/**
 * A 街道 whose report gives its rates only as percentages ("参训率达98%", "参考率100%、合格率98.5%"), with
 * no head counts behind them.
 */
export const statedRates: LegalStudy = {
  ...demo2024,
  opening: "",
  training: {
    audience: "街道社区干部",
    courses: [],
    sessions: 4,
    participation: { numerator: null, denominator: null, percent: 98, percentQualifier: "" },
  },
  exam: {
    name: "学法考试",
    held: 1,
    participation: { numerator: null, denominator: null, percent: 100, percentQualifier: "" },
    pass: { numerator: null, denominator: null, percent: 98.5, percentQualifier: "" },
  },
  outcome: "",
};

const countsOnly = ({ numerator, denominator }: StatedRate) => ({ numerator, denominator });

/** The data as it was filed under v3 (the rates as counts only). */
export function asV3(d: LegalStudy): LegalStudyV3 {
  return {
    ...d,
    training: { ...d.training, participation: countsOnly(d.training.participation) },
    exam: { ...d.exam, participation: countsOnly(d.exam.participation), pass: countsOnly(d.exam.pass) },
  };
}

/** 荆竹铺镇 2023 as it was filed under v3. */
export const jingzhupu2023v3 = asV3(jingzhupu2023);

/** 荆竹铺镇 2023 as it was filed under v2 (before collective study, cadres covered and exams held). */
const { collectiveStudy: _c, cadresCovered: _p, ...jingzhupu2023Rest } = jingzhupu2023v3;
export const jingzhupu2023v2: LegalStudyV2 = {
  ...jingzhupu2023Rest,
  exam: {
    name: "普法考试",
    participation: jingzhupu2023v3.exam.participation,
    pass: jingzhupu2023v3.exam.pass,
  },
};

/** 荆竹铺镇 2023 as it was filed under v1 (the courses in one string). */
export const jingzhupu2023v1: LegalStudyV1 = {
  ...jingzhupu2023v2,
  training: { ...jingzhupu2023v2.training, courses: "人民调解、执法网络培训班" },
};

export const fixtures = {
  valid: { jingzhupu2023, demo2024, partialYear, statedRates },
  invalid: {
    negativeSessions: { ...jingzhupu2023, centralGroup: { frequency: "每季度", sessions: -1 } },
    numeratorAboveDenominator: {
      ...jingzhupu2023,
      training: { ...jingzhupu2023.training, participation: counted(90, 86) },
    },
    percentBesideCounts: {
      ...jingzhupu2023,
      training: { ...jingzhupu2023.training, participation: { ...counted(86, 86), percent: 100 } },
    },
    percentAbove100: {
      ...statedRates,
      exam: { ...statedRates.exam, pass: { ...statedRates.exam.pass, percent: 101 } },
    },
    unknownPercentQualifier: {
      ...statedRates,
      exam: { ...statedRates.exam, pass: { ...statedRates.exam.pass, percentQualifier: "多" } },
    },
    fractionalCount: { ...jingzhupu2023, leaderLectures: 1.5 },
    unknownFrequency: { ...jingzhupu2023, centralGroup: { frequency: "每天", sessions: 4 } },
    courseWithoutName: {
      ...jingzhupu2023,
      training: { ...jingzhupu2023.training, courses: [{ name: "", sessions: 1 }] },
    },
    coursesAsV1String: jingzhupu2023v1,
    fractionalCadres: { ...partialYear, cadresCovered: { value: 200.5, qualifier: "余" } },
    unknownCadresQualifier: { ...partialYear, cadresCovered: { value: 200, qualifier: "多" } },
    negativeExamsHeld: { ...partialYear, exam: { ...partialYear.exam, held: -1 } },
  },
  legacy: [
    { name: "jingzhupu2023 (v3)", version: 3, data: jingzhupu2023v3, upgradesTo: "jingzhupu2023" },
    { name: "partialYear (v3)", version: 3, data: asV3(partialYear), upgradesTo: "partialYear" },
    { name: "demo2024 (v3)", version: 3, data: asV3(demo2024), upgradesTo: "demo2024" },
    { name: "jingzhupu2023 (v2)", version: 2, data: jingzhupu2023v2, upgradesTo: "jingzhupu2023" },
    { name: "jingzhupu2023 (v1)", version: 1, data: jingzhupu2023v1, upgradesTo: "jingzhupu2023" },
    {
      name: "no courses (v1)",
      version: 1,
      data: { ...jingzhupu2023v1, training: { ...jingzhupu2023v1.training, courses: "" } },
    },
  ],
} satisfies SectionFixtures;
