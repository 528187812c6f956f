import { paragraphsFromText, printedItems, type Block, type Item, type RenderContext } from "@nianbao/sdk";
import type { Problems, ProblemsSettings } from "./schema.ts";

/**
 * 存在的问题: the lead-in paragraph ("…主要表现在："), then one paragraph per shortcoming
 * ("一是职权有限。基层工作有…"), then causes or further paragraphs. The last lead-in paragraph is the
 * items block's own intro, so it stays with the list it announces.
 */
export function renderProblems(d: Problems, _ctx: RenderContext<ProblemsSettings>): Block[] {
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
