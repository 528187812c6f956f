import { defineSection, statedRateMetric, type QualifiedCount } from "@nianbao/sdk";
import { renderSafetyPetitions } from "./render.ts";
import { safetyPetitionsDefaults, safetyPetitionsSchema, safetyPetitionsSettings } from "./schema.ts";

export type { SafetyPetitions, SafetyPetitionsSettings } from "./schema.ts";

/** More resolved than an exact count received (a lower bound such as "超100件" can hold more). */
const overReceived = (received: QualifiedCount, resolved: number | null) =>
  resolved !== null && received.value !== null && received.qualifier === "" && resolved > received.value;

export default defineSection({
  id: "safety-petitions",
  version: 1,
  title: { "zh-CN": "平安建设与信访", en: "Public safety and petitions" },
  description: {
    "zh-CN": "矛盾风险隐患排查化解，群众来信来访与按期办结率，12345热线工单办结与满意率。",
    en: "Risks screened and resolved, petitions and their on-time resolution, 12345 hotline cases and satisfaction.",
  },
  schema: safetyPetitionsSchema,
  defaults: safetyPetitionsDefaults,
  settings: safetyPetitionsSettings,
  metrics: {
    risksScreened: {
      label: { "zh-CN": "排查矛盾风险隐患", en: "Risks screened" },
      unit: "处",
      aggregate: "sum",
      value: (d) => d.safety.risksScreened,
    },
    petitionsReceived: {
      label: { "zh-CN": "受理信访事项", en: "Petitions received" },
      unit: "件",
      aggregate: "sum",
      value: (d) => d.petitions.received,
    },
    petitionsResolved: {
      label: { "zh-CN": "信访事项办结", en: "Petitions resolved" },
      unit: "件",
      aggregate: "sum",
      value: (d) => d.petitions.resolved,
    },
    petitionsOnTime: {
      label: { "zh-CN": "信访按期办结率", en: "Petitions resolved on time" },
      unit: "%",
      aggregate: "rate",
      value: (d) => statedRateMetric(d.petitions.onTime),
      target: (s) => s.targetOnTimeRate,
      path: "petitions.onTime.numerator",
    },
    hotlineReceived: {
      label: { "zh-CN": "受理12345热线工单", en: "12345 hotline cases" },
      unit: "件",
      aggregate: "sum",
      value: (d) => d.hotline.received,
    },
    hotlineResolved: {
      label: { "zh-CN": "12345热线工单办结", en: "12345 hotline cases resolved" },
      unit: "件",
      aggregate: "sum",
      value: (d) => d.hotline.resolved,
    },
    hotlineSatisfaction: {
      label: { "zh-CN": "12345热线满意率", en: "12345 hotline satisfaction" },
      unit: "%",
      aggregate: "rate",
      value: (d) => statedRateMetric(d.hotline.satisfaction),
      target: (s) => s.targetHotlineSatisfaction || null,
      path: "hotline.satisfaction.numerator",
    },
  },
  checks: [
    {
      id: "risks-resolved-within-screened",
      level: "error",
      path: "safety.risksResolved",
      message: { "zh-CN": "化解的风险隐患数不能大于排查数", en: "More risks resolved than screened" },
      fails: (d) => overReceived(d.safety.risksScreened, d.safety.risksResolved),
    },
    {
      id: "petitions-resolved-within-received",
      level: "error",
      path: "petitions.resolved",
      message: { "zh-CN": "办结的信访事项数不能大于受理数", en: "More petitions resolved than received" },
      fails: (d) => overReceived(d.petitions.received, d.petitions.resolved),
    },
    {
      id: "hotline-resolved-within-received",
      level: "error",
      path: "hotline.resolved",
      message: { "zh-CN": "办结的热线工单数不能大于受理数", en: "More hotline cases resolved than received" },
      fails: (d) => overReceived(d.hotline.received, d.hotline.resolved),
    },
    {
      id: "on-time-exceeds-resolved",
      level: "warning",
      path: "petitions.onTime.denominator",
      message: {
        "zh-CN": "按期办结率的分母应为办结的信访事项数，请核对",
        en: "The on-time rate's denominator should be the petitions resolved: please check",
      },
      fails: (d) =>
        d.petitions.resolved !== null &&
        d.petitions.onTime.denominator !== null &&
        d.petitions.onTime.denominator !== d.petitions.resolved,
    },
  ],
  render: renderSafetyPetitions,
  form: () => import("./form.tsx"),
});
