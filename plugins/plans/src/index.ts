import { chineseNumeral, defineSection, type OrderedItem } from "@nianbao/sdk";
import { renderPlans } from "./render.ts";
import { isFilled, listedItems, plansDefaults, plansSchema, plansSettings } from "./schema.ts";

export { plansSchema, plansSettings, plansDefaults, type Plans } from "./schema.ts";

/** "一是、三是": the ordinals (as printed: blank items are skipped) of the printed items that match. */
function ordinals(items: OrderedItem[], match: (i: OrderedItem) => boolean): string {
  return items
    .filter(isFilled)
    .flatMap((item, i) => (match(item) ? [`${chineseNumeral(i + 1)}是`] : []))
    .join("、");
}

const leadOnly = (i: OrderedItem) => i.lead.trim() !== "" && i.text.trim() === "";
const textOnly = (i: OrderedItem) => i.lead.trim() === "" && i.text.trim() !== "";
const key = (i: OrderedItem) => `${i.lead.trim()}|${i.text.trim()}`;

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
    {
      id: "lead-without-text",
      level: "warning",
      path: "items",
      message: (d) => ({
        "zh-CN": `${ordinals(d.items, leadOnly)}只有要点，缺少具体措施`,
        en: `Item(s) ${ordinals(d.items, leadOnly)} have a lead sentence but no details`,
      }),
      fails: (d) => d.items.some(leadOnly),
    },
    {
      id: "text-without-lead",
      level: "warning",
      path: "items",
      message: (d) => ({
        "zh-CN": `${ordinals(d.items, textOnly)}缺少概括措施的要点`,
        en: `Item(s) ${ordinals(d.items, textOnly)} have details but no lead sentence`,
      }),
      fails: (d, s) => s.requireLeads && d.items.some(textOnly),
    },
    {
      id: "mixed-leads",
      level: "warning",
      path: "items",
      message: { "zh-CN": "部分措施有要点、部分没有，格式不统一", en: "Some measures have a lead sentence and others do not" },
      fails: (d, s) => !s.requireLeads && listedItems(d).some(textOnly) && listedItems(d).some((i) => !textOnly(i)),
    },
    {
      id: "blank-item",
      level: "warning",
      path: "items",
      message: { "zh-CN": "有空白的条目，该条不会出现在报告中", en: "A blank item will not print" },
      fails: (d) => d.items.some((i) => !isFilled(i)),
    },
    {
      id: "duplicate-items",
      level: "warning",
      path: "items",
      message: { "zh-CN": "同一措施列出了不止一次", en: "The same measure is listed more than once" },
      fails: (d) => new Set(listedItems(d).map(key)).size !== listedItems(d).length,
    },
  ],
  render: renderPlans,
  form: () => import("./form.tsx"),
});
