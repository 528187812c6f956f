import { filledItems, narrative, orderedItems, z, type OrderedItem } from "@nianbao/sdk";

/** 存在的问题 / 存在的不足和原因: an introduction, the shortcomings (一是…二是…), and any causes or further prose. */
export const problemsSchema = z.object({
  /** The lead-in, e.g. "总结回顾我镇一年来的法治政府建设工作，…主要表现在：". One paragraph per line. */
  intro: narrative({ max: 2000 }),
  /** The shortcomings, in order: each a lead sentence ("职权有限") and its explanation. */
  items: orderedItems({ max: 20, maxLength: 2000 }).default([]),
  /** Causes and anything further, one paragraph per line, printed after the shortcomings. */
  more: narrative({ max: 5000 }),
});

export type Problems = z.output<typeof problemsSchema>;

export const problemsSettings = z.object({
  /** At least this many shortcomings a year. */
  minProblems: z.number().int().min(0).max(20).default(1).describe("存在的问题不少于（条）"),
  /** Whether every shortcoming must open with a lead sentence ("一是职权有限。…"), as the reference does. */
  requireLeads: z.boolean().default(true).describe("每条须有引领句（如“一是职权有限。”）"),
});
export type ProblemsSettings = z.output<typeof problemsSettings>;

export const problemsDefaults: Problems = { intro: "", items: [], more: "" };

/** The items that print. */
export function listedItems(d: Problems): OrderedItem[] {
  return filledItems(d.items);
}
