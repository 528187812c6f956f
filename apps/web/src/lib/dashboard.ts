import { formatMetricCell, type Aggregate, type Locale } from "@nianbao/sdk";
import type { AppLocale } from "../i18n/index.ts";
import type { RouterOutputs } from "../trpc.ts";

export type MetricsTableView = RouterOutputs["dashboard"]["metrics"];
export type CompletenessView = RouterOutputs["dashboard"]["completeness"];
export type MetricCellView = MetricsTableView["total"][string];
export type MetricColumnView = MetricsTableView["groups"][number]["metrics"][number];

export const cellKey = (c: { pluginId: string; key: string }) => `${c.pluginId}.${c.key}`;

/**
 * A cell as the table shows it: "1500余", "83.3%", "无" for 0/0, "—" when nobody entered a value; a total rate
 * says how many gave only a stated percentage ("92.5%（另有2个单位仅填报百分比）").
 */
export function cellText(
  cell: MetricCellView | undefined,
  aggregate: Aggregate,
  locale: Locale = "zh-CN",
): string {
  if (!cell) return "—";
  return formatMetricCell(cell, aggregate, locale) ?? "—";
}

/** "93.1%" of n out of d, or "—". */
export function share(n: number, d: number): string {
  return d > 0 ? `${Number(((n / d) * 100).toFixed(1))}%` : "—";
}

/** The download of a dashboard table (the server's /api/exports/dashboard route). */
export function exportUrl(p: {
  kind: "metrics" | "completeness";
  format: "csv" | "xlsx";
  regionId: string;
  year: number;
  pluginId?: string | null;
  locale: AppLocale;
}): string {
  const q = new URLSearchParams({
    kind: p.kind,
    format: p.format,
    regionId: p.regionId,
    year: String(p.year),
    locale: p.locale,
  });
  if (p.pluginId) q.set("pluginId", p.pluginId);
  return `/api/exports/dashboard?${q.toString()}`;
}

/** A change between two values as users read it: "+12", "−3", "+4.5个百分点" for rates; null when either is missing. */
export function changeText(
  previous: number | null,
  current: number | null,
  aggregate: Aggregate,
  locale: AppLocale,
): string | null {
  if (previous === null || current === null) return null;
  const d = Number((current - previous).toFixed(1));
  const sign = d > 0 ? "+" : d < 0 ? "−" : "±";
  const abs = Math.abs(d);
  if (aggregate === "rate") return locale === "zh-CN" ? `${sign}${abs}个百分点` : `${sign}${abs} pp`;
  return `${sign}${abs}`;
}
