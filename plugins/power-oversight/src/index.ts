import { defineSection } from "@nianbao/sdk";
import { renderPowerOversight } from "./render.ts";
import { powerOversightDefaults, powerOversightSchema, powerOversightSettings } from "./schema.ts";

export type { PowerOversight } from "./schema.ts";

export default defineSection({
  id: "power-oversight",
  version: 1,
  title: { "zh-CN": "强化行政权力监督制约", en: "Oversight of and checks on administrative power" },
  description: {
    "zh-CN":
      "法治政府建设年度报告制度、政府内部层级监督，行政复议、行政诉讼与行政机关负责人出庭应诉，人大代表建议和政协提案办理。",
    en: "The annual-report system, internal oversight, administrative reconsideration and litigation, court appearances of the responsible person, deputies' suggestions and CPPCC proposals.",
  },
  schema: powerOversightSchema,
  defaults: powerOversightDefaults,
  settings: powerOversightSettings,
  metrics: {
    reconsiderationCases: {
      label: { "zh-CN": "行政复议案件", en: "Administrative reconsideration cases" },
      unit: "件",
      aggregate: "sum",
      description: "the field `reconsideration.cases` as entered",
      value: (d) => d.reconsideration.cases,
    },
    reconsiderationChanged: {
      label: { "zh-CN": "行政复议被变更、撤销", en: "Decisions changed or revoked on reconsideration" },
      unit: "件",
      aggregate: "sum",
      description:
        "the field `reconsideration.changed` as entered — Decisions changed or revoked on reconsideration (件).",
      value: (d) => d.reconsideration.changed,
    },
    litigationCases: {
      label: { "zh-CN": "行政诉讼案件", en: "Administrative litigation cases" },
      unit: "件",
      aggregate: "sum",
      description: "the field `litigation.cases` as entered",
      value: (d) => d.litigation.cases,
    },
    litigationLost: {
      label: { "zh-CN": "行政诉讼败诉", en: "Litigation cases lost" },
      unit: "件",
      aggregate: "sum",
      description: "the field `litigation.lost` as entered — Cases lost (件).",
      value: (d) => d.litigation.lost,
    },
    appearanceRate: {
      label: { "zh-CN": "行政机关负责人出庭应诉率", en: "Court appearances of the responsible person" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `litigation.appearance` as entered — 出庭应诉率 = court appearances of the responsible person / cases heard.",
      value: (d) => d.litigation.appearance,
      target: (s) => s.targetAppearanceRate,
      path: "litigation.appearance.numerator",
    },
    npcSuggestions: {
      label: { "zh-CN": "办理人大代表建议", en: "People's congress deputies' suggestions handled" },
      unit: "件",
      aggregate: "sum",
      description: "the field `suggestions.npc` as entered",
      value: (d) => d.suggestions.npc,
    },
    cppccProposals: {
      label: { "zh-CN": "办理政协委员提案", en: "CPPCC proposals handled" },
      unit: "件",
      aggregate: "sum",
      description: "the field `suggestions.cppcc` as entered",
      value: (d) => d.suggestions.cppcc,
    },
  },
  checks: [
    {
      id: "changed-within-reconsideration",
      level: "error",
      path: "reconsideration.changed",
      message: {
        "zh-CN": "被变更、撤销的案件不能多于行政复议案件总数",
        en: "More decisions changed or revoked than reconsideration cases",
      },
      fails: ({ reconsideration: r }) => r.cases !== null && r.changed !== null && r.changed > r.cases,
    },
    {
      id: "lost-within-litigation",
      level: "error",
      path: "litigation.lost",
      message: { "zh-CN": "败诉案件不能多于行政诉讼案件总数", en: "More litigation cases lost than cases" },
      fails: ({ litigation: l }) => l.cases !== null && l.lost !== null && l.lost > l.cases,
    },
    {
      id: "heard-within-litigation",
      level: "warning",
      path: "litigation.appearance.denominator",
      message: {
        "zh-CN": "开庭审理的案件数多于行政诉讼案件总数，请核对（跨年度案件请在说明中注明）",
        en: "More cases heard than litigation cases; please check (note cases carried over from last year)",
      },
      fails: ({ litigation: l }) =>
        l.cases !== null && l.appearance.denominator !== null && l.appearance.denominator > l.cases,
    },
  ],
  render: renderPowerOversight,
  form: () => import("./form.tsx"),
});
