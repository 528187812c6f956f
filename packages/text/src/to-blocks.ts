import { runsText, type Block, type Item, type Run } from "@nianbao/sdk";
import { catalogByKey, tokenText, type FigureCatalog } from "./catalog.ts";
import { inlineText } from "./nodes.ts";
import { isRunIn, type InlineNode, type TableNode, type TextDoc } from "./schema.ts";

/**
 * The own words as document blocks, with every figure token printing its current value from the catalog
 * (its label in 【】 while the field is empty). What the report prints for a section in own-words mode:
 * paragraphs of runs, sub-headings (numbered by the report), items blocks (一是/1./（1）, numbered by the
 * writers), tables. Empty paragraphs and items print nothing.
 */
export function textToBlocks(doc: TextDoc, catalog: FigureCatalog): Block[] {
  const byKey = catalogByKey(catalog);
  const runsOf = (content: readonly InlineNode[] | undefined): Run[] =>
    (content ?? []).map((n): Run => {
      if (n.type === "text") return isRunIn(n) ? { text: n.text, runIn: true } : { text: n.text };
      const { text, missing } = tokenText(byKey.get(n.attrs.key), n.attrs.key);
      return { text, figure: n.attrs.key, ...(missing ? { missing: true } : {}) };
    });
  const plain = (content: readonly InlineNode[] | undefined) =>
    inlineText(content, (key) => tokenText(byKey.get(key), key).text);
  const rich = (runs: Run[]) => runs.some((r) => r.figure || r.runIn);

  const out: Block[] = [];
  for (const b of doc.content) {
    switch (b.type) {
      case "paragraph": {
        const runs = runsOf(b.content);
        const text = runsText(runs).trim();
        if (text) out.push(rich(runs) ? { type: "paragraph", text, runs } : { type: "paragraph", text });
        break;
      }
      case "heading": {
        const text = plain(b.content).trim();
        if (text) out.push({ type: "heading", level: b.attrs.level, text });
        break;
      }
      case "itemRun": {
        const items: Item[] = [];
        for (const it of b.content) {
          const runs = runsOf(it.content);
          const text = runsText(runs).trim();
          if (text) items.push(rich(runs) ? { text, runs } : { text });
        }
        if (items.length) out.push({ type: "items", style: b.attrs.style, layout: b.attrs.layout, items });
        break;
      }
      case "table":
        out.push(...tableBlock(b, plain));
        break;
    }
  }
  return out;
}

/** A table node as a table block: the first row is the header; a cell's paragraphs run together. */
function tableBlock(b: TableNode, plain: (c: readonly InlineNode[] | undefined) => string): Block[] {
  const rows = b.content.map((r) =>
    r.content.flatMap((c) => {
      const text = c.content
        .map((p) => plain(p.content).trim())
        .filter(Boolean)
        .join("");
      // A cell spanning columns keeps the columns of the table aligned.
      return [text, ...Array.from({ length: (c.attrs?.colspan ?? 1) - 1 }, () => "")];
    }),
  );
  const [columns, ...body] = rows;
  if (!columns || rows.every((r) => r.every((c) => c === ""))) return [];
  return [{ type: "table", columns, rows: body }];
}
