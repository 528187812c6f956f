import { leadInItems, paragraphsFromText, type Block, type RenderContext } from "@nianbao/sdk";
import type { Plans, PlansSettings } from "./schema.ts";

/**
 * 下一步工作打算: the lead-in paragraph, then one paragraph per measure ("一是完善法治机构设置，…"), then any
 * further paragraphs (the SDK's `leadInItems`).
 */
export function renderPlans(d: Plans, _ctx: RenderContext<PlansSettings>): Block[] {
  return leadInItems(paragraphsFromText(d.intro), d.items, d.more);
}
