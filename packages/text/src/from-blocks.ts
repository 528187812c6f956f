import { ensureEnd, itemsToParagraphs, type Block } from "@nianbao/sdk";
import type { FigureCatalog } from "./catalog.ts";
import { recogniseFigures } from "./recognise.ts";
import {
  doc,
  fig,
  heading,
  item,
  itemRun,
  para,
  txt,
  type BlockNode,
  type InlineNode,
  type TableNode,
  type TextDoc,
} from "./schema.ts";

/**
 * Plain text as inline content with figure tokens in place: every figure written exactly as a catalog figure's
 * current value prints becomes that figure's token — the only figure with that value, or among several the one
 * the recogniser names — so that switching a section to own words retypes nothing and prints character for
 * character the same.
 */
export function bindFigures(text: string, catalog: FigureCatalog): InlineNode[] {
  const out: InlineNode[] = [];
  let at = 0;
  for (const f of recogniseFigures(text, catalog)) {
    // The generated text prints the section's own figures: a value only one figure has is that figure; a
    // value several share goes to the one the recogniser names (by label).
    const shows = (v: string) =>
      /^\d/.test(v) && (f.text.endsWith(v) || f.text.endsWith(`${v}以上`) || f.text.endsWith(`${v}左右`));
    const same = catalog.filter((c) => c.value && shows(c.value));
    const c = same.length === 1 ? same[0] : f.match ? same.find((x) => x.key === f.match!.key) : undefined;
    if (!c?.value) continue;
    // The token prints the figure's value; a leading 达 and a trailing 以上/左右 stay words of the sentence.
    const start = f.start + f.text.lastIndexOf(c.value);
    if (start > at) out.push(txt(text.slice(at, start)));
    out.push(fig(c.key));
    at = start + c.value.length;
  }
  if (at < text.length) out.push(txt(text.slice(at)));
  return out;
}

function cells(texts: readonly string[], type: "tableHeader" | "tableCell", catalog: FigureCatalog) {
  return texts.map((t) => ({ type, content: [para(...bindFigures(t, catalog))] }));
}

/**
 * The own-words document a section starts from when the township switches to its own words: the plugin's
 * generated blocks, turned into paragraphs, sub-headings, item runs and tables, with figure tokens where the
 * generated text prints a catalog figure. Prints character for character as the generated blocks.
 */
export function blocksToText(blocks: readonly Block[], catalog: FigureCatalog): TextDoc {
  const bind = (text: string) => bindFigures(text, catalog);
  const out: BlockNode[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case "paragraph":
        out.push(para(...bind(b.text)));
        break;
      case "heading":
        out.push(heading(b.level, ...bind(b.text)));
        break;
      case "items":
        if (b.layout === "inline" && b.intro) {
          // An introduction running into its items is one paragraph of text (its ordinals become words).
          out.push(...itemsToParagraphs(b).map((p) => para(...bind(p))));
          break;
        }
        if (b.intro) out.push(para(...bind(b.intro)));
        out.push(
          itemRun(
            b.style,
            b.layout,
            ...b.items.map((i) =>
              item(...(i.lead ? [txt(ensureEnd(i.lead, "。"), true)] : []), ...bind(i.text)),
            ),
          ),
        );
        break;
      case "table": {
        const table: TableNode = {
          type: "table",
          content: [
            { type: "tableRow", content: cells(b.columns, "tableHeader", catalog) },
            ...b.rows.map((r) => ({
              type: "tableRow" as const,
              content: cells(
                b.columns.map((_, i) => r[i] ?? ""),
                "tableCell",
                catalog,
              ),
            })),
          ],
        };
        out.push(table);
        break;
      }
      case "figures":
        out.push(para(...bind(`${b.items.map((f) => f.label + f.value).join("；")}。`)));
        break;
    }
  }
  return doc(...out);
}
