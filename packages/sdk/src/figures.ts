import { z } from "zod";
import {
  QUALIFIERS,
  count,
  formatQuantity,
  formatRate,
  quantity,
  type Qualifier,
  type Quantity,
  type Rate,
} from "./fields.ts";
import { formatNumber } from "./numbers.ts";

/**
 * The figure kinds real reports use beyond plain counts and rates, each with its zod helper, its formatter
 * and what it gives a metric (see `MetricInput`):
 * - qualified counts: "20余场", "超过1800件", "近百人" — a count with 余/超/近/约/达;
 * - stated rates: a rate known only as a percentage ("96%", "80%以上", "95%左右", "近90%") when the counts
 *   are unknown; aggregated apart from counted rates, never turned into invented numerators;
 * - money with its unit (元, 万元), converted for sums;
 * - an optional as-of date on any figure ("截至10月底");
 * - a rank ("在全市年度考核中排名第3").
 */

// ---------------------------------------------------------------- qualified count

/** A whole count with a qualifier ("20余场", "超1800件"); the unit belongs to the field, not the data. */
export function qualifiedCount() {
  return z.object({ value: count(), qualifier: z.enum(QUALIFIERS).default("") });
}
export type QualifiedCount = { value: number | null; qualifier: Qualifier };

export function emptyQualifiedCount(): QualifiedCount {
  return { value: null, qualifier: "" };
}

/**
 * "20余场", "超1800件", "近100人", "约30家", "达500人次", "3次"; null when not entered. `over` prints 超 as
 * 超过 ("超过1800件"), as many reports write it.
 */
export function formatCount(
  q: QualifiedCount | null | undefined,
  unit: string,
  { over = "超" }: { over?: "超" | "超过" } = {},
): string | null {
  const printed = formatQuantity(q ? { ...q, unit } : null);
  return printed && q?.qualifier === "超" ? printed.replace(/^超/, over) : printed;
}

/** True when the count was entered and is more than zero. */
export function hasCount(q: QualifiedCount | Quantity | null | undefined): boolean {
  return !!q && q.value !== null && q.value > 0;
}

// ---------------------------------------------------------------- stated rate

/**
 * How a stated percentage is qualified: exact ("96%"), 以上 ("80%以上", a lower bound), 左右 ("95%左右"),
 * 近 ("近90%"), 超 ("超90%", a lower bound).
 */
export const PERCENT_QUALIFIERS = ["", "以上", "左右", "近", "超"] as const;
export type PercentQualifier = (typeof PERCENT_QUALIFIERS)[number];
export const PERCENT_QUALIFIER_LABELS: Record<PercentQualifier, { "zh-CN": string; en: string }> = {
  "": { "zh-CN": "准确", en: "exact" },
  以上: { "zh-CN": "以上", en: "or more" },
  左右: { "zh-CN": "左右", en: "about" },
  近: { "zh-CN": "近", en: "nearly" },
  超: { "zh-CN": "超", en: "over" },
};

const percent = () =>
  z
    .number({ error: "请输入百分比" })
    .min(0, { error: "百分比不能小于0" })
    .max(100, { error: "百分比不能大于100" })
    .nullable();

/**
 * A rate entered as counts (numerator / denominator, as `rate()`) or, when the counts are unknown, as the
 * percentage the township states. Counts win: a percentage typed beside counts is refused.
 */
export function statedRate() {
  return z
    .object({
      numerator: count(),
      denominator: count(),
      percent: percent().default(null),
      percentQualifier: z.enum(PERCENT_QUALIFIERS).default(""),
    })
    .refine((r) => r.numerator === null || r.denominator === null || r.numerator <= r.denominator, {
      error: "分子不能大于分母",
      path: ["numerator"],
    })
    .refine((r) => (r.numerator === null) === (r.denominator === null), {
      error: "分子和分母须同时填写",
      path: ["denominator"],
    })
    .refine((r) => r.percent === null || r.denominator === null, {
      error: "已填写分子和分母时，比率由其计算，无需另填百分比",
      path: ["percent"],
    });
}
export type StatedRate = Rate & { percent: number | null; percentQualifier: PercentQualifier };

export function emptyStatedRate(): StatedRate {
  return { numerator: null, denominator: null, percent: null, percentQualifier: "" };
}

