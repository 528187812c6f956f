import { filledItems, narrative, orderedItems, z, type OrderedItem } from "@nianbao/sdk";

/** 下一步工作打算 / 下一年度推进法治政府建设的主要安排: an introduction, the measures (一是…二是…), further prose. */
export const plansSchema = z.object({
  /** The lead-in, e.g. "今后，我们将按照县政府的要求，…再上新台阶。". One paragraph per line. */
  intro: narrative({ max: 2000 }),
  /** The measures, in order; a lead sentence is optional ("一是完善法治机构设置，…"). */
  items: orderedItems({ max: 20, maxLength: 2000 }).default([]),
  /** Further paragraphs after the measures (e.g. a closing commitment), one per line. */
  more: narrative({ max: 5000 }),
});

export type Plans = z.output<typeof plansSchema>;

export const plansSettings = z.object({
  /** At least this many measures a year. */
  minMeasures: z.number().int().min(0).max(20).default(1).describe("工作安排不少于（项）"),
  /** Whether every measure must open with a lead sentence. The reference report uses none. */
  requireLeads: z.boolean().default(false).describe("每项须有引领句"),
});
export type PlansSettings = z.output<typeof plansSettings>;

export const plansDefaults: Plans = { intro: "", items: [], more: "" };

/** The items that print. */
export function listedItems(d: Plans): OrderedItem[] {
  return filledItems(d.items);
}
