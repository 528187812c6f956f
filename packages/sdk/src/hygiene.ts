import { z } from "zod";

/**
 * Text hygiene at the boundary, in one place: what a text may not hold, what is quietly removed, and the
 * limits on numbers and dates. Plugins build their text fields with `text()` (narrative, ordered items and
 * the form kit do); the API runs `textProblems` over every procedure's input and `cleanDeep` over section
 * data, so no plugin can let a NUL byte or a lone surrogate reach the database (PostgreSQL refuses both).
 */

/** Why a text cannot be stored, in the words the user is told. */
export type TextProblem = "nul" | "surrogate";

export const TEXT_PROBLEM_MESSAGES: Record<TextProblem, string> = {
  nul: "含有空字符（U+0000），无法保存，请删除后重试",
  surrogate: "含有无法识别的字符（不成对的代理项），请删除后重新输入",
};

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What makes `s` unstorable, or null. */
export function textProblem(s: string): TextProblem | null {
  if (s.includes("\u0000")) return "nul";
  if (LONE_SURROGATE.test(s)) return "surrogate";
  return null;
}

/**
 * Invisible characters nobody types on purpose, removed from every text: C0 controls (but tab and line
 * breaks), DEL and the C1 controls, and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that can make a name or a figure read differently from what is stored. Line and paragraph
 * separators become line breaks. NUL is not here: it is refused (see textProblem), not silently dropped.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** `s` without invisible control and direction-override characters; `singleLine` also turns line breaks and tabs into spaces. */
export function cleanText(s: string, { singleLine = false }: { singleLine?: boolean } = {}): string {
  const cleaned = s.replace(INVISIBLE, "").replace(/[\u2028\u2029]/g, "\n");
  return singleLine ? cleaned.replace(/[\r\n\t]+/g, " ") : cleaned;
}

/**
 * A text field: refuses NUL and lone surrogates with a clear message, removes invisible control and
 * direction-override characters, then chains like any zod string (`text().trim().max(50, …)`).
 * `singleLine` for names and titles.
 */
export function text(options: { singleLine?: boolean } = {}) {
  return z
    .string({ error: "请输入文字" })
    .check((ctx) => {
      const problem = textProblem(ctx.value);
      if (problem)
        ctx.issues.push({ code: "custom", message: TEXT_PROBLEM_MESSAGES[problem], input: ctx.value });
    })
    .overwrite((s) => (textProblem(s) ? s : cleanText(s, options)));
}

/** Every unstorable text in a JSON-like value (object keys too), with its path. */
export function textProblems(
  value: unknown,
  path: (string | number)[] = [],
  out: Array<{ path: (string | number)[]; problem: TextProblem }> = [],
) {
  if (typeof value === "string") {
    const problem = textProblem(value);
    if (problem) out.push({ path, problem });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => textProblems(v, [...path, i], out));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const problem = textProblem(k);
      if (problem) out.push({ path: [...path, k], problem });
      textProblems(v, [...path, k], out);
    }
  }
  return out;
}

/** A JSON-like value with cleanText applied to every string in it (keys left as they are). */
export function cleanDeep<T>(value: T): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanDeep) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v)])) as T;
  }
  return value;
}

/**
 * The largest figure a number field holds (a trillion): far above any township's count, and small enough
 * that a county's or a province's sum of them stays exact in a double and in PostgreSQL's numeric.
 */
export const MAX_FIGURE = 1e12;
export const MAX_FIGURE_MESSAGE = "数值过大（不能超过 1 万亿）";

/** The years a date in a report may fall in (a deadline, an exception, a meeting): anything else is a typo. */
export const DATE_YEAR_RANGE = { min: 1949, max: 2100 } as const;
export const DATE_RANGE_MESSAGE = `日期应在 ${DATE_YEAR_RANGE.min} 年至 ${DATE_YEAR_RANGE.max} 年之间`;

/** True when an ISO date "yyyy-mm-dd" is a real date inside DATE_YEAR_RANGE (or the range given). */
export function dateInRange(iso: string, range: { min: number; max: number } = DATE_YEAR_RANGE): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    y >= range.min &&
    y <= range.max &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d
  );
}
