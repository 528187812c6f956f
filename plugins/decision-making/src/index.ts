import { defineSection } from "@nianbao/sdk";
import { renderDecisionMaking } from "./render.ts";
import { decisionMakingDefaults, decisionMakingSchema, decisionMakingSettings } from "./schema.ts";

export type { DecisionMaking } from "./schema.ts";

export default defineSection({
  id: "decision-making",
  version: 1,
  title: { "zh-CN": "健全依法决策机制", en: "Lawful decision-making" },
  description: {
    "zh-CN": "年度法治政府建设计划、决策程序、重大行政决策及五项法定程序、法律顾问及其工作。",
    en: "The annual plan, the decision procedure, major administrative decisions and their five statutory steps, legal advisers and their work.",
  },
  schema: decisionMakingSchema,
  defaults: decisionMakingDefaults,
  settings: decisionMakingSettings,
  metrics: {
    majorDecisions: {
      label: { "zh-CN": "重大行政决策", en: "Major administrative decisions" },
      unit: "项",
      aggregate: "sum",
      description: "the field `majorDecisions` as entered — 重大行政决策 (项) made this year.",
      value: (d) => d.majorDecisions,
    },
    legalAdvisers: {
      label: { "zh-CN": "聘请法律顾问", en: "Legal advisers engaged" },
      unit: "名",
      aggregate: "sum",
      description: "the field `advisers.count` as entered",
      value: (d) => d.advisers.count,
      target: (s) => s.minLegalAdvisers,
      path: "advisers.count",
    },
    legalOpinionsGiven: {
      label: { "zh-CN": "提供法律意见", en: "Legal opinions given" },
      unit: "次",
      aggregate: "sum",
      description:
        "legal opinions given, when the township counts them in 次 (the `legalOpinions` quantity); empty when counted in 份",
      value: (d) => (d.legalOpinions.unit === "次" ? d.legalOpinions : null),
    },
    legalOpinionsWritten: {
      label: { "zh-CN": "出具法律意见书", en: "Written legal opinions" },
      unit: "份",
      aggregate: "sum",
      description:
        "written legal opinions, when the township counts them in 份 (the `legalOpinions` quantity); empty when counted in 次",
      value: (d) => (d.legalOpinions.unit === "份" ? d.legalOpinions : null),
    },
    contractsReviewed: {
      label: { "zh-CN": "审查合同", en: "Contracts reviewed" },
      unit: "件",
      aggregate: "sum",
      description: "the field `contractsReviewed` as entered — 审查合同 (件).",
      value: (d) => d.contractsReviewed,
    },
  },
  checks: [
    {
      id: "decisions-need-review-and-collective-decision",
      level: "warning",
      path: "steps",
      message: {
        "zh-CN": "已作出重大行政决策，但“合法性审查”或“集体讨论决定”程序未落实，请核对",
        en: "Major decisions were made without legality review or collective decision in place",
      },
      fails: (d) =>
        d.majorDecisions !== null &&
        d.majorDecisions > 0 &&
        !(d.steps.legalityReview && d.steps.collectiveDecision),
    },
    {
      id: "adviser-work-without-advisers",
      level: "warning",
      path: "advisers.count",
      message: {
        "zh-CN": "已填写法律顾问的工作或意见、合同审查数，但未填写聘请的法律顾问人数",
        en: "Adviser work or figures entered, but no legal adviser engaged",
      },
      fails: (d) =>
        !(d.advisers.count !== null && d.advisers.count > 0) &&
        (d.adviserWork.trim() !== "" ||
          (d.legalOpinions.value ?? 0) > 0 ||
          (d.contractsReviewed.value ?? 0) > 0),
    },
  ],
  render: renderDecisionMaking,
  form: () => import("./form.tsx"),
});
