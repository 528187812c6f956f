import { z } from "zod";
import { chineseNumeral } from "./numbers.ts";

/**
 * The document block model. A plugin's renderer returns blocks; `@nianbao/document` writes them as
 * HTML, Markdown and (later) DOCX. Blocks are plain, JSON-serialisable data: never JSX, never docx objects.
 */
/**
 * One run of a paragraph made of runs (the township's own words): plain text, a run-in heading ("加强学习。"
 * in "一是加强学习。全年…", printed as its heading level requires), or a figure's current formatted value
 * (`figure` is its catalog key; `missing` when its field is empty and the text shows the label instead).
 */
export const runSchema = z.object({
  text: z.string(),
  runIn: z.boolean().optional(),
  figure: z.string().optional(),
  missing: z.boolean().optional(),
});
export type Run = z.infer<typeof runSchema>;

export const itemSchema = z.object({
  /** A short lead sentence, printed first ("职权有限。"), optional: a run-in heading. */
  lead: z.string().optional(),
  text: z.string(),
  /** The item as runs (own words); when present it replaces `lead` and `text`, which keep its plain text. */
  runs: z.array(runSchema).optional(),
});

export const blockSchema = z.discriminatedUnion("type", [
  /** A heading inside a section (the core numbers parts and sections itself). Level 3 prints "1.", level 4 "（1）". */
  z.object({
    type: z.literal("heading"),
    level: z.union([z.literal(3), z.literal(4)]),
    text: z.string().min(1),
  }),
  /**
   * One body paragraph, first-line indented two characters. `runs` (own words) carry its text as runs —
   * figures and a run-in heading; `text` is then their plain text.
   */
  z.object({ type: z.literal("paragraph"), text: z.string().min(1), runs: z.array(runSchema).optional() }),
  /**
   * Ordered items. `yishi` prints 一是…二是…, `decimal` prints 1. 2., `paren` （1）（2）; `inline` runs them in one paragraph
   * (after an optional lead-in), `paragraphs` gives each item its own paragraph.
   */
  z.object({
    type: z.literal("items"),
    style: z.enum(["yishi", "decimal", "paren"]),
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

/** The ordinal prefix of an item: 一是 / 二是 for `yishi`, "1." for `decimal`, "（1）" for `paren`. */
export function itemPrefix(style: ItemsBlock["style"], index: number): string {
  if (style === "yishi") return `${chineseNumeral(index + 1)}是`;
  return style === "paren" ? `（${index + 1}）` : `${index + 1}.`;
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
  return itemsToRunParagraphs(block).map(runsText);
}

/**
 * The numbers of a section's sub-headings, given their levels in order: level 3 counts 1. 2. …, level 4
 * counts （1）（2）… and restarts under each level 3 (GB/T 9704's third and fourth levels).
 */
export function subHeadingNumbers(levels: ReadonlyArray<3 | 4>): string[] {
  let h3 = 0;
  let h4 = 0;
  return levels.map((level) => {
    if (level === 3) {
      h4 = 0;
      return `${++h3}.`;
    }
    return `（${++h4}）`;
  });
}

/** The plain text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join("");
}

/** Runs ending a sentence: "。" appended (as a run of its own) unless the last text already ends one. */
export function ensureRunsEnd(runs: readonly Run[], end = "。"): Run[] {
  const kept = trimRuns(runs);
  if (kept.length === 0) return [];
  const last = kept[kept.length - 1]!;
  if (!last.figure && SENTENCE_END.test(last.text)) return kept;
  return [...kept, { text: end }];
}

/** Runs with the surrounding whitespace of the whole trimmed and empty text runs dropped. */
function trimRuns(runs: readonly Run[]): Run[] {
  const out = runs.filter((r) => r.figure || r.text !== "").map((r) => ({ ...r }));
  while (out.length && !out[0]!.figure && out[0]!.text.trim() === "") out.shift();
  while (out.length && !out[out.length - 1]!.figure && out[out.length - 1]!.text.trim() === "") out.pop();
  if (out.length && !out[0]!.figure) out[0]!.text = out[0]!.text.trimStart();
  const n = out.length - 1;
  if (n >= 0 && !out[n]!.figure) out[n]!.text = out[n]!.text.trimEnd();
  return out;
}

/**
 * An item as runs: its ordinal, then its run-in heading (a lead sentence, or the runs marked `runIn`) —
 * the ordinal belongs to the run-in heading when there is one — then its text, ending a sentence.
 */
export function itemRuns(style: ItemsBlock["style"], index: number, item: Item): Run[] {
  const prefix = itemPrefix(style, index);
  const body: Run[] = item.runs
    ? trimRuns(item.runs)
    : [...(item.lead ? [{ text: ensureEnd(item.lead, "。"), runIn: true }] : []), { text: item.text }];
  const ended = ensureRunsEnd(body);
  if (ended[0]?.runIn) return [{ ...ended[0], text: prefix + ended[0].text }, ...ended.slice(1)];
  return [{ text: prefix }, ...ended];
}

/** A paragraph block's runs (one plain run when it has none). */
export function paragraphRuns(block: Extract<Block, { type: "paragraph" }>): Run[] {
  return block.runs ?? [{ text: block.text }];
}

/** The paragraphs of an items block as runs (see itemsToParagraphs). */
export function itemsToRunParagraphs(block: ItemsBlock): Run[][] {
  const items = block.items.map((item, i) => itemRuns(block.style, i, item));
  if (block.layout === "inline") return [[...(block.intro ? [{ text: block.intro }] : []), ...items.flat()]];
  return [...(block.intro ? [[{ text: block.intro }]] : []), ...items];
}

/**
 * The body paragraphs a paragraph, items or figures block prints as, each a list of runs: what every
 * writer prints (HTML, DOCX; Markdown prints the runs' text), so that own words and generated text read
 * the same in every format.
 */
export function blockRunParagraphs(
  block: Extract<Block, { type: "paragraph" | "items" | "figures" }>,
): Run[][] {
  switch (block.type) {
    case "paragraph":
      return [paragraphRuns(block)];
    case "items":
      return itemsToRunParagraphs(block);
    case "figures":
      return [[{ text: block.items.map((f) => f.label + f.value).join("；") + "。" }]];
  }
}

/** Adjacent runs of the same kind merged, so that writers emit as few runs as possible. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text === "") continue;
    const last = out[out.length - 1];
    if (last && !last.figure && !r.figure && !!last.runIn === !!r.runIn) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
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
