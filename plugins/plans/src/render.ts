import { paragraphsFromText, printedItems, type Block, type Item, type RenderContext } from "@nianbao/sdk";
import type { Plans, PlansSettings } from "./schema.ts";

/**
 * 下一步工作打算: the lead-in paragraph, then one paragraph per measure ("一是完善法治机构设置，…"), then any
 * further paragraphs. The last lead-in paragraph is the items block's own intro, so it stays with the list.
 */
export function renderPlans(d: Plans, _ctx: RenderContext<PlansSettings>): Block[] {
  const intro = paragraphsFromText(d.intro);
  const items: Item[] = printedItems(d.items);
  const more = paragraphsFromText(d.more);
  if (items.length === 0) return [...intro, ...more];
  const last = intro.at(-1);
  const list: Block = {
    type: "items",
    style: "yishi",
    layout: "paragraphs",
    ...(last && last.type === "paragraph" ? { intro: last.text } : {}),
    items,
  };
  return [...intro.slice(0, -1), list, ...more];
}
