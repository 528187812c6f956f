import { defineSection } from "@nianbao/sdk";
import { render__Name__ } from "./render.ts";
import { __name__Defaults, __name__Schema, __name__Settings } from "./schema.ts";

export type { __Name__ } from "./schema.ts";

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
      description: "events held in the year, as entered; empty when not entered",
      value: (d) => d.events,
      // The year's target: the SDK warns below it ("events-below-target"), no hand-written check.
      target: (s) => s.minEvents || null,
      path: "events",
    },
  },
  checks: [],
  render: render__Name__,
  form: () => import("./form.tsx"),
});
