import type { SectionFixtures } from "@nianbao/sdk/testing";
import { lawEnforcementDefaults, type LawEnforcement } from "./schema.ts";

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
  certification: { numerator: null, denominator: null },
  training: { sessions: null, participants: { value: null, qualifier: "", unit: "人次" } },
  inspections: null,
  cases: { ordinary: null, simple: null },
  caseReview: { reviews: null, problemsFound: null, problemsCorrected: null },
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
  certification: { numerator: 9, denominator: 9 },
  training: { sessions: 2, participants: { value: 36, qualifier: "", unit: "人次" } },
  inspections: 48,
  cases: { ordinary: 3, simple: 11 },
  caseReview: { reviews: 2, problemsFound: 5, problemsCorrected: 5 },
  more: "",
};

export const fixtures = {
  valid: { jingzhupu2023, demo2024 },
  invalid: {
    certifiedAboveStaff: { ...demo2024, certification: { numerator: 10, denominator: 9 } },
    negativeInspections: { ...demo2024, inspections: -3 },
    fractionalCases: { ...demo2024, cases: { ordinary: 1.5, simple: 11 } },
    unknownParticipantUnit: {
      ...demo2024,
      training: { sessions: 2, participants: { value: 36, qualifier: "", unit: "名" } },
    },
    tooManyItems: { ...demo2024, moreItems: Array.from({ length: 11 }, () => ({ lead: "", text: "举措" })) },
  },
} satisfies SectionFixtures;
