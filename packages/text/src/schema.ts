import { z } from "zod";

/**
 * The stored document of a section's own words: a ProseMirror / Tiptap JSON document (see README.md for the
 * contract shared with the editor). Only the nodes an official report uses are allowed — no fonts, colours or
 * sizes; unknown attributes are dropped when a document is parsed, unknown nodes and marks are refused.
 */

/** Limits of one section's text (checked by the schema; the API refuses bigger documents with a message). */
export const TEXT_LIMITS = {
  /** Characters of plain text in one section. */
  chars: 60_000,
  /** Block nodes (paragraphs, items, rows …) in one section. */
  blocks: 2_000,
  /** Size of the stored JSON, in characters. */
  json: 400_000,
} as const;

export const runInMarkSchema = z.object({ type: z.literal("runIn") });

export const textNodeSchema = z.object({
  type: z.literal("text"),
  text: z.string().min(1),
  marks: z.array(runInMarkSchema).max(1).optional(),
});

export const figureNodeSchema = z.object({
  type: z.literal("figure"),
  attrs: z.object({ key: z.string().min(1).max(200) }),
});

export const inlineSchema = z.discriminatedUnion("type", [textNodeSchema, figureNodeSchema]);
const inlineContent = z.array(inlineSchema).optional();

export const paragraphNodeSchema = z.object({ type: z.literal("paragraph"), content: inlineContent });

export const headingNodeSchema = z.object({
  type: z.literal("heading"),
  attrs: z.object({ level: z.union([z.literal(3), z.literal(4)]) }),
  content: inlineContent,
});

export const ITEM_STYLES = ["yishi", "decimal", "paren"] as const;
export const ITEM_LAYOUTS = ["inline", "paragraphs"] as const;

export const itemNodeSchema = z.object({ type: z.literal("item"), content: inlineContent });

export const itemRunNodeSchema = z.object({
  type: z.literal("itemRun"),
  attrs: z.object({
    style: z.enum(ITEM_STYLES).default("yishi"),
    layout: z.enum(ITEM_LAYOUTS).default("paragraphs"),
  }),
  content: z.array(itemNodeSchema).min(1),
});

const cellAttrs = z
  .object({
    colspan: z.number().int().min(1).max(50).default(1),
    rowspan: z.number().int().min(1).max(500).default(1),
  })
  .optional();
export const tableCellNodeSchema = z.object({
  type: z.enum(["tableCell", "tableHeader"]),
  attrs: cellAttrs,
  content: z.array(paragraphNodeSchema).min(1),
});
export const tableRowNodeSchema = z.object({
  type: z.literal("tableRow"),
  content: z.array(tableCellNodeSchema).min(1),
});
export const tableNodeSchema = z.object({
  type: z.literal("table"),
  content: z.array(tableRowNodeSchema).min(1),
});

export const blockNodeSchema = z.discriminatedUnion("type", [
  paragraphNodeSchema,
  headingNodeSchema,
  itemRunNodeSchema,
  tableNodeSchema,
]);

export const textDocSchema = z
  .object({ type: z.literal("doc"), content: z.array(blockNodeSchema) })
  .superRefine((doc, ctx) => {
    const { chars, blocks } = measureDoc(doc);
    if (chars > TEXT_LIMITS.chars) {
      ctx.addIssue({ code: "custom", message: `正文不超过${TEXT_LIMITS.chars}字（现有${chars}字）` });
    }
    if (blocks > TEXT_LIMITS.blocks) {
      ctx.addIssue({ code: "custom", message: `正文不超过${TEXT_LIMITS.blocks}段（现有${blocks}段）` });
    }
  });

export type TextNode = z.infer<typeof textNodeSchema>;
export type FigureNode = z.infer<typeof figureNodeSchema>;
export type InlineNode = z.infer<typeof inlineSchema>;
export type ParagraphNode = z.infer<typeof paragraphNodeSchema>;
export type HeadingNode = z.infer<typeof headingNodeSchema>;
export type ItemNode = z.infer<typeof itemNodeSchema>;
export type ItemRunNode = z.infer<typeof itemRunNodeSchema>;
export type ItemStyle = (typeof ITEM_STYLES)[number];
export type ItemLayout = (typeof ITEM_LAYOUTS)[number];
export type TableCellNode = z.infer<typeof tableCellNodeSchema>;
export type TableRowNode = z.infer<typeof tableRowNodeSchema>;
export type TableNode = z.infer<typeof tableNodeSchema>;
export type BlockNode = z.infer<typeof blockNodeSchema>;
export type TextDoc = z.infer<typeof textDocSchema>;

