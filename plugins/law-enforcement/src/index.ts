import { defineSection, moneyIn, statedRateMetric, statedRatePercent } from "@nianbao/sdk";
import { renderLawEnforcement } from "./render.ts";
import {
  CORE_SYSTEMS,
  ENFORCEMENT_SYSTEMS,
  lawEnforcementDefaults,
  lawEnforcementSchema,
  lawEnforcementSettings,
  migrateV1toV2,
  migrateV2toV3,
  type LawEnforcement,
} from "./schema.ts";

export type { LawEnforcement, LawEnforcementSettings, LawEnforcementV1, LawEnforcementV2 } from "./schema.ts";

const missingCoreSystems = (d: LawEnforcement) => CORE_SYSTEMS.filter((k) => !d.systems[k]);
const systemName = (key: string) => {
  const label = ENFORCEMENT_SYSTEMS.find((o) => o.key === key)!.label;
  return { zh: label["zh-CN"], en: label.en };
};

export default defineSection({
  id: "law-enforcement",
  /**
   * v2: newly certified staff, the qualification exam, fines (元), lenient cases (不罚/轻罚) and 案审会;
   * migrations[2] adds them empty.
   * v3: the 持证率 may be a stated percentage ("执法人员持证率100%") and inspections keep a qualifier
   * ("30余次"); migrations[3] keeps v2 figures as they were.
   */
  version: 3,
  title: { "zh-CN": "严格规范公正文明执法", en: "Strict, standardised, fair and civilised law enforcement" },
  description: {
    "zh-CN":
      "行政执法责任制、自由裁量权基准、行政执法三项制度等执法制度，以及执法人员持证与资格考试、培训、检查、办案、罚款、不罚轻罚、案审会和案卷评查情况。",
    en: "Enforcement responsibility, discretion standards, the enforcement systems in place, and staff certification and qualification exams, training, inspections, cases, fines, lenient cases, case review meetings and case-file reviews.",
  },
  schema: lawEnforcementSchema,
  defaults: lawEnforcementDefaults,
  settings: lawEnforcementSettings,
  metrics: {
    coreSystems: {
      label: { "zh-CN": "行政执法三项制度落实率", en: "Core enforcement systems in place" },
      unit: "%",
      aggregate: "rate",
      description: "the three core enforcement systems (公示, 全过程记录, 法制审核) in place / 3",
      value: (d) => ({
        numerator: CORE_SYSTEMS.length - missingCoreSystems(d).length,
        denominator: CORE_SYSTEMS.length,
      }),
    },
    certificationRate: {
      label: { "zh-CN": "行政执法人员持证率", en: "Certified enforcement staff" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `certification` as entered — 持证率 = certified enforcement staff / enforcement staff (名), or the percentage stated when the counts are unknown (counted apart).",
      value: (d) => statedRateMetric(d.certification),
      target: (s) => s.targetCertificationRate,
      path: "certification.numerator",
    },
    trainingSessions: {
      label: { "zh-CN": "执法培训场次", en: "Enforcement training sessions" },
      unit: "场",
      aggregate: "sum",
      description: "the field `training.sessions` as entered — Sessions (场).",
      value: (d) => d.training.sessions,
    },
    inspections: {
      label: { "zh-CN": "执法检查次数", en: "Enforcement inspections" },
      unit: "次",
      aggregate: "sum",
      description:
        'the field `inspections` as entered, with its qualifier ("30余次" is a lower bound) — Enforcement inspections (次).',
      value: (d) => d.inspections,
    },
    ordinaryCases: {
      label: { "zh-CN": "普通程序案件", en: "Cases under the ordinary procedure" },
      unit: "件",
      aggregate: "sum",
      description: "the field `cases.ordinary` as entered",
      value: (d) => d.cases.ordinary,
    },
    simpleCases: {
      label: { "zh-CN": "简易程序案件", en: "Cases under the simplified procedure" },
      unit: "件",
      aggregate: "sum",
      description: "the field `cases.simple` as entered",
      value: (d) => d.cases.simple,
    },
    caseFileReviews: {
      label: { "zh-CN": "案卷评查次数", en: "Case-file reviews" },
      unit: "次",
      aggregate: "sum",
      description: "the field `caseReview.reviews` as entered",
      value: (d) => d.caseReview.reviews,
    },
    problemsCorrected: {
      label: { "zh-CN": "案卷评查问题整改", en: "Case-file problems corrected" },
      unit: "项",
      aggregate: "sum",
      description: "the field `caseReview.problemsCorrected` as entered",
      value: (d) => d.caseReview.problemsCorrected,
    },
    newlyCertified: {
      label: { "zh-CN": "新增持证执法人员", en: "Staff newly certified" },
      unit: "名",
      aggregate: "sum",
      description:
        "the field `newlyCertified` as entered — enforcement staff newly certified this year (名).",
      value: (d) => d.newlyCertified,
    },
    qualificationPassRate: {
      label: { "zh-CN": "执法资格考试通过率", en: "Qualification exam pass rate" },
      unit: "%",
      aggregate: "rate",
      description:
        "`qualificationExam`: passed / sat, or the rate stated when the counts are unknown (counted apart).",
      value: (d) => statedRateMetric(d.qualificationExam),
      target: (s) => s.targetQualificationPassRate || null,
      path: "qualificationExam.numerator",
    },
    fines: {
      label: { "zh-CN": "罚款金额", en: "Fines imposed" },
      unit: "元",
      aggregate: "sum",
      description: "the field `fines` converted to 元 (an amount in 万元 × 10 000), with its qualifier.",
      value: (d) => moneyIn(d.fines, "元"),
    },
    noPenaltyCases: {
      label: { "zh-CN": "依法不予处罚案件", en: "Cases not punished (不罚)" },
      unit: "件",
      aggregate: "sum",
      description: "the field `lenient.noPenalty` as entered — 不予处罚 under 包容审慎监管 (件).",
      value: (d) => d.lenient.noPenalty,
    },
    lighterPenaltyCases: {
      label: { "zh-CN": "从轻减轻处罚案件", en: "Cases punished lightly (轻罚)" },
      unit: "件",
      aggregate: "sum",
      description: "the field `lenient.lighter` as entered — 从轻、减轻处罚 (件).",
      value: (d) => d.lenient.lighter,
    },
    caseReviewMeetings: {
      label: { "zh-CN": "案审会次数", en: "Case review meetings" },
      unit: "次",
      aggregate: "sum",
      description: "the field `reviewMeetings` as entered — 案审会 on major or complex cases (次).",
      value: (d) => d.reviewMeetings,
    },
  },
  checks: [
    {
      id: "problems-corrected-within-found",
      level: "error",
      path: "caseReview.problemsCorrected",
      message: { "zh-CN": "整改的问题不能多于发现的问题", en: "More problems corrected than found" },
      fails: ({ caseReview: r }) =>
        r.problemsFound !== null && r.problemsCorrected !== null && r.problemsCorrected > r.problemsFound,
    },
    {
      id: "core-systems",
      level: "warning",
      path: "systems",
      message: (d) => {
        const missing = missingCoreSystems(d).map(systemName);
        return {
          "zh-CN": `行政执法三项制度尚未全部建立：缺少${missing.map((m) => m.zh).join("、")}`,
          en: `Core enforcement systems missing: ${missing.map((m) => m.en).join(", ")}`,
        };
      },
      fails: (d, s) => s.requireCoreSystems && missingCoreSystems(d).length > 0,
    },
    {
      id: "certified-duty-matches-staff",
      level: "warning",
      path: "certification.numerator",
      message: {
        "zh-CN": "已勾选“执证上岗制度”，但仍有行政执法人员未持证",
        en: "Certified-officers-only is marked in place, but some enforcement staff are not certified",
      },
      fails: (d) => {
        const p = statedRatePercent(d.certification);
        return d.systems.certifiedDuty && p !== null && p < 100;
      },
    },
    {
      id: "fines-without-cases",
      level: "warning",
      path: "fines.value",
      message: {
        "zh-CN": "填写了罚款金额，但普通程序和简易程序案件均为0",
        en: "Fines entered, but no cases under either procedure",
      },
      fails: (d) => (d.fines.value ?? 0) > 0 && d.cases.ordinary === 0 && d.cases.simple === 0,
    },
    {
      id: "problems-need-reviews",
      level: "warning",
      path: "caseReview.reviews",
      message: {
        "zh-CN": "填写了案卷评查发现的问题，但案卷评查次数为0",
        en: "Problems found in case-file reviews, but no reviews were held",
      },
      fails: ({ caseReview: r }) => r.reviews === 0 && r.problemsFound !== null && r.problemsFound > 0,
    },
  ],
  render: renderLawEnforcement,
  form: () => import("./form.tsx"),
  migrations: { 2: migrateV1toV2, 3: migrateV2toV3 },
});
