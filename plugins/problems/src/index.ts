import { defineSection, orderedItemsChecks } from "@nianbao/sdk";
import { renderProblems } from "./render.ts";
import {
  listedItems,
  problemsDefaults,
  problemsSchema,
  problemsSettings,
  type Problems,
  type ProblemsSettings,
} from "./schema.ts";

export type { Problems } from "./schema.ts";

export default defineSection({
  id: "problems",
  version: 1,
  title: { "zh-CN": "存在的问题", en: "Shortcomings" },
  description: {
    "zh-CN": "存在的问题（存在的不足和原因）：引言、逐条列出的问题（一是…二是…）及原因分析。",
    en: "Shortcomings and their causes: a lead-in, the shortcomings one by one (一是…二是…) and their causes.",
  },
  schema: problemsSchema,
  defaults: problemsDefaults,
  settings: problemsSettings,
  metrics: {
    problems: {
      label: { "zh-CN": "查摆问题", en: "Shortcomings named" },
      unit: "项",
      aggregate: "sum",
      description: "shortcomings named (non-empty items)",
      value: (d) => listedItems(d).length,
    },
  },
  checks: [
    {
      id: "no-problems",
      level: "warning",
      path: "items",
      message: {
        "zh-CN": "未列出任何问题：年度报告须如实查摆存在的不足",
        en: "No shortcoming is listed: the annual report must name its shortcomings",
      },
      fails: (d) => listedItems(d).length === 0,
    },
    {
      id: "min-problems",
      level: "warning",
      path: "items",
      message: (_d, s) => ({
        "zh-CN": `列出的问题少于本年度要求（不少于${s.minProblems}项）`,
        en: `Fewer shortcomings than this year's minimum (${s.minProblems})`,
      }),
      fails: (d, s) => {
        const n = listedItems(d).length;
        return n > 0 && n < s.minProblems;
      },
    },
    // Lead without text, text without lead, mixed leads, blank and duplicate items: the SDK's list checks.
    ...orderedItemsChecks<Problems, ProblemsSettings>((d) => d.items, {
      leadWithoutText: (n) => ({
        "zh-CN": `${n}只有要点，缺少具体说明`,
        en: `Item(s) ${n} have a lead sentence but no explanation`,
      }),
      textWithoutLead: (n) => ({
        "zh-CN": `${n}缺少概括问题的要点（如“职权有限”）`,
        en: `Item(s) ${n} have an explanation but no lead sentence`,
      }),
      mixedLeads: {
        "zh-CN": "部分问题有要点、部分没有，格式不统一",
        en: "Some shortcomings have a lead sentence and others do not",
      },
      duplicate: { "zh-CN": "同一问题列出了不止一次", en: "The same shortcoming is listed more than once" },
    }),
  ],
  render: renderProblems,
  form: () => import("./form.tsx"),
});
