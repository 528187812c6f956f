import { z } from "zod";
import { chineseNumeral } from "./numbers.ts";

/**
 * The document block model. A plugin's renderer returns blocks; `@nianbao/document` writes them as
 * HTML, Markdown and (later) DOCX. Blocks are plain, JSON-serialisable data: never JSX, never docx objects.
 */
export const itemSchema = z.object({
  /** A short lead sentence, printed first ("职权有限。"), optional. */
  lead: z.string().optional(),
  text: z.string(),
});

export const blockSchema = z.discriminatedUnion("type", [
  /** A heading inside a section (the core numbers parts and sections itself). Level 3 prints "1.", level 4 "（1）". */
  z.object({
    type: z.literal("heading"),
    level: z.union([z.literal(3), z.literal(4)]),
    text: z.string().min(1),
  }),
  /** One body paragraph, first-line indented two characters. */
  z.object({ type: z.literal("paragraph"), text: z.string().min(1) }),
  /**
   * Ordered items. `yishi` prints 一是…二是…, `decimal` prints 1. 2.; `inline` runs them in one paragraph
   * (after an optional lead-in), `paragraphs` gives each item its own paragraph.
   */
  z.object({
    type: z.literal("items"),
    style: z.enum(["yishi", "decimal"]),
    layout: z.enum(["inline", "paragraphs"]),
    intro: z.string().optional(),
    items: z.array(itemSchema).min(1),
  }),
  /** A small table (a ledger). */
  z.object({
    type: z.literal("table"),
    caption: z.string().optional(),
    columns: z.array(z.string()).min(1),
    rows: z.array(z.array(z.string())),
  }),
  /** Key figures of a section, e.g. "调处矛盾纠纷 37起". */
  z.object({
    type: z.literal("figures"),
    items: z.array(z.object({ label: z.string(), value: z.string() })).min(1),
  }),
]);

export type Block = z.infer<typeof blockSchema>;
export type ItemsBlock = Extract<Block, { type: "items" }>;
export type Item = z.infer<typeof itemSchema>;

/** The ordinal prefix of an item: 一是 / 二是 for `yishi`, "1." for `decimal`. */
export function itemPrefix(style: ItemsBlock["style"], index: number): string {
  return style === "yishi" ? `${chineseNumeral(index + 1)}是` : `${index + 1}.`;
}

/** An item as printed: prefix, lead and text, ending in a full stop or semicolon as Chinese prose does. */
export function itemText(style: ItemsBlock["style"], index: number, item: Item): string {
  const lead = item.lead ? ensureEnd(item.lead, "。") : "";
  return `${itemPrefix(style, index)}${lead}${item.text}`;
}

/**
 * The paragraphs an items block prints as, in every output format: one paragraph for `inline`
 * (intro followed by the items), or the intro and one paragraph per item for `paragraphs`.
 */
export function itemsToParagraphs(block: ItemsBlock): string[] {
  const items = block.items.map((item, i) => ensureEnd(itemText(block.style, i, item), "。"));
  if (block.layout === "inline") return [`${block.intro ?? ""}${items.join("")}`];
  return [...(block.intro ? [block.intro] : []), ...items];
}

const SENTENCE_END = /[。！？；：.!?;:]$/;

/** Append `end` unless the text already ends a sentence. Empty text stays empty. */
export function ensureEnd(text: string, end = "。"): string {
  const trimmed = text.trim();
  if (!trimmed) return "";
  return SENTENCE_END.test(trimmed) ? trimmed : trimmed + end;
}

/**
 * Join sentence fragments into one paragraph, dropping empty ones, so that an empty optional item
 * never leaves a dangling "，" or "。" behind. Returns null when nothing is left.
 */
export function sentences(...parts: Array<string | null | undefined | false>): string | null {
  const kept = parts
    .filter((p): p is string => typeof p === "string" && p.trim() !== "")
    .map((p) => ensureEnd(p));
  return kept.length ? kept.join("") : null;
}

/** A paragraph block, or nothing when the text is empty. */
export function paragraph(text: string | null | undefined): Block[] {
  return text && text.trim() ? [{ type: "paragraph", text: text.trim() }] : [];
}

/** Paragraph blocks from free text, one per non-empty line (how narrative fields are entered). */
export function paragraphsFromText(text: string | null | undefined): Block[] {
  return (text ?? "")
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: "paragraph" as const, text: line }));
}

/**
 * One Chinese sentence from clauses joined by "，", ending in "。"; empty clauses are dropped, so a
 * missing optional figure never leaves "，，" or a half sentence. Null when every clause is empty.
 */
export function clauses(...parts: Array<string | null | undefined | false>): string | null {
  const kept = parts
    .filter((p): p is string => typeof p === "string" && p.trim() !== "")
    .map((p) => p.trim().replace(/[，。；,;.]+$/, ""));
  return kept.length ? `${kept.join("，")}。` : null;
}

/** A narrative field used inside a sentence: its lines run together into one, trimmed. */
export function inlineText(text: string): string {
  return text.replace(/\s*\n+\s*/g, "").trim();
}
