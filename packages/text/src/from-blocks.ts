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
 * Plain text as inline content with figure tokens in place: every figure the recogniser matches to a catalog
 * figure whose current value prints exactly as written becomes a token, so that switching a section to own
 * words retypes nothing and prints character for character the same.
 */
export function bindFigures(text: string, catalog: FigureCatalog): InlineNode[] {
  const out: InlineNode[] = [];
  let at = 0;
  const byKey = new Map(catalog.map((c) => [c.key, c]));
  for (const f of recogniseFigures(text, catalog)) {
    const c = f.match && byKey.get(f.match.key);
    if (!c?.value) continue;
    // The token prints the figure's value; bind only where the text shows exactly that value (a leading
    // 达/共 stays a word of the sentence).
    if (!f.text.endsWith(c.value)) continue;
    const start = f.end - c.value.length;
    if (start > at) out.push(txt(text.slice(at, start)));
    out.push(fig(c.key));
    at = f.end;
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
            ...b.items.map((i) => item(...(i.lead ? [txt(ensureEnd(i.lead, "。"), true)] : []), ...bind(i.text))),
          ),
        );
        break;
      case "table": {
        const table: TableNode = {
          type: "table",
          content: [
            { type: "tableRow", content: cells(b.columns, "tableHeader", catalog) },
            ...b.rows.map((r) => ({ type: "tableRow" as const, content: cells(b.columns.map((_, i) => r[i] ?? ""), "tableCell", catalog) })),
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
