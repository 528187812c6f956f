import { defineSection, statedRateMetric } from "@nianbao/sdk";
import { renderLegalPublicity } from "./render.ts";
import { legalPublicityDefaults, legalPublicitySchema, legalPublicitySettings } from "./schema.ts";

export type { LegalPublicity, LegalPublicitySettings } from "./schema.ts";

export default defineSection({
  id: "legal-publicity",
  version: 1,
  title: { "zh-CN": "法治宣传教育", en: "Legal publicity" },
  description: {
    "zh-CN": "“谁执法谁普法”普法责任制、普法宣传活动与讲座、宣传资料与受众、法治文化阵地、“法律明白人”。",
    en: "The 谁执法谁普法 duty lists, campaigns and lectures, materials and people reached, culture sites, 法律明白人.",
  },
  schema: legalPublicitySchema,
  defaults: legalPublicityDefaults,
  settings: legalPublicitySettings,
  metrics: {
    activities: {
      label: { "zh-CN": "普法宣传活动", en: "Publicity events" },
      unit: "场",
      aggregate: "sum",
      value: (d) => d.activities,
      target: (s) => s.minActivities || null,
      path: "activities.value",
    },
    lectures: {
      label: { "zh-CN": "法治讲座", en: "Law lectures" },
      unit: "场",
      aggregate: "sum",
      value: (d) => d.lectures,
    },
    materials: {
      label: { "zh-CN": "发放宣传资料", en: "Materials distributed" },
      unit: "份",
      aggregate: "sum",
      value: (d) => d.materials,
    },
    peopleReached: {
      label: { "zh-CN": "受教育群众", en: "People reached" },
      unit: "人次",
      aggregate: "sum",
      value: (d) => d.peopleReached,
    },
    cultureSites: {
      label: { "zh-CN": "法治文化阵地", en: "Rule-of-law culture sites" },
      unit: "个",
      aggregate: "sum",
      value: (d) => d.cultureSites,
    },
    legalUnderstanders: {
      label: { "zh-CN": "“法律明白人”", en: "Legally literate residents (法律明白人)" },
      unit: "名",
      aggregate: "sum",
      value: (d) => d.legalUnderstanders,
    },
    understanderCoverage: {
      label: { "zh-CN": "“法律明白人”覆盖率", en: "Villages with a 法律明白人" },
      unit: "%",
      aggregate: "rate",
      value: (d) => statedRateMetric(d.understanderCoverage),
      target: (s) => s.targetUnderstanderCoverage,
      path: "understanderCoverage.numerator",
    },
  },
  checks: [
    {
      id: "listed-units-without-list",
      level: "warning",
      path: "responsibilityList",
      message: {
        "zh-CN": "填写了纳入清单的单位数，但未勾选“落实谁执法谁普法责任制”",
        en: "Units on the duty list are entered, but the duty list itself is not marked",
      },
      fails: (d) => !d.responsibilityList && d.listedUnits !== null && d.listedUnits > 0,
    },
    {
      id: "lectures-exceed-activities",
      level: "warning",
      path: "lectures.value",
      message: {
        "zh-CN": "法治讲座场次多于普法宣传活动总场次，请核对（讲座通常计入活动）",
        en: "More lectures than publicity events: please check (lectures usually count as events)",
      },
      fails: (d) =>
        d.activities.value !== null &&
        d.lectures.value !== null &&
        d.activities.qualifier === "" &&
        d.lectures.value > d.activities.value,
    },
  ],
  render: renderLegalPublicity,
  form: () => import("./form.tsx"),
});
