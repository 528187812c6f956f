import { paragraphsFromText, type Block, type Item, type ItemsBlock } from "./blocks.ts";
import type { CheckDef } from "./define.ts";
import type { OrderedItem } from "./fields.ts";
import { chineseNumeral } from "./numbers.ts";
import type { LocalizedText } from "./text.ts";

// Ordered items (一是…二是…), shared by every section that lists them: which items print, how they print, and
// the checks every such list needs. A plugin supplies only its wording.

/** An item with something in it (a blank item does not print). */
export function isFilledItem(item: OrderedItem): boolean {
  return item.lead.trim() !== "" || item.text.trim() !== "";
}

/** The items that print, in order. */
export function filledItems(items: readonly OrderedItem[]): OrderedItem[] {
  return items.filter(isFilledItem);
}

/** The printed items as the document's items block takes them (a lead sentence only where there is one). */
export function printedItems(items: readonly OrderedItem[]): Item[] {
  return filledItems(items).map((i) =>
    i.lead.trim() ? { lead: i.lead.trim(), text: i.text.trim() } : { text: i.text.trim() },
  );
}

export interface LeadInItemsOptions {
  /** How the items are numbered: 一是… (default), 1. or （1）. */
  style?: ItemsBlock["style"];
  /** `paragraphs` (default): each item its own paragraph; `inline`: the items run in one paragraph. */
  layout?: ItemsBlock["layout"];
  /**
   * Whether the last lead-in paragraph becomes the items block's own intro, so that it stays with the list
   * it announces ("…主要表现在：" then 一是…). Default: true for `paragraphs`, false for `inline`.
   */
  attachIntro?: boolean;
}

/**
 * The shape many sections share: lead-in paragraphs, the ordered items (blank ones skipped), then further
 * paragraphs (a narrative field, one paragraph per line). With no item to print, the lead-in and the
 * further paragraphs only.
 */
export function leadInItems(
  leadIn: readonly Block[],
  items: readonly OrderedItem[],
  more: string | null | undefined,
  { style = "yishi", layout = "paragraphs", attachIntro = layout === "paragraphs" }: LeadInItemsOptions = {},
): Block[] {
  const printed = printedItems(items);
  const further = paragraphsFromText(more);
  if (printed.length === 0) return [...leadIn, ...further];
  const last = leadIn.at(-1);
  const intro = attachIntro && last?.type === "paragraph" && !last.runs ? last.text : null;
  const list: Block = { type: "items", style, layout, ...(intro !== null ? { intro } : {}), items: printed };
  return [...(intro !== null ? leadIn.slice(0, -1) : leadIn), list, ...further];
}

/** "一是、三是": the ordinals (as printed: blank items are skipped) of the printed items that match. */
export function itemOrdinals(items: readonly OrderedItem[], match: (i: OrderedItem) => boolean): string {
  return filledItems(items)
    .flatMap((item, i) => (match(item) ? [`${chineseNumeral(i + 1)}是`] : []))
    .join("、");
}

/** The section's own words for the ordered-items checks (what an item is: 问题, 措施…). */
export interface OrderedItemsWording {
  /** Items with a lead sentence but no explanation; `ordinals` is e.g. "一是、三是". */
  leadWithoutText: (ordinals: string) => LocalizedText;
  /** Items with an explanation but no lead sentence, when the year requires lead sentences. */
  textWithoutLead: (ordinals: string) => LocalizedText;
  /** Some items with a lead sentence and some without, when the year does not require them. */
  mixedLeads: LocalizedText;
  /** The same item listed twice. */
  duplicate: LocalizedText;
}

const leadOnly = (i: OrderedItem) => i.lead.trim() !== "" && i.text.trim() === "";
const textOnly = (i: OrderedItem) => i.lead.trim() === "" && i.text.trim() !== "";
const itemKey = (i: OrderedItem) => `${i.lead.trim()}|${i.text.trim()}`;

/**
 * The checks every ordered-items list needs (warnings, on the form field `path`): lead without text, text
 * without lead (when the year's `requireLeads` setting asks for leads), mixed leads (when it does not), blank
 * items, duplicates.
 */
export function orderedItemsChecks<D, S extends { requireLeads: boolean }>(
  itemsOf: (data: D) => readonly OrderedItem[],
  wording: OrderedItemsWording,
  path = "items",
): CheckDef<D, S>[] {
  const listed = (d: D) => filledItems(itemsOf(d));
  return [
    {
      id: "lead-without-text",
      level: "warning",
      path,
      message: (d) => wording.leadWithoutText(itemOrdinals(itemsOf(d), leadOnly)),
      fails: (d) => itemsOf(d).some(leadOnly),
    },
    {
      id: "text-without-lead",
      level: "warning",
      path,
      message: (d) => wording.textWithoutLead(itemOrdinals(itemsOf(d), textOnly)),
      fails: (d, s) => s.requireLeads && itemsOf(d).some(textOnly),
    },
    {
      id: "mixed-leads",
      level: "warning",
      path,
      message: wording.mixedLeads,
      fails: (d, s) => !s.requireLeads && listed(d).some(textOnly) && listed(d).some((i) => !textOnly(i)),
    },
    {
      id: "blank-item",
      level: "warning",
      path,
      message: { "zh-CN": "有空白的条目，该条不会出现在报告中", en: "A blank item will not print" },
      fails: (d) => itemsOf(d).some((i) => !isFilledItem(i)),
    },
    {
      id: "duplicate-items",
      level: "warning",
      path,
      message: wording.duplicate,
      fails: (d) => new Set(listed(d).map(itemKey)).size !== listed(d).length,
    },
  ];
}
