import { leadInItems, paragraphsFromText, type Block, type RenderContext } from "@nianbao/sdk";
import type { Problems, ProblemsSettings } from "./schema.ts";

/**
 * 存在的问题: the lead-in paragraph ("…主要表现在："), then one paragraph per shortcoming
 * ("一是职权有限。基层工作有…"), then causes or further paragraphs (the SDK's `leadInItems`).
 */
export function renderProblems(d: Problems, _ctx: RenderContext<ProblemsSettings>): Block[] {
  return leadInItems(paragraphsFromText(d.intro), d.items, d.more);
}