/**
 * A counted rate as a stated rate (no stated percentage): what a plugin's migration gives data stored while
 * the field was a plain `rate()`, so the old data reads exactly as it was filed.
 */
export function statedRateFromRate(r: Rate | null | undefined): StatedRate {
  return {
    numerator: r?.numerator ?? null,
    denominator: r?.denominator ?? null,
    percent: null,
    percentQualifier: "",
  };
}

/** A plain count as a qualified count (no qualifier): the migration of a field that was a plain `count()`. */
export function qualifiedCountFromCount(n: number | null | undefined): QualifiedCount {
  return { value: n ?? null, qualifier: "" };
}

/** True when the rate is known only as a stated percentage (no counts). */
export function isStatedOnly(r: StatedRate | null | undefined): boolean {
  // typeof, not !== null: data of a plain `rate()` (no `percent` at all) has no stated percentage either.
  return !!r && r.denominator === null && typeof r.percent === "number";
}

/** A stated percentage as reports print it: "96%", "80%以上", "95%左右", "近90%", "超90%". */
export function formatPercent(p: number, qualifier: PercentQualifier = ""): string {
  const n = `${formatNumber(p, 1)}%`;
  if (qualifier === "以上" || qualifier === "左右") return `${n}${qualifier}`;
  return `${qualifier}${n}`;
}

/** The rate as printed: from the counts ("83.3%", 0/0 → "无"), else the stated percentage; null when neither. */
export function formatStatedRate(r: StatedRate | null | undefined): string | null {
  if (!r) return null;
  if (r.denominator !== null) return formatRate(r);
  return isStatedOnly(r) ? formatPercent(r.percent!, r.percentQualifier ?? "") : null;
}

/** The percentage 0..100 (computed from the counts, or as stated); null when not entered or 0/0. */
export function statedRatePercent(r: StatedRate | null | undefined): number | null {
  if (!r) return null;
  if (r.denominator !== null)
    return r.numerator !== null && r.denominator > 0 ? (r.numerator / r.denominator) * 100 : null;
  return r.percent ?? null;
}

/** What a rate metric stores for a stated rate: its counts, or the stated percentage flagged as such. */
export function statedRateMetric(
  r: StatedRate,
):
  { numerator: number | null; denominator: number | null } | { percent: number | null; lowerBound: boolean } {
  if (isStatedOnly(r))
    return { percent: r.percent, lowerBound: r.percentQualifier === "以上" || r.percentQualifier === "超" };
  return { numerator: r.numerator, denominator: r.denominator };
}

// ---------------------------------------------------------------- stated percentage of a computed rate

/**
 * The percentage a report states for a rate the section computes from counts kept in other fields (报备率 =
 * documents filed / documents issued): entered only when those counts are unknown; the plugin decides
 * which wins (the counts, always) and refuses a percentage typed beside them with a check.
 */
export function statedPercent() {
  return z.object({
    percent: percent().default(null),
    percentQualifier: z.enum(PERCENT_QUALIFIERS).default(""),
  });
}
export type StatedPercent = { percent: number | null; percentQualifier: PercentQualifier };

export function emptyStatedPercent(): StatedPercent {
  return { percent: null, percentQualifier: "" };
}

/** "100%", "90%以上", "近90%"; null when not entered. */
export function formatStatedPercent(p: StatedPercent | null | undefined): string | null {
  return p && typeof p.percent === "number" ? formatPercent(p.percent, p.percentQualifier ?? "") : null;
}

/**
 * A rate metric's input from counts when both are known, else from the stated percentage (flagged stated;
 * 以上/超 a lower bound), else empty counts: `statedRateMetric` for a rate whose counts are separate fields.
 */
export function rateOrStatedMetric(
  counts: Rate,
  stated: StatedPercent | null | undefined,
):
  { numerator: number | null; denominator: number | null } | { percent: number | null; lowerBound: boolean } {
  const { numerator, denominator } = counts;
  if (numerator !== null && denominator !== null) return { numerator, denominator };
  if (stated && typeof stated.percent === "number")
    return statedRateMetric({ numerator: null, denominator: null, ...stated });
  return { numerator: null, denominator: null };
}

// ---------------------------------------------------------------- money

export const MONEY_UNITS = ["万元", "元"] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];
const YUAN: Record<MoneyUnit, number> = { 元: 1, 万元: 10_000 };

