import { paragraph, paragraphsFromText, type Block, type RenderContext } from "@nianbao/sdk";
import type { ReconsiderationLitigation, ReconsiderationLitigationSettings } from "./schema.ts";

/** Pure: the section's data → document blocks (the core adds the numbered heading). */
export function renderReconsiderationLitigation(d: ReconsiderationLitigation, ctx: RenderContext<ReconsiderationLitigationSettings>): Block[] {
  const items = d.measures.filter((m) => m.text.trim() !== "");
  return [
    ...paragraphsFromText(d.summary),
    ...(items.length ? [{ type: "items" as const, style: "yishi" as const, layout: "inline" as const, items }] : []),
    ...paragraph(d.events !== null && d.events > 0 ? `${ctx.year}年共开展相关活动${d.events}次。` : null),
  ];
}
