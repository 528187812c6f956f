/**
 * Readable changes: a change of a section's data as people read it — the field's label (from the form's
 * field catalog, see react/field-catalog.tsx) and its values printed as the report prints them ("3/4（75%）",
 * "1500余件", "2023年3月5日") — rather than dot paths and raw JSON. One module for every diff the app shows
 * (history, the conflict table, 查看修改, the audit log).
 */
import { diffValues } from "./diff.ts";
import { formatQuantity, formatRate, type Qualifier, type Rate } from "./fields.ts";
import {
  formatAsOf,
  formatRank,
  formatStatedPercent,
  formatStatedRate,
  type AsOf,
  type Rank,
  type StatedPercent,
  type StatedRate,
} from "./figures.ts";
import { formatNumber } from "./numbers.ts";
import { t, type Locale, type LocalizedText } from "./text.ts";

export type FieldKind =
  | "count"
  | "quantity"
  | "rate"
  | "statedRate"
  | "statedPercent"
  | "asOf"
  | "rank"
  | "checklist"
  | "choice"
  | "yesNo"
  | "text"
  | "narrative"
  | "orderedItems"
  | "rows";

/** One field of a plugin's form as the catalog knows it. */
export interface FieldEntry {
  /** Dot path of the field's value in the section's data. */
  path: string;
  label: LocalizedText;
  kind: FieldKind;
  /** The unit a count or quantity prints with when its value has none of its own. */
  unit?: string;
  /** Choice and checklist options: stored key → label. */
  options?: ReadonlyArray<{ key: string; label: LocalizedText }>;
  /** Rows: the columns (key → label) of each row. */
  columns?: ReadonlyArray<{ key: string; label: LocalizedText }>;
}

/** One readable change: what (label), from, to (null: empty). `path` is the field's (or leaf's) dot path. */
export interface ReadableChange {
  path: string;
  label: string;
  before: string | null;
  after: string | null;
}

const WORDS = {
  yes: { "zh-CN": "是", en: "yes" },
  no: { "zh-CN": "否", en: "no" },
  row: { "zh-CN": "第{n}行", en: "row {n}" },
  item: { "zh-CN": "第{n}项", en: "item {n}" },
} as const;
const word = (w: keyof typeof WORDS, locale: Locale, n?: number) =>
  t(WORDS[w], locale).replace("{n}", String(n ?? ""));

function getAt(values: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<string, unknown>)[key]), values);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A plain value as the report prints it: numbers with their digits, ISO dates as 2023年3月5日, booleans 是/否. */
export function formatPlain(v: unknown, locale: Locale = "zh-CN", unit = ""): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "boolean") return word(v ? "yes" : "no", locale);
  if (typeof v === "number") return `${formatNumber(v)}${unit}`;
  if (typeof v === "string") {
    const d = ISO_DATE.exec(v);
    if (d && locale === "zh-CN") return `${Number(d[1])}年${Number(d[2])}月${Number(d[3])}日`;
    return v;
  }
  return JSON.stringify(v);
}

/** A rate with its counts: "3/4（75%）", "0/0（无）". */
export function formatRateWithCounts(r: Rate | null | undefined): string | null {
  const printed = formatRate(r);
  if (printed === null || !r) return null;
  return `${r.numerator}/${r.denominator}（${printed}）`;
}

/** A field's whole value, printed by its kind. */
export function formatFieldValue(field: FieldEntry, value: unknown, locale: Locale = "zh-CN"): string | null {
  if (value === null || value === undefined) return null;
  switch (field.kind) {
    case "count":
      return formatPlain(value, locale, field.unit ?? "");
    case "quantity": {
      const q = value as { value: number | null; qualifier?: Qualifier; unit?: string };
      return formatQuantity({
        value: q.value,
        qualifier: q.qualifier ?? "",
        unit: q.unit ?? field.unit ?? "",
      });
    }
    case "rate":
      return formatRateWithCounts(value as Rate);
    case "statedRate": {
      const r = value as StatedRate;
      return r.denominator !== null ? formatRateWithCounts(r) : formatStatedRate(r);
    }
    case "statedPercent":
      return formatStatedPercent(value as StatedPercent);
    case "asOf":
      return formatAsOf(value as AsOf);
    case "rank":
      return formatRank(value as Rank, field.unit);
    case "choice": {
      const o = field.options?.find((x) => x.key === value);
      return o ? t(o.label, locale) || null : formatPlain(value, locale);
    }
    default:
      return formatPlain(value, locale);
  }
}

