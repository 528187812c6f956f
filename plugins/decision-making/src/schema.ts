import {
  checklist,
  count,
  emptyChecklist,
  narrative,
  quantity,
  text,
  z,
  type ChecklistOption,
} from "@nianbao/sdk";

/** The five statutory steps of a major administrative decision (《重大行政决策程序暂行条例》). */
export const DECISION_STEPS = [
  {
    key: "publicParticipation",
    label: { "zh-CN": "公众参与", en: "Public participation" },
    phrase: "公众参与",
  },
  { key: "expertArgument", label: { "zh-CN": "专家论证", en: "Expert argument" }, phrase: "专家论证" },
  { key: "riskAssessment", label: { "zh-CN": "风险评估", en: "Risk assessment" }, phrase: "风险评估" },
  { key: "legalityReview", label: { "zh-CN": "合法性审查", en: "Legality review" }, phrase: "合法性审查" },
  {
    key: "collectiveDecision",
    label: { "zh-CN": "集体讨论决定", en: "Collective decision" },
    phrase: "集体讨论决定",
  },
] as const satisfies readonly ChecklistOption[];

export const decisionMakingSchema = z.object({
  /** 年初确定年度法治政府建设工作计划和目标任务, and how ("结合工作实际、紧扣发展目标"). */
  annualPlan: z.object({
    set: z.boolean().default(false),
    basis: text().trim().max(100, { error: "不超过100字" }).default(""),
  }),
  /** How decisions are made, in the township's words (分管部门提出议案，主管领导先期审查，…). */
  procedure: narrative({ max: 2000 }),
  /** 重大行政决策 (项) made this year. */
  majorDecisions: count(),
  /** The five statutory steps in place. */
  steps: checklist(DECISION_STEPS),
  /** Legal advisers engaged: what kind ("专门公职法律顾问") and how many (名). */
  advisers: z.object({
    kind: text().trim().max(30, { error: "不超过30字" }).default("法律顾问"),
    count: count(),
  }),
  /** What the advisers did, in the township's words ("在镇政府债权债务案件中发挥了积极作用"). */
  adviserWork: narrative({ max: 1000 }),
  /** 法律意见: given (次) or written opinions (份). */
  legalOpinions: quantity(["次", "份"]),
  /** 审查合同 (件). */
  contractsReviewed: quantity(["件"]),
  /** Further paragraphs, one per line. */
  more: narrative({ max: 5000 }),
});

export type DecisionMaking = z.output<typeof decisionMakingSchema>;

export const decisionMakingSettings = z.object({
  /** Legal advisers a township should engage at least. */
  minLegalAdvisers: z.number().int().min(0).max(20).default(1).describe("法律顾问不少于（名）"),
});
export type DecisionMakingSettings = z.output<typeof decisionMakingSettings>;

export const decisionMakingDefaults: DecisionMaking = {
  annualPlan: { set: false, basis: "" },
  procedure: "",
  majorDecisions: null,
  steps: emptyChecklist(DECISION_STEPS),
  advisers: { kind: "法律顾问", count: null },
  adviserWork: "",
  legalOpinions: { value: null, qualifier: "", unit: "次" },
  contractsReviewed: { value: null, qualifier: "", unit: "件" },
  more: "",
};
