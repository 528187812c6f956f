import { defineSection } from "@nianbao/sdk";
import { render__Name__ } from "./render.ts";
import { __name__Defaults, __name__Schema, __name__Settings, totalParticipants } from "./schema.ts";

export type { __Name__ } from "./schema.ts";

export default defineSection({
  id: "__ID__",
  version: 1,
  title: { "zh-CN": "__TITLE_ZH__", en: "__TITLE_EN__" },
  schema: __name__Schema,
  defaults: __name__Defaults,
  settings: __name__Settings,
  metrics: {
    entries: {
      label: { "zh-CN": "台账事项", en: "Ledger entries" },
      unit: "项",
      aggregate: "sum",
      description: "rows in the ledger",
      value: (d) => d.entries.length,
    },
    participants: {
      label: { "zh-CN": "参与人次", en: "Participants" },
      unit: "人次",
      aggregate: "sum",
      description: "participants summed over the rows; empty when the ledger is empty",
      value: (d) => (d.entries.length ? totalParticipants(d) : null),
    },
  },
  checks: [
    {
      id: "entry-outside-year",
      level: "warning",
      path: "entries",
      message: { "zh-CN": "台账中有不属于本报告年度的日期，请核对", en: "Some entries are dated outside the report year" },
      fails: (d) => {
        const years = new Set(d.entries.map((e) => e.date.slice(0, 4)));
        return years.size > 1;
      },
    },
  ],
  render: render__Name__,
  form: () => import("./form.tsx"),
});
