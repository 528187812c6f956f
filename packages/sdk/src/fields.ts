import { z } from "zod";
import { DATE_RANGE_MESSAGE, dateInRange, MAX_FIGURE, MAX_FIGURE_MESSAGE, text } from "./hygiene.ts";
import { levelWords, type LevelWords } from "./level.ts";
import { formatNumber } from "./numbers.ts";

/**
 * Zod helpers for the domain's field types. Each has a matching component in `@nianbao/sdk/react`
 * and a formatter here, so the number rules of design.md are solved once for every plugin.
 */

// ---------------------------------------------------------------- count

/** A figure ≥ 0 and at most MAX_FIGURE (so totals over a province cannot overflow). */
export function figure() {
  return z
    .number({ error: "请输入数字" })
    .nonnegative({ error: "不能为负数" })
    .max(MAX_FIGURE, { error: MAX_FIGURE_MESSAGE });
}

/** A whole number ≥ 0 (at most MAX_FIGURE), or null while not entered. */
export function count() {
  return figure().int({ error: "须为整数" }).nullable();
}

// ---------------------------------------------------------------- quantity

/**
 * Qualifiers are part of a value: 余 (more than: "1500余件" is a lower bound), 超 (over), 近 (nearly),
 * 约 (about), 达 (reaching). "" means exact.
 */
