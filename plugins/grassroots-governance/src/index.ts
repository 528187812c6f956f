import { defineSection } from "@nianbao/sdk";
import { renderGrassrootsGovernance } from "./render.ts";
import { grassrootsGovernanceDefaults, grassrootsGovernanceSchema, grassrootsGovernanceSettings } from "./schema.ts";

export { grassrootsGovernanceSchema, grassrootsGovernanceSettings, grassrootsGovernanceDefaults, type GrassrootsGovernance } from "./schema.ts";

export default defineSection({
  id: "grassroots-governance",
  version: 1,
  title: { "zh-CN": "基层依法治理", en: "Law-based grassroots governance" },
  schema: grassrootsGovernanceSchema,
  defaults: grassrootsGovernanceDefaults,
  settings: grassrootsGovernanceSettings,
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
  render: renderGrassrootsGovernance,
  form: () => import("./form.tsx"),
});
