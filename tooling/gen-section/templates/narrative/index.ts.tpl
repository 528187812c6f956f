import { defineSection } from "@nianbao/sdk";
import { render__Name__ } from "./render.ts";
import { __name__Defaults, __name__Schema, __name__Settings } from "./schema.ts";

export { __name__Schema, __name__Settings, __name__Defaults, type __Name__ } from "./schema.ts";

export default defineSection({
  id: "__ID__",
  version: 1,
  title: { "zh-CN": "__TITLE_ZH__", en: "__TITLE_EN__" },
  schema: __name__Schema,
  defaults: __name__Defaults,
  settings: __name__Settings,
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
  render: render__Name__,
  form: () => import("./form.tsx"),
});
