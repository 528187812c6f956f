import { defineSection, statedRateMetric } from "@nianbao/sdk";
import { renderGrassrootsGovernance } from "./render.ts";
import {
  demoVillageTotal,
  grassrootsGovernanceDefaults,
  grassrootsGovernanceSchema,
  grassrootsGovernanceSettings,
} from "./schema.ts";

export type { GrassrootsGovernance, GrassrootsGovernanceSettings } from "./schema.ts";

export default defineSection({
  id: "grassroots-governance",
  version: 1,
  title: { "zh-CN": "基层依法治理", en: "Law-based grassroots governance" },
  description: {
    "zh-CN": "民主法治示范村（社区）创建，村规民约，村（社区）法律顾问覆盖，基层立法联系点征求与报送意见。",
    en: "Democracy and rule-of-law model villages, village rules, legal advisers' coverage, the legislative contact point's opinions.",
  },
  schema: grassrootsGovernanceSchema,
  defaults: grassrootsGovernanceDefaults,
  settings: grassrootsGovernanceSettings,
  metrics: {
    demoVillages: {
      label: { "zh-CN": "民主法治示范村（社区）", en: "Model villages (communities)" },
      unit: "个",
      aggregate: "sum",
      value: demoVillageTotal,
    },
    newDemoVillages: {
      label: { "zh-CN": "新创建民主法治示范村（社区）", en: "Model villages named this year" },
      unit: "个",
      aggregate: "sum",
      value: (d) => d.demoVillages.newThisYear,
    },
    legalAdvisers: {
      label: { "zh-CN": "村（社区）法律顾问", en: "Village (community) legal advisers" },
      unit: "名",
      aggregate: "sum",
      value: (d) => d.advisers.count,
    },
    adviserCoverage: {
      label: { "zh-CN": "村（社区）法律顾问覆盖率", en: "Villages with a legal adviser" },
      unit: "%",
      aggregate: "rate",
      value: (d) => statedRateMetric(d.advisers.coverage),
      target: (s) => s.targetAdviserCoverage,
      path: "advisers.coverage.numerator",
    },
    legislativeDrafts: {
      label: { "zh-CN": "立法联系点征求意见草案", en: "Drafts consulted on" },
      unit: "部",
      aggregate: "sum",
      value: (d) => d.legislativePoint.drafts,
    },
    legislativeOpinions: {
      label: { "zh-CN": "立法联系点报送意见建议", en: "Opinions sent up" },
      unit: "条",
      aggregate: "sum",
      value: (d) => d.legislativePoint.opinions,
    },
  },
  checks: [
    {
      id: "new-within-total",
      level: "error",
      path: "demoVillages.newThisYear",
      message: {
        "zh-CN": "本年新创建的示范村（社区）数不能大于示范村（社区）总数",
        en: "More model villages named this year than in total",
      },
      fails: (d) =>
        d.demoVillages.newThisYear !== null && d.demoVillages.newThisYear > (demoVillageTotal(d) ?? 0),
    },
    {
      id: "opinions-without-point",
      level: "warning",
      path: "legislativePoint.name",
      message: {
        "zh-CN": "填写了立法联系点的意见建议，但未填写联系点名称",
        en: "Opinions are entered but the contact point is not named",
      },
      fails: (d) =>
        !d.legislativePoint.name.trim() &&
        ((d.legislativePoint.drafts ?? 0) > 0 || (d.legislativePoint.opinions.value ?? 0) > 0),
    },
  ],
  render: renderGrassrootsGovernance,
  form: () => import("./form.tsx"),
});
