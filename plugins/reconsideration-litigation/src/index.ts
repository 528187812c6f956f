import { defineSection, statedRateMetric } from "@nianbao/sdk";
import { renderReconsiderationLitigation } from "./render.ts";
import {
  reconsiderationLitigationDefaults,
  reconsiderationLitigationSchema,
  reconsiderationLitigationSettings,
} from "./schema.ts";

export type { ReconsiderationLitigation, ReconsiderationLitigationSettings } from "./schema.ts";

const over = (part: number | null, whole: number | null) => part !== null && whole !== null && part > whole;

export default defineSection({
  id: "reconsideration-litigation",
  version: 1,
  title: { "zh-CN": "行政复议与行政应诉", en: "Administrative reconsideration and litigation" },
  description: {
    "zh-CN":
      "以政府为被申请人的行政复议案件及办结、纠错情况，行政应诉案件、败诉案件与行政机关负责人出庭应诉率。",
    en: "Reconsideration cases against the government, concluded and corrected; litigation, cases lost and the responsible person's court appearances.",
  },
  schema: reconsiderationLitigationSchema,
  defaults: reconsiderationLitigationDefaults,
  settings: reconsiderationLitigationSettings,
  metrics: {
    reconsiderationReceived: {
      label: { "zh-CN": "行政复议案件", en: "Reconsideration cases" },
      unit: "件",
      aggregate: "sum",
      value: (d) => d.reconsideration.received,
    },
    reconsiderationConcluded: {
      label: { "zh-CN": "行政复议办结", en: "Reconsideration cases concluded" },
      unit: "件",
      aggregate: "sum",
      value: (d) => d.reconsideration.concluded,
    },
    reconsiderationCorrected: {
      label: { "zh-CN": "行政复议被纠错", en: "Decisions corrected on reconsideration" },
      unit: "件",
      aggregate: "sum",
      value: (d) => d.reconsideration.corrected,
    },
    litigationCases: {
      label: { "zh-CN": "行政应诉案件", en: "Litigation cases" },
      unit: "件",
      aggregate: "sum",
      value: (d) => d.litigation.cases,
    },
    litigationLost: {
      label: { "zh-CN": "行政诉讼败诉", en: "Litigation cases lost" },
      unit: "件",
      aggregate: "sum",
      value: (d) => d.litigation.lost,
    },
    appearanceRate: {
      label: { "zh-CN": "负责人出庭应诉率", en: "Court appearances of the responsible person" },
      unit: "%",
      aggregate: "rate",
      value: (d) => statedRateMetric(d.litigation.appearance),
      target: (s) => s.targetAppearanceRate,
      path: "litigation.appearance.numerator",
    },
  },
  checks: [
    {
      id: "reconsideration-concluded-within-received",
      level: "error",
      path: "reconsideration.concluded",
      message: {
        "zh-CN": "办结的行政复议案件数不能大于收到的案件数",
        en: "More cases concluded than received",
      },
      fails: (d) => over(d.reconsideration.concluded, d.reconsideration.received),
    },
    {
      id: "reconsideration-corrected-within-concluded",
      level: "error",
      path: "reconsideration.corrected",
      message: {
        "zh-CN": "被纠错案件数不能大于办结案件数",
        en: "More decisions corrected than cases concluded",
      },
      fails: (d) =>
        over(d.reconsideration.corrected, d.reconsideration.concluded ?? d.reconsideration.received),
    },
    {
      id: "litigation-concluded-within-cases",
      level: "error",
      path: "litigation.concluded",
      message: {
        "zh-CN": "审结的行政诉讼案件数不能大于应诉案件数",
        en: "More litigation cases concluded than filed",
      },
      fails: (d) => over(d.litigation.concluded, d.litigation.cases),
    },
    {
      id: "lost-within-concluded",
      level: "error",
      path: "litigation.lost",
      message: { "zh-CN": "败诉案件数不能大于审结案件数", en: "More cases lost than concluded" },
      fails: (d) => over(d.litigation.lost, d.litigation.concluded ?? d.litigation.cases),
    },
    {
      id: "appearance-without-cases",
      level: "warning",
      path: "litigation.appearance.denominator",
      message: {
        "zh-CN": "没有行政应诉案件，却填写了出庭应诉率，请核对",
        en: "A court-appearance rate with no litigation cases: please check",
      },
      fails: (d) =>
        d.litigation.cases === 0 &&
        ((d.litigation.appearance.denominator ?? 0) > 0 || d.litigation.appearance.percent !== null),
    },
    {
      id: "hearings-exceed-cases",
      level: "warning",
      path: "litigation.appearance.denominator",
      message: {
        "zh-CN": "开庭次数多于应诉案件数，请确认（一案可多次开庭）",
        en: "More hearings than cases: please confirm (a case may have several hearings)",
      },
      fails: (d) => over(d.litigation.appearance.denominator, d.litigation.cases),
    },
  ],
  render: renderReconsiderationLitigation,
  form: () => import("./form.tsx"),
});
