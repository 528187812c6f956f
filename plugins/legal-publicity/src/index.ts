import { defineSection } from "@nianbao/sdk";
import { renderLegalPublicity } from "./render.ts";
import { legalPublicityDefaults, legalPublicitySchema, legalPublicitySettings } from "./schema.ts";

export { legalPublicitySchema, legalPublicitySettings, legalPublicityDefaults, type LegalPublicity } from "./schema.ts";

export default defineSection({
  id: "legal-publicity",
  version: 1,
  title: { "zh-CN": "法治宣传教育", en: "Legal publicity" },
  schema: legalPublicitySchema,
  defaults: legalPublicityDefaults,
  settings: legalPublicitySettings,
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
  render: renderLegalPublicity,
  form: () => import("./form.tsx"),
});