export const QUALIFIERS = ["", "余", "超", "近", "约", "达"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export const QUALIFIER_LABELS: Record<Qualifier, { "zh-CN": string; en: string }> = {
  "": { "zh-CN": "准确数", en: "exact" },
  余: { "zh-CN": "余（以上）", en: "more than" },
  超: { "zh-CN": "超", en: "over" },
  近: { "zh-CN": "近", en: "nearly" },
  约: { "zh-CN": "约", en: "about" },
  达: { "zh-CN": "达", en: "reaching" },
};

/** Whether a qualified value is a lower bound of the true figure (so a total of such values is too). */
export function isLowerBound(q: Qualifier): boolean {
  return q === "余" || q === "超" || q === "达";
}

export function quantity<const U extends readonly [string, ...string[]]>(units: U) {
  return z.object({
    value: figure().nullable(),
    qualifier: z.enum(QUALIFIERS).default(""),
    unit: z.enum(units).default(units[0]),
  });
}
export type Quantity = { value: number | null; qualifier: Qualifier; unit: string };

/** An empty quantity with the given unit, for defaults. */
export function emptyQuantity(unit: string): Quantity {
  return { value: null, qualifier: "", unit };
}

/** "1500余件", "超200人", "3次"; null when no value was entered. */
export function formatQuantity(q: Quantity | null | undefined): string | null {
  if (!q || q.value === null || q.value === undefined) return null;
  const n = formatNumber(q.value);
  switch (q.qualifier) {
    case "余":
      return `${n}余${q.unit}`;
    case "":
      return `${n}${q.unit}`;
    default:
      return `${q.qualifier}${n}${q.unit}`;
  }
}

// ---------------------------------------------------------------- rate

/**
 * A rate is a numerator and a denominator; the percentage is computed, never typed. 0/0 (no
 * litigation this year, say) reads 无 — never 0% or 100%.
 */
export function rate() {
  return z
    .object({ numerator: count(), denominator: count() })
    .refine((r) => r.numerator === null || r.denominator === null || r.numerator <= r.denominator, {
      error: "分子不能大于分母",
      path: ["numerator"],
    })
    .refine((r) => (r.numerator === null) === (r.denominator === null), {
      error: "分子和分母须同时填写",
      path: ["denominator"],
    });
}
export type Rate = { numerator: number | null; denominator: number | null };

export function emptyRate(): Rate {
  return { numerator: null, denominator: null };
}

/** The percentage 0..100, or null when not entered or 0/0. */
export function ratePercent(r: Rate | null | undefined): number | null {
  if (!r || r.numerator === null || r.denominator === null || r.denominator === 0) return null;
  return (r.numerator / r.denominator) * 100;
}

/** True when both sides are entered and the denominator is 0: the rate does not apply (无). */
export function rateNotApplicable(r: Rate | null | undefined): boolean {
  return !!r && r.numerator !== null && r.denominator === 0;
}

/** "100%", "83.3%", "无" for 0/0, null when not entered. */
export function formatRate(r: Rate | null | undefined, digits = 1): string | null {
  if (!r || r.numerator === null || r.denominator === null) return null;
  if (r.denominator === 0) return "无";
  return `${formatNumber((r.numerator / r.denominator) * 100, digits)}%`;
}

// ---------------------------------------------------------------- checklist (yes/no systems)

export type ChecklistOption<K extends string = string> = {
  key: K;
  /** The label in the form. */
  label: string | { "zh-CN": string; en?: string };
  /**
   * How the measure reads in the report, e.g. "行政执法公示制度". Defaults to the Chinese label. A function
   * takes the township's level words, for a unit named after its level ("镇工会" / "街道工会").
   */
  phrase?: string | ((w: LevelWords) => string);
};

/** A set of yes/no measures in place, stored as { key: boolean }. */
export function checklist<const K extends string>(options: readonly ChecklistOption<K>[]) {
  const shape = Object.fromEntries(options.map((o) => [o.key, z.boolean().default(false)])) as Record<
    K,
    z.ZodDefault<z.ZodBoolean>
  >;
  return z.object(shape);
}

export function emptyChecklist<K extends string>(options: readonly ChecklistOption<K>[]): Record<K, boolean> {
  return Object.fromEntries(options.map((o) => [o.key, false])) as Record<K, boolean>;
}

/** The report phrases of the measures that are in place, in option order. */
export function checkedPhrases<K extends string>(
  value: Partial<Record<K, boolean>>,
  options: readonly ChecklistOption<K>[],
  words: LevelWords = levelWords("镇"),
): string[] {
  return options
    .filter((o) => value[o.key])
    .map((o) =>
      typeof o.phrase === "function"
        ? o.phrase(words)
        : (o.phrase ?? (typeof o.label === "string" ? o.label : o.label["zh-CN"])),
    );
}

// ---------------------------------------------------------------- ordered items, narrative, rows

/** Ordered items (rendered 一是…二是…): each a short optional lead sentence and its text. */
export function orderedItems({ max = 20, maxLength = 2000 }: { max?: number; maxLength?: number } = {}) {
  return z
    .array(
      z.object({
        lead: text({ singleLine: true }).trim().max(100, { error: "不超过100字" }).default(""),
        text: text()
          .trim()
          .max(maxLength, { error: `不超过${maxLength}字` }),
      }),
    )
    .max(max, { error: `最多${max}项` });
}
export type OrderedItem = { lead: string; text: string };

/** The township's own prose. Lines become paragraphs. */
export function narrative({ max = 5000 }: { max?: number } = {}) {
  return text()
    .max(max, { error: `不超过${max}字` })
    .default("");
}

/** A short text (a name, a lead-in, a list of names), trimmed, at most `max` characters, "" by default. */
export function shortText(max = 200) {
  return text()
    .trim()
    .max(max, { error: `不超过${max}字` })
    .default("");
}

/** Names typed in one field ("应急办、司法所，派出所"), split on 、，,；; and spaces, blanks dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,；;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A small ledger table. */
export function rows<T extends z.ZodRawShape>(shape: T, { max = 200 }: { max?: number } = {}) {
  return z.array(z.object(shape)).max(max, { error: `最多${max}行` });
}

/** Join Chinese list items: "甲、乙和丙" (conjunction "和") or "甲、乙、丙". */
export function joinList(items: string[], conjunction = ""): string {
  if (items.length <= 1 || !conjunction) return items.join("、");
  return `${items.slice(0, -1).join("、")}${conjunction}${items[items.length - 1]}`;
}

// ---------------------------------------------------------------- dates

/**
 * A date as townships write it — "2023-03-05", "2023/3/5", "2023.3.5", "2023年3月5日" — normalised to
 * "yyyy-mm-dd"; null when it is not a real date.
 */
export function normaliseDate(input: string): string | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(input);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A date field stored as "yyyy-mm-dd" (accepts the forms normaliseDate reads). */
export function dateString() {
  return z.string().transform((s, ctx) => {
    const d = normaliseDate(s);
    if (d === null) {
      ctx.addIssue({ code: "custom", message: "日期格式不正确（例：2023-03-05）" });
      return z.NEVER;
    }
    if (!dateInRange(d)) {
      ctx.addIssue({ code: "custom", message: DATE_RANGE_MESSAGE });
      return z.NEVER;
    }
    return d;
  });
}