/** An amount of money with its unit and qualifier ("12.5万元", "3000余元"). */
export function money(units: readonly [MoneyUnit, ...MoneyUnit[]] = MONEY_UNITS) {
  return quantity(units);
}
export type Money = { value: number | null; qualifier: Qualifier; unit: string };

export function emptyMoney(unit: MoneyUnit = "万元"): Money {
  return { value: null, qualifier: "", unit };
}

/** "12.5万元", "3000余元"; null when not entered. */
export function formatMoney(m: Money | null | undefined): string | null {
  return formatQuantity(m);
}

/** The amount in the given unit (for a metric that sums money: every township's in one unit). */
export function moneyIn(
  m: Money | null | undefined,
  unit: MoneyUnit,
): { value: number | null; qualifier: Qualifier } {
  if (!m || m.value === null) return { value: null, qualifier: "" };
  const from = YUAN[m.unit as MoneyUnit] ?? 1;
  return { value: Number(((m.value * from) / YUAN[unit]).toFixed(4)), qualifier: m.qualifier };
}

// ---------------------------------------------------------------- as of

/**
 * An optional "as of" date on a figure, for reports written before the year ends: the month and, optionally,
 * the day within the report year ("截至10月底", "截至11月20日"). Both null: the whole year.
 */
export function asOf() {
  return z
    .object({
      month: z
        .number()
        .int({ error: "须为整数" })
        .min(1, { error: "月份为1至12" })
        .max(12, { error: "月份为1至12" })
        .nullable()
        .default(null),
      day: z
        .number()
        .int({ error: "须为整数" })
        .min(1, { error: "日期为1至31" })
        .max(31, { error: "日期为1至31" })
        .nullable()
        .default(null),
    })
    .refine((a) => a.day === null || a.month !== null, { error: "请先填写月份", path: ["month"] })
    .refine(
      (a) => a.month === null || a.day === null || a.day <= new Date(Date.UTC(2024, a.month, 0)).getUTCDate(),
      {
        error: "该月没有这一天",
        path: ["day"],
      },
    )
    .default({ month: null, day: null });
}
export type AsOf = { month: number | null; day: number | null };

export function emptyAsOf(): AsOf {
  return { month: null, day: null };
}

/** "截至10月底", "截至11月20日"; null for the whole year. */
export function formatAsOf(a: AsOf | null | undefined): string | null {
  if (!a || a.month === null) return null;
  return a.day === null ? `截至${a.month}月底` : `截至${a.month}月${a.day}日`;
}

/** A clause with its as-of date in front: "截至10月底，共受理…" (the clause alone for the whole year). */
export function asOfClause(a: AsOf | null | undefined, clause: string | null): string | null {
  if (!clause) return null;
  const when = formatAsOf(a);
  return when ? `${when}，${clause}` : clause;
}

// ---------------------------------------------------------------- rank

/** A rank in an appraisal: "在全市年度考核中排名第3（共18个乡镇）". Metrics aggregate it with "min" (the best). */
export function rank() {
  return z
    .object({
      /** What was ranked, e.g. "全市法治建设年度考核". */
      scope: z.string().trim().max(60, { error: "不超过60字" }).default(""),
      position: z
        .number({ error: "请输入数字" })
        .int({ error: "须为整数" })
        .min(1, { error: "名次从1开始" })
        .nullable()
        .default(null),
      /** How many were ranked (optional). */
      of: z
        .number({ error: "请输入数字" })
        .int({ error: "须为整数" })
        .min(1, { error: "参评数至少为1" })
        .nullable()
        .default(null),
    })
    .refine((r) => r.position === null || r.of === null || r.position <= r.of, {
      error: "名次不能大于参评单位数",
      path: ["position"],
    });
}
export type Rank = { scope: string; position: number | null; of: number | null };

export function emptyRank(): Rank {
  return { scope: "", position: null, of: null };
}

/** "在全市法治建设年度考核中排名第3（共18个乡镇）", "排名第1"; null when no position was entered. */
export function formatRank(r: Rank | null | undefined, units = "个单位"): string | null {
  if (!r || r.position === null) return null;
  const scope = r.scope.trim();
  const where = scope ? `在${scope.replace(/中$/, "")}中` : "";
  return `${where}排名第${r.position}${r.of !== null ? `（共${r.of}${units}）` : ""}`;
}
