import { defineSection } from "@nianbao/sdk";
import { renderReconsiderationLitigation } from "./render.ts";
import { reconsiderationLitigationDefaults, reconsiderationLitigationSchema, reconsiderationLitigationSettings } from "./schema.ts";

export { reconsiderationLitigationSchema, reconsiderationLitigationSettings, reconsiderationLitigationDefaults, type ReconsiderationLitigation } from "./schema.ts";

export default defineSection({
  id: "reconsideration-litigation",
  version: 1,
  title: { "zh-CN": "行政复议与行政应诉", en: "Administrative reconsideration and litigation" },
  schema: reconsiderationLitigationSchema,
  defaults: reconsiderationLitigationDefaults,
  settings: reconsiderationLitigationSettings,
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
  render: renderReconsiderationLitigation,
  form: () => import("./form.tsx"),
});
