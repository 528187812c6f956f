import { paragraph, paragraphsFromText, type Block, type RenderContext } from "@nianbao/sdk";
import type { LegalPublicity, LegalPublicitySettings } from "./schema.ts";

/** Pure: the section's data → document blocks (the core adds the numbered heading). */
export function renderLegalPublicity(d: LegalPublicity, ctx: RenderContext<LegalPublicitySettings>): Block[] {
  const items = d.measures.filter((m) => m.text.trim() !== "");
  return [
    ...paragraphsFromText(d.summary),
    ...(items.length ? [{ type: "items" as const, style: "yishi" as const, layout: "inline" as const, items }] : []),
    ...paragraph(d.events !== null && d.events > 0 ? `${ctx.year}年共开展相关活动${d.events}次。` : null),
  ];
}
