import { defineSection, ratePercent } from "@nianbao/sdk";
import { renderLawEnforcement } from "./render.ts";
import {
  CORE_SYSTEMS,
  ENFORCEMENT_SYSTEMS,
  lawEnforcementDefaults,
  lawEnforcementSchema,
  lawEnforcementSettings,
  type LawEnforcement,
} from "./schema.ts";

export type { LawEnforcement } from "./schema.ts";

const missingCoreSystems = (d: LawEnforcement) => CORE_SYSTEMS.filter((k) => !d.systems[k]);
const systemName = (key: string) => {
  const label = ENFORCEMENT_SYSTEMS.find((o) => o.key === key)!.label;
  return { zh: label["zh-CN"], en: label.en };
};

export default defineSection({
  id: "law-enforcement",
  version: 1,
  title: { "zh-CN": "严格规范公正文明执法", en: "Strict, standardised, fair and civilised law enforcement" },
  description: {
    "zh-CN":
      "行政执法责任制、自由裁量权基准、行政执法三项制度等执法制度，以及执法人员持证、培训、检查、办案和案卷评查情况。",
    en: "Enforcement responsibility, discretion standards, the enforcement systems in place, and staff certification, training, inspections, cases and case-file reviews.",
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
      description: "the field `certification` as entered — 持证率 = certified enforcement staff / enforcement staff (名).",
      value: (d) => d.certification,
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
      description: "the field `inspections` as entered — Enforcement inspections (次).",
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
        const p = ratePercent(d.certification);
        return d.systems.certifiedDuty && p !== null && p < 100;
      },
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
});
