import { defineSection } from "@nianbao/sdk";
import { renderRuleOfLawThought } from "./render.ts";
import { ruleOfLawThoughtDefaults, ruleOfLawThoughtSchema, ruleOfLawThoughtSettings } from "./schema.ts";

export { ruleOfLawThoughtSchema, ruleOfLawThoughtSettings, ruleOfLawThoughtDefaults, type RuleOfLawThought } from "./schema.ts";

export default defineSection({
  id: "rule-of-law-thought",
  version: 1,
  title: { "zh-CN": "学习贯彻习近平法治思想", en: "Studying Xi Jinping Thought on the Rule of Law" },
  schema: ruleOfLawThoughtSchema,
  defaults: ruleOfLawThoughtDefaults,
  settings: ruleOfLawThoughtSettings,
  metrics: {
    events: {
      label: { "zh-CN": "开展活动", en: "Events held" },
      unit: "次",
      aggregate: "sum",
      value: (d) => d.events,
    },
  },
  checks: [
    {
      id: "events-below-target",
      level: "warning",
      path: "events",
      message: (_d, s) => ({ "zh-CN": `开展活动少于本年度要求（${s.minEvents}次）`, en: `Fewer events than this year's target (${s.minEvents})` }),
      fails: (d, s) => d.events !== null && d.events < s.minEvents,
    },
  ],
  render: renderRuleOfLawThought,
  form: () => import("./form.tsx"),
});
