import { defineSection, orderedItemsChecks } from "@nianbao/sdk";
import { renderPlans } from "./render.ts";
import {
  listedItems,
  plansDefaults,
  plansSchema,
  plansSettings,
  type Plans,
  type PlansSettings,
} from "./schema.ts";

export type { Plans } from "./schema.ts";

export default defineSection({
  id: "plans",
  version: 1,
  title: { "zh-CN": "下一步工作打算", en: "Plans for next year" },
  description: {
    "zh-CN": "下一步工作打算（下一年度推进法治政府建设的主要安排）：引言和逐条列出的措施（一是…二是…）。",
    en: "Next year's main plans for building rule-of-law government: a lead-in and the measures one by one (一是…二是…).",
  },
  schema: plansSchema,
  defaults: plansDefaults,
  settings: plansSettings,
  metrics: {
    measures: {
      label: { "zh-CN": "下一步工作措施", en: "Measures planned" },
      unit: "项",
      aggregate: "sum",
      description: "measures planned for next year (non-empty items)",
      value: (d) => listedItems(d).length,
    },
  },
  checks: [
    {
      id: "no-measures",
      level: "warning",
      path: "items",
      message: {
        "zh-CN": "未列出任何工作措施：年度报告须写明下一年度的主要安排",
        en: "No measure is listed: the annual report must set out next year's plans",
      },
      fails: (d) => listedItems(d).length === 0,
    },
    {
      id: "min-measures",
      level: "warning",
      path: "items",
      message: (_d, s) => ({
        "zh-CN": `列出的工作措施少于本年度要求（不少于${s.minMeasures}项）`,
        en: `Fewer measures than this year's minimum (${s.minMeasures})`,
      }),
      fails: (d, s) => {
        const n = listedItems(d).length;
        return n > 0 && n < s.minMeasures;
      },
    },
    // Lead without text, text without lead, mixed leads, blank and duplicate items: the SDK's list checks.
    ...orderedItemsChecks<Plans, PlansSettings>((d) => d.items, {
      leadWithoutText: (n) => ({
        "zh-CN": `${n}只有要点，缺少具体措施`,
        en: `Item(s) ${n} have a lead sentence but no details`,
      }),
      textWithoutLead: (n) => ({
        "zh-CN": `${n}缺少概括措施的要点`,
        en: `Item(s) ${n} have details but no lead sentence`,
      }),
      mixedLeads: {
        "zh-CN": "部分措施有要点、部分没有，格式不统一",
        en: "Some measures have a lead sentence and others do not",
      },
      duplicate: { "zh-CN": "同一措施列出了不止一次", en: "The same measure is listed more than once" },
    }),
  ],
  render: renderPlans,
  form: () => import("./form.tsx"),
});