/** The field a leaf path belongs to (the longest field path it starts with). */
function fieldOf(fields: readonly FieldEntry[], leaf: string): FieldEntry | undefined {
  let best: FieldEntry | undefined;
  for (const f of fields) {
    if ((leaf === f.path || leaf.startsWith(`${f.path}.`)) && (!best || f.path.length > best.path.length))
      best = f;
  }
  return best;
}

/**
 * What changed from `before` to `after` (a section's data), field by field in the form's order: a rate,
 * a quantity or a date is one change, not one per part; a row of a ledger and an item of a list name their
 * place. Leaves no field claims keep their path as label (an older data shape, a field the form hides).
 */
export function describeDataChanges(
  before: unknown,
  after: unknown,
  fields: readonly FieldEntry[],
  locale: Locale = "zh-CN",
): ReadableChange[] {
  const groups = new Map<string, { order: number; change: ReadableChange }>();
  for (const leaf of diffValues(before, after)) {
    const f = fieldOf(fields, leaf.path);
    const order = f ? fields.indexOf(f) : fields.length;
    if (!f) {
      groups.set(leaf.path, {
        order,
        change: { path: leaf.path, label: leaf.path, before: leaf.before, after: leaf.after },
      });
      continue;
    }
    const label = t(f.label, locale);
    const rest = leaf.path.slice(f.path.length + 1).split(".");
    if (f.kind === "rows" && rest.length >= 2) {
      const n = Number(rest[0]);
      const col = f.columns?.find((c) => c.key === rest[1]);
      const path = `${f.path}.${rest[0]}.${rest[1]}`;
      const name = `${label} ${word("row", locale, n + 1)} ${col ? t(col.label, locale) : rest[1]}`;
      groups.set(path, {
        order,
        change: {
          path,
          label: name,
          before: formatPlain(getAt(before, path), locale),
          after: formatPlain(getAt(after, path), locale),
        },
      });
    } else if (f.kind === "orderedItems" && rest[0] !== undefined && rest[0] !== "") {
      const path = `${f.path}.${rest[0]}`;
      const item = (v: unknown) => {
        const x = getAt(v, path) as { lead?: string; text?: string } | string | undefined;
        const s = typeof x === "string" ? x : x ? `${x.lead ?? ""}${x.text ?? ""}` : "";
        return s === "" ? null : s;
      };
      groups.set(path, {
        order,
        change: {
          path,
          label: `${label} ${word("item", locale, Number(rest[0]) + 1)}`,
          before: item(before),
          after: item(after),
        },
      });
    } else if (f.kind === "checklist" && rest[0]) {
      const path = `${f.path}.${rest[0]}`;
      const o = f.options?.find((x) => x.key === rest[0]);
      groups.set(path, {
        order,
        change: {
          path,
          label: `${label}：${o ? t(o.label, locale) : rest[0]}`,
          before: formatPlain(getAt(before, path) ?? false, locale),
          after: formatPlain(getAt(after, path) ?? false, locale),
        },
      });
    } else {
      groups.set(f.path, {
        order,
        change: {
          path: f.path,
          label,
          before: formatFieldValue(f, getAt(before, f.path), locale),
          after: formatFieldValue(f, getAt(after, f.path), locale),
        },
      });
    }
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map((g) => g.change)
    .filter((c) => c.before !== c.after);
}
