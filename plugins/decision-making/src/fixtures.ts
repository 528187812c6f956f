import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { DecisionMaking } from "./schema.ts";

const noSteps = {
  publicParticipation: false,
  expertArgument: false,
  riskAssessment: false,
  legalityReview: false,
  collectiveDecision: false,
};

/**
 * 荆竹铺镇 2023 (the reference report, section （四）). The report gives no count of major decisions
 * and does not name the five statutory steps: its procedure (议案 → 先期审查 → 班子讨论决定) is the
 * township's own prose, so the checklist stays empty and the procedure sits in `procedure`.
 */
export const jingzhupu2023: DecisionMaking = {
  annualPlan: { set: true, basis: "结合工作实际、紧扣发展目标" },
  procedure:
    "继续强化重大决策的审查制度，在涉及镇域内经济社会发展和群众利益的重大问题上，始终坚持由分管部门提出议案，" +
    "主管领导先期审查，最后提交班子讨论决定的制度和程序，防止了行政决策的随意性，提高了行政决策的水平。",
  majorDecisions: null,
  steps: noSteps,
  advisers: { kind: "专门公职法律顾问", count: 1 },
  adviserWork: "在镇政府债权债务案件中发挥了积极作用。",
  legalOpinions: { value: null, qualifier: "", unit: "次" },
  contractsReviewed: { value: null, qualifier: "", unit: "件" },
  more: "",
};

/** The same township's 2024 report (demo data): two major decisions through all five steps. */
export const demo2024: DecisionMaking = {
  annualPlan: { set: true, basis: "结合工作实际、紧扣发展目标" },
  procedure:
    "严格执行重大行政决策程序规定，在涉及镇域内经济社会发展和群众利益的重大问题上，坚持由分管部门提出议案，" +
    "主管领导先期审查，最后提交班子讨论决定。",
  majorDecisions: 2,
  steps: {
    publicParticipation: true,
    expertArgument: true,
    riskAssessment: true,
    legalityReview: true,
    collectiveDecision: true,
  },
  advisers: { kind: "法律顾问", count: 2 },
  adviserWork: "为镇政府合同审查、信访化解等工作提供了专业法律支持。",
  legalOpinions: { value: 12, qualifier: "", unit: "份" },
  contractsReviewed: { value: 30, qualifier: "余", unit: "件" },
  more: "建立重大行政决策事项目录管理制度，按年度向社会公布。",
};

export const fixtures = {
  valid: { jingzhupu2023, demo2024 },
  invalid: {
    negativeDecisions: { ...jingzhupu2023, majorDecisions: -1 },
    fractionalAdvisers: { ...jingzhupu2023, advisers: { kind: "法律顾问", count: 1.5 } },
    unknownOpinionUnit: { ...demo2024, legalOpinions: { value: 12, qualifier: "", unit: "篇" } },
    stepNotBoolean: { ...demo2024, steps: { ...demo2024.steps, legalityReview: "是" } },
  },
} satisfies SectionFixtures;
