import type { SectionFixtures } from "@nianbao/sdk/testing";
import {
  lawEnforcementDefaults,
  type LawEnforcement,
  type LawEnforcementV1,
  type LawEnforcementV2,
} from "./schema.ts";

const none = lawEnforcementDefaults;

/**
 * 荆竹铺镇 2023 (the reference report, section （六）): three ordered items and no figures, so every
 * optional indicator stays empty.
 */
export const jingzhupu2023: LawEnforcement = {
  responsibility: {
    inPlace: true,
    effect:
      "切实抓好执法依据梳理和执法职权的层层分解，做到了岗位到人、责任到人，进一步明确了行政执法机关的执法目标和执法责任，规范了执法行为",
  },
  discretion: { inPlace: true, effect: "有效防止了权力的滥用，减少了行政执法的随意性，提升了公信力" },
  systems: {
    publicity: true,
    fullRecord: true,
    legalReview: true,
    certifiedDuty: true,
    faultAccountability: true,
    supervision: true,
    caseFileReview: false,
  },
  otherSystems: "",
  moreItems: [],
  certification: { numerator: null, denominator: null, percent: null, percentQualifier: "" },
  training: { sessions: null, participants: { value: null, qualifier: "", unit: "人次" } },
  inspections: { value: null, qualifier: "" },
  cases: { ordinary: null, simple: null },
  caseReview: { reviews: null, problemsFound: null, problemsCorrected: null },
  newlyCertified: null,
  qualificationExam: { numerator: null, denominator: null, percent: null, percentQualifier: "" },
  fines: { value: null, qualifier: "", unit: "元" },
  lenient: { noPenalty: null, lighter: null },
  reviewMeetings: null,
  more: "",
};

/** The same township's 2024 report (demo data): the enforcement figures filled in, one further measure. */
export const demo2024: LawEnforcement = {
  responsibility: {
    inPlace: true,
    effect: "对照镇级权责清单逐项明确执法岗位和执法责任，做到了岗位到人、责任到人",
  },
  discretion: { inPlace: true, effect: "严格执行上级部门行政处罚裁量基准，同案同罚、过罚相当" },
  systems: {
    ...none.systems,
    publicity: true,
    fullRecord: true,
    legalReview: true,
    certifiedDuty: true,
    caseFileReview: true,
  },
  otherSystems: "",
  moreItems: [{ lead: "", text: "坚持“谁执法谁普法”，在执法过程中开展以案释法" }],
  certification: { numerator: 9, denominator: 9, percent: null, percentQualifier: "" },
  training: { sessions: 2, participants: { value: 36, qualifier: "", unit: "人次" } },
  inspections: { value: 48, qualifier: "" },
  cases: { ordinary: 3, simple: 11 },
  caseReview: { reviews: 2, problemsFound: 5, problemsCorrected: 5 },
  newlyCertified: 2,
  qualificationExam: { numerator: 2, denominator: 2, percent: null, percentQualifier: "" },
  fines: { value: 32000, qualifier: "", unit: "元" },
  lenient: { noPenalty: 3, lighter: 2 },
  reviewMeetings: 4,
  more: "",
};

/**
 * A 乡 whose report gives "开展执法检查30余次，执法人员持证率100%": a qualified count and a stated rate with
 * no head counts behind it.
 */
export const statedFigures: LawEnforcement = {
  ...demo2024,
  moreItems: [],
  certification: { numerator: null, denominator: null, percent: 100, percentQualifier: "" },
  training: { sessions: null, participants: { value: null, qualifier: "", unit: "人次" } },
  inspections: { value: 30, qualifier: "余" },
  cases: { ordinary: null, simple: null },
  caseReview: { reviews: null, problemsFound: null, problemsCorrected: null },
  newlyCertified: null,
  qualificationExam: { numerator: null, denominator: null, percent: null, percentQualifier: "" },
  fines: { value: null, qualifier: "", unit: "元" },
  lenient: { noPenalty: null, lighter: null },
  reviewMeetings: null,
};

/** The data as it was filed under v2: the 持证率 counts only, inspections a plain count. */
export function asV2(d: LawEnforcement): LawEnforcementV2 {
  const { numerator, denominator } = d.certification;
  return { ...d, certification: { numerator, denominator }, inspections: d.inspections.value };
}

export const jingzhupu2023v2 = asV2(jingzhupu2023);
export const demo2024v2 = asV2(demo2024);

/** 荆竹铺镇 2023 as it was filed under v1 (before the v2 figures). */
const {
  newlyCertified: _n,
  qualificationExam: _q,
  fines: _f,
  lenient: _l,
  reviewMeetings: _r,
  ...jingzhupu2023v1Fields
} = jingzhupu2023v2;
export const jingzhupu2023v1: LawEnforcementV1 = jingzhupu2023v1Fields;

export const fixtures = {
  valid: { jingzhupu2023, demo2024, statedFigures },
  invalid: {
    certifiedAboveStaff: {
      ...demo2024,
      certification: { numerator: 10, denominator: 9, percent: null, percentQualifier: "" },
    },
    negativeInspections: { ...demo2024, inspections: { value: -3, qualifier: "" } },
    inspectionsAsPlainNumber: { ...demo2024, inspections: 48 },
    unknownInspectionsQualifier: { ...statedFigures, inspections: { value: 30, qualifier: "多" } },
    percentBesideCounts: { ...demo2024, certification: { ...demo2024.certification, percent: 100 } },
    certificationPercentAbove100: {
      ...statedFigures,
      certification: { numerator: null, denominator: null, percent: 101, percentQualifier: "" },
    },
    fractionalCases: { ...demo2024, cases: { ordinary: 1.5, simple: 11 } },
    unknownParticipantUnit: {
      ...demo2024,
      training: { sessions: 2, participants: { value: 36, qualifier: "", unit: "名" } },
    },
    negativeFines: { ...demo2024, fines: { value: -1, qualifier: "", unit: "元" } },
    finesInUnknownUnit: { ...demo2024, fines: { value: 3, qualifier: "", unit: "千元" } },
    passedAboveSat: {
      ...demo2024,
      qualificationExam: { numerator: 3, denominator: 2, percent: null, percentQualifier: "" },
    },
    fractionalLenientCases: { ...demo2024, lenient: { noPenalty: 1.5, lighter: 2 } },
    tooManyItems: { ...demo2024, moreItems: Array.from({ length: 11 }, () => ({ lead: "", text: "举措" })) },
  },
  legacy: [
    { name: "jingzhupu2023 (v2)", version: 2, data: jingzhupu2023v2, upgradesTo: "jingzhupu2023" },
    { name: "demo2024 (v2)", version: 2, data: demo2024v2, upgradesTo: "demo2024" },
    { name: "jingzhupu2023 (v1)", version: 1, data: jingzhupu2023v1, upgradesTo: "jingzhupu2023" },
  ],
} satisfies SectionFixtures;
