import { itemPrefix, subHeadingNumbers } from "@nianbao/sdk";
import type { BlockNode, InlineNode, TextDoc } from "./schema.ts";

/**
 * Reading a stored document: its paragraphs in order (with where each sits), the plain text of inline
 * content with figures printed by a callback, and every figure token.
 */

/** Where a paragraph of the text sits: a paragraph, a sub-heading, an item of a run, or a table cell. */
export type TextPlace =
  | { kind: "paragraph"; block: number }
  | { kind: "heading"; block: number; level: 3 | 4; number: string }
  | { kind: "item"; block: number; item: number; prefix: string }
  | { kind: "cell"; block: number; row: number; cell: number; paragraph: number };

export interface TextParagraph {
  place: TextPlace;
  content: readonly InlineNode[];
}

/** Every paragraph-like piece of a document, in reading order, with sub-headings and items numbered. */
export function textParagraphs(doc: TextDoc): TextParagraph[] {
  const out: TextParagraph[] = [];
  const numbers = headingNumbers(doc);
  doc.content.forEach((b: BlockNode, block) => {
    switch (b.type) {
      case "paragraph":
        out.push({ place: { kind: "paragraph", block }, content: b.content ?? [] });
        break;
      case "heading":
        out.push({
          place: { kind: "heading", block, level: b.attrs.level, number: numbers.get(block)! },
          content: b.content ?? [],
        });
        break;
      case "itemRun":
        b.content.forEach((it, item) =>
          out.push({
            place: { kind: "item", block, item, prefix: itemPrefix(b.attrs.style, item) },
            content: it.content ?? [],
          }),
        );
        break;
      case "table":
        b.content.forEach((r, row) =>
          r.content.forEach((c, cell) =>
            c.content.forEach((p, paragraph) =>
              out.push({ place: { kind: "cell", block, row, cell, paragraph }, content: p.content ?? [] }),
            ),
          ),
        );
        break;
    }
  });
  return out;
}

/**
 * The automatic numbers of a document's sub-headings (block index → "1." / "（1）"), as the report prints
 * them inside a section: level 3 counts 1. 2. …, level 4 counts （1）（2）… and restarts under each level 3.
 */
export function headingNumbers(doc: TextDoc): Map<number, string> {
  const at = doc.content.flatMap((b, i) => (b.type === "heading" ? [{ i, level: b.attrs.level }] : []));
  const numbers = subHeadingNumbers(at.map((h) => h.level));
  return new Map(at.map((h, k) => [h.i, numbers[k]!]));
}

/** The plain text of inline content; a figure prints what `figure` returns for its key. */
export function inlineText(
  content: readonly InlineNode[] | undefined,
  figure: (key: string) => string,
): string {
  return (content ?? []).map((n) => (n.type === "text" ? n.text : figure(n.attrs.key))).join("");
}

/** Every figure token of a document, in reading order, with the paragraph it sits in. */
export function walkFigures(doc: TextDoc): Array<{ key: string; paragraph: TextParagraph }> {
  return textParagraphs(doc).flatMap((p) =>
    p.content.flatMap((n) => (n.type === "figure" ? [{ key: n.attrs.key, paragraph: p }] : [])),
  );
}

/** The keys of the figures a document shows. */
export function figureKeys(doc: TextDoc): Set<string> {
  return new Set(walkFigures(doc).map((f) => f.key));
}