/** Characters of text (a figure counts as one) and block nodes of a document. */
export function measureDoc(doc: { content: readonly BlockNode[] }): { chars: number; blocks: number } {
  let chars = 0;
  let blocks = 0;
  const inline = (content: readonly InlineNode[] | undefined) => {
    for (const n of content ?? []) chars += n.type === "text" ? n.text.length : 1;
  };
  for (const b of doc.content) {
    blocks += 1;
    if (b.type === "itemRun") {
      for (const item of b.content) {
        blocks += 1;
        inline(item.content);
      }
    } else if (b.type === "table") {
      for (const row of b.content) {
        blocks += 1;
        for (const cell of row.content) for (const p of cell.content) inline(p.content);
      }
    } else inline(b.content);
  }
  return { chars, blocks };
}

export type ParseTextResult = { ok: true; doc: TextDoc } | { ok: false; message: string };

/**
 * Parse a stored or submitted text: the document with unknown attributes dropped and adjacent text nodes
 * with the same marks merged (so that equal texts are equal JSON), or the first problem in Chinese.
 */
export function parseText(input: unknown): ParseTextResult {
  if (JSON.stringify(input ?? null).length > TEXT_LIMITS.json) {
    return { ok: false, message: `正文过长（不超过${TEXT_LIMITS.json}字节）` };
  }
  const r = textDocSchema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = issue.path.length ? `（位置 ${issue.path.join(".")}）` : "";
    return { ok: false, message: `正文格式不正确${where}：${issue.message}` };
  }
  return { ok: true, doc: normaliseDoc(r.data) };
}

/** Parse or throw (for stored documents, which were validated when saved). */
export function textDoc(input: unknown): TextDoc {
  const r = parseText(input);
  if (!r.ok) throw new Error(r.message);
  return r.doc;
}

/** Adjacent text nodes with the same marks merged; empty content arrays dropped. */
export function normaliseInline(content: readonly InlineNode[] | undefined): InlineNode[] | undefined {
  const out: InlineNode[] = [];
  for (const n of content ?? []) {
    const last = out[out.length - 1];
    if (n.type === "text" && last?.type === "text" && isRunIn(last) === isRunIn(n)) {
      out[out.length - 1] = { ...last, text: last.text + n.text };
    } else
      out.push(
        n.type === "text"
          ? { type: "text", text: n.text, ...(isRunIn(n) ? { marks: [{ type: "runIn" }] } : {}) }
          : n,
      );
  }
  return out.length ? out : undefined;
}

/**
 * A document with the inline content of every paragraph, heading, item and table cell passed through `fn`
 * (which returns the new content, or undefined for none).
 */
export function mapInline(
  doc: TextDoc,
  fn: (content: InlineNode[] | undefined) => InlineNode[] | undefined,
): TextDoc {
  const withContent = <T extends { content?: InlineNode[] | undefined }>(node: T): T => {
    const content = fn(node.content);
    const { content: _drop, ...rest } = node;
    return (content ? { ...rest, content } : rest) as T;
  };
  return {
    type: "doc",
    content: doc.content.map((b): BlockNode => {
      switch (b.type) {
        case "paragraph":
        case "heading":
          return withContent(b);
        case "itemRun":
          return { ...b, content: b.content.map(withContent) };
        case "table":
          return {
            ...b,
            content: b.content.map((row) => ({
              ...row,
              content: row.content.map((cell) => ({ ...cell, content: cell.content.map(withContent) })),
            })),
          };
      }
    }),
  };
}

/** A document with adjacent text of the same marks merged and empty content dropped (equal texts, equal JSON). */
export function normaliseDoc(doc: TextDoc): TextDoc {
  return mapInline(doc, normaliseInline);
}

export function isRunIn(node: InlineNode): boolean {
  return node.type === "text" && !!node.marks?.some((m) => m.type === "runIn");
}

/** An empty own-words document (one empty paragraph, as the editor starts). */
export function emptyTextDoc(): TextDoc {
  return { type: "doc", content: [{ type: "paragraph" }] };
}

// ---------------------------------------------------------------- building documents (tests, conversion)

export const txt = (text: string, runIn = false): TextNode =>
  runIn ? { type: "text", text, marks: [{ type: "runIn" }] } : { type: "text", text };
export const fig = (key: string): FigureNode => ({ type: "figure", attrs: { key } });
export const para = (...content: InlineNode[]): ParagraphNode =>
  content.length ? { type: "paragraph", content } : { type: "paragraph" };
export const heading = (level: 3 | 4, ...content: InlineNode[]): HeadingNode => ({
  type: "heading",
  attrs: { level },
  ...(content.length ? { content } : {}),
});
export const item = (...content: InlineNode[]): ItemNode =>
  content.length ? { type: "item", content } : { type: "item" };
export const itemRun = (style: ItemStyle, layout: ItemLayout, ...items: ItemNode[]): ItemRunNode => ({
  type: "itemRun",
  attrs: { style, layout },
  content: items,
});
export const doc = (...content: BlockNode[]): TextDoc => ({ type: "doc", content });
