import { defineSection } from "@nianbao/sdk";
import { renderRuleOfLawThought } from "./render.ts";
import { ruleOfLawThoughtDefaults, ruleOfLawThoughtSchema, ruleOfLawThoughtSettings } from "./schema.ts";

export type { RuleOfLawThought, RuleOfLawThoughtSettings } from "./schema.ts";

export default defineSection({
  id: "rule-of-law-thought",
  version: 1,
  title: { "zh-CN": "学习贯彻习近平法治思想", en: "Studying Xi Jinping Thought on the Rule of Law" },
  description: {
    "zh-CN": "纳入党委（党工委）理论学习中心组年度学习计划，中心组专题学习，学习宣讲场次与覆盖人次。",
    en: "In the central group's annual study plan, its study sessions, talks held and people reached.",
  },
  schema: ruleOfLawThoughtSchema,
  defaults: ruleOfLawThoughtDefaults,
  settings: ruleOfLawThoughtSettings,
  metrics: {
    inStudyPlan: {
      label: { "zh-CN": "纳入中心组年度学习计划", en: "In the annual study plan" },
      unit: "%",
      aggregate: "rate",
      value: (d) => ({ numerator: d.inStudyPlan ? 1 : 0, denominator: 1 }),
      target: () => 100,
      path: "inStudyPlan",
    },
    centralGroupSessions: {
      label: { "zh-CN": "中心组专题学习", en: "Central group study sessions" },
      unit: "次",
      aggregate: "sum",
      value: (d) => d.centralGroupSessions,
      target: (s) => s.minCentralGroupSessions || null,
      path: "centralGroupSessions",
    },
    sessions: {
      label: { "zh-CN": "学习宣讲", en: "Study sessions and talks" },
      unit: "场次",
      aggregate: "sum",
      value: (d) => d.sessions,
    },
    participants: {
      label: { "zh-CN": "覆盖干部群众", en: "People reached" },
      unit: "人次",
      aggregate: "sum",
      value: (d) => d.participants,
    },
  },
  checks: [
    {
      id: "central-group-form-without-sessions",
      level: "warning",
      path: "centralGroupSessions",
      message: {
        "zh-CN": "勾选了中心组专题学习，请填写专题学习次数",
        en: "Central group study is ticked: enter how many sessions",
      },
      fails: (d) => d.forms.centralGroup && d.centralGroupSessions === null,
    },
  ],
  render: renderRuleOfLawThought,
  form: () => import("./form.tsx"),
});
