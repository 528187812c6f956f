import { defineSection } from "@nianbao/sdk";
import { renderSafetyPetitions } from "./render.ts";
import { safetyPetitionsDefaults, safetyPetitionsSchema, safetyPetitionsSettings } from "./schema.ts";

export { safetyPetitionsSchema, safetyPetitionsSettings, safetyPetitionsDefaults, type SafetyPetitions } from "./schema.ts";

export default defineSection({
  id: "safety-petitions",
  version: 1,
  title: { "zh-CN": "平安建设与信访", en: "Public safety and petitions" },
  schema: safetyPetitionsSchema,
  defaults: safetyPetitionsDefaults,
  settings: safetyPetitionsSettings,
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
  render: renderSafetyPetitions,
  form: () => import("./form.tsx"),
});
