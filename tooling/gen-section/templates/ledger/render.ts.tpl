import { paragraph, paragraphsFromText, type Block, type RenderContext } from "@nianbao/sdk";
import { totalParticipants, type __Name__, type __Name__Settings } from "./schema.ts";

/** Pure: the section's data → document blocks (the core adds the numbered heading). */
export function render__Name__(d: __Name__, ctx: RenderContext<__Name__Settings>): Block[] {
  if (d.entries.length === 0) return paragraphsFromText(d.intro);
  const people = totalParticipants(d);
  return [
    ...paragraphsFromText(d.intro),
    ...paragraph(`${ctx.year}年共开展${d.entries.length}项${people > 0 ? `，参与${people}人次` : ""}。`),
    ...(ctx.settings.printTable
      ? [
          {
            type: "table" as const,
            columns: ["日期", "事项", "参与人次"],
            rows: d.entries.map((e) => [e.date, e.title, e.participants === null ? "" : String(e.participants)]),
          },
        ]
      : []),
  ];
}
