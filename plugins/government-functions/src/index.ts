import { defineSection, statedRateMetric } from "@nianbao/sdk";
import { renderGovernmentFunctions } from "./render.ts";
import {
  governmentFunctionsDefaults,
  governmentFunctionsSchema,
  governmentFunctionsSettings,
  migrateV1toV2,
  migrateV2toV3,
} from "./schema.ts";

export type {
  GovernmentFunctions,
  GovernmentFunctionsSettings,
  GovernmentFunctionsV1,
  GovernmentFunctionsV2,
} from "./schema.ts";

export default defineSection({
  id: "government-functions",
  /**
   * v2: “马上办” matters and false promises under 告知承诺制; migrations[2] adds them empty.
   * v3: the shares (“一窗式”, 网上可办, 时限压缩) may be stated percentages ("90%以上") when the counts are
   * unknown; migrations[3] keeps v2 counts as they were.
   */
  version: 3,
  title: { "zh-CN": "依法全面履行政府职能", en: "Performing government functions fully and lawfully" },
  description: {
    "zh-CN":
      "便民服务大厅、事项进驻、“一窗式”分类办理、“最多跑一次”、“马上办”、网上可办、时限压缩、权责清单与告知承诺制（含虚假承诺核查）。",
    en: "The one-stop service hall, one-window handling, “at most one trip”, online handling, shorter time limits, the powers-and-duties list and promise-based certification (with false promises found).",
  },
  schema: governmentFunctionsSchema,
  defaults: governmentFunctionsDefaults,
  settings: governmentFunctionsSettings,
  metrics: {
    unitsIntegrated: {
      label: { "zh-CN": "统合进驻服务单位", en: "Service units integrated into the hall" },
      unit: "个",
      aggregate: "sum",
      description:
        "service units listed as integrated into the service hall (`units`); empty when none are listed",
      value: (d) => (d.units.length ? d.units.length : null),
    },
    oneWindowRate: {
      label: { "zh-CN": "“一窗式”分类办理事项占比", en: "Share of matters handled at one window" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `oneWindow.rate` as entered, or the percentage stated when the counts are unknown (counted apart)",
      value: (d) => statedRateMetric(d.oneWindow.rate),
      target: (s) => s.targetOneWindowRate,
      path: "oneWindow.rate.numerator",
    },
    mattersHandled: {
      label: { "zh-CN": "办理便民服务事项", en: "Service matters handled" },
      unit: "件",
      aggregate: "sum",
      description:
        'the field `mattersHandled` as entered — 全年办理各类便民服务事项 (件), with its qualifier: "1500余件".',
      value: (d) => d.mattersHandled,
    },
    onlineRate: {
      label: { "zh-CN": "网上可办事项占比", en: "Share of matters that can be handled online" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `online.rate` as entered, or the percentage stated when the counts are unknown (counted apart)",
      value: (d) => statedRateMetric(d.online.rate),
      target: (s) => s.targetOnlineRate || null,
      path: "online.rate.numerator",
    },
    timeLimitReduction: {
      label: { "zh-CN": "办理时限压缩比例", en: "Reduction of time limits" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `timeLimit.rate` as entered, or the percentage stated when the counts are unknown (counted apart)",
      value: (d) => statedRateMetric(d.timeLimit.rate),
    },
    powerListItems: {
      label: { "zh-CN": "权责清单事项", en: "Items on the powers-and-duties list" },
      unit: "项",
      aggregate: "sum",
      description: "the field `powerList.items` as entered",
      value: (d) => d.powerList.items,
    },
    promiseItems: {
      label: { "zh-CN": "实行告知承诺制的证明事项", en: "Certification items under the promise system" },
      unit: "项",
      aggregate: "sum",
      description: "the field `promise.items` as entered",
      value: (d) => d.promise.items,
    },
    promiseCases: {
      label: { "zh-CN": "告知承诺制办件", en: "Cases handled under the promise system" },
      unit: "件",
      aggregate: "sum",
      description: "the field `promise.cases` as entered",
      value: (d) => d.promise.cases,
    },
    falsePromises: {
      label: { "zh-CN": "告知承诺虚假承诺", en: "False promises found" },
      unit: "件",
      aggregate: "sum",
      description:
        "the field `promise.falsePromises` as entered — false promises found when the promises were checked (件).",
      value: (d) => d.promise.falsePromises,
    },
    immediateMatters: {
      label: { "zh-CN": "“马上办”事项", en: "Matters settled on the spot (马上办)" },
      unit: "件",
      aggregate: "sum",
      description: 'the field `immediate` as entered, with its qualifier ("300余件" is a lower bound).',
      value: (d) => d.immediate,
    },
  },
  checks: [
    {
      id: "false-promises-within-cases",
      level: "error",
      path: "promise.falsePromises",
      message: {
        "zh-CN": "虚假承诺件数不能多于以告知承诺制办理的件数",
        en: "More false promises than cases handled under the promise system",
      },
      fails: (d) =>
        d.promise.falsePromises !== null &&
        d.promise.cases !== null &&
        d.promise.falsePromises > d.promise.cases,
    },
    {
      id: "power-list-added-within-items",
      level: "error",
      path: "powerList.added",
      message: {
        "zh-CN": "本年度新增的权责清单事项不能多于清单事项总数",
        en: "Items added this year cannot exceed the items on the list",
      },
      fails: (d) =>
        d.powerList.items !== null && d.powerList.added !== null && d.powerList.added > d.powerList.items,
    },
    {
      id: "shares-same-base",
      level: "warning",
      path: "online.rate.denominator",
      message: {
        "zh-CN": "“一窗式”办理占比与网上可办占比的分母都应是进驻大厅的政务事项数，两者不一致，请核对",
        en: "Both shares are of the matters in the hall, but their denominators differ",
      },
      fails: (d) =>
        d.oneWindow.rate.denominator !== null &&
        d.online.rate.denominator !== null &&
        d.oneWindow.rate.denominator !== d.online.rate.denominator,
    },
    {
      id: "hall-not-established",
      level: "warning",
      path: "hallEstablished",
      message: {
        "zh-CN": "已填写统合的服务单位或“所有政务事项全部进驻”，但未勾选“设立统一的便民服务大厅”，请核对",
        en: "Units or matters are said to be in the hall, but no hall is marked as established",
      },
      fails: (d) => !d.hallEstablished && (d.units.length > 0 || d.allMattersInHall),
    },
  ],
  render: renderGovernmentFunctions,
  form: () => import("./form.tsx"),
  migrations: { 2: migrateV1toV2, 3: migrateV2toV3 },
});
