import type { DB, Kysely, Transaction } from "@nianbao/db";
import { computeMetrics, type AnySectionPlugin } from "@nianbao/sdk";

/**
 * A section's stored metrics (section_metric): what the write path writes after a section changes, and what
 * `nianbao recompute-metrics` rewrites. The rows are what the section's plugin computes from its data.
 */

/** A stored metric row as [key, value, numerator, denominator, lowerBound, stated, unit, aggregate, pluginId]. */
export type StoredMetric = [
  string,
  number | null,
  number | null,
  number | null,
  boolean,
  boolean,
  string,
  string,
  string,
];

/** A section's metric rows as its plugin computes them from `data` (current data shape). */
function metricRows(plugin: AnySectionPlugin, section: { id: string; reportId: string }, data: unknown) {
  return Object.entries(computeMetrics(plugin, data)).map(([key, v]) => ({
    report_section_id: section.id,
    report_id: section.reportId,
    plugin_id: plugin.id,
    metric_key: key,
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    lower_bound: v.lowerBound,
    stated: v.stated ?? false,
    unit: plugin.metrics[key]!.unit,
    aggregate: plugin.metrics[key]!.aggregate,
  }));
}

/**
 * Bring a section's stored metrics to what its plugin computes from `data`, writing only what changed: an
 * autosave whose figures are unchanged touches no metric row, so the year's rollups are not recounted (and
 * the year's recount lock is not taken).
 */
export async function syncMetrics(
  trx: Transaction<DB>,
  plugin: AnySectionPlugin,
  section: { id: string; reportId: string },
  data: unknown,
  stored: StoredMetric[],
): Promise<void> {
  const rows = metricRows(plugin, section, data);
  const same = (r: (typeof rows)[number], m: StoredMetric) =>
    m[1] === r.value &&
    m[2] === r.numerator &&
    m[3] === r.denominator &&
    m[4] === r.lower_bound &&
    m[5] === r.stated &&
    m[6] === r.unit &&
    m[7] === r.aggregate &&
    m[8] === r.plugin_id;
  const byKey = new Map(stored.map((m) => [m[0], m]));
  const write = rows.filter((r) => {
    const m = byKey.get(r.metric_key);
    return !m || !same(r, m);
  });
  const keep = new Set(rows.map((r) => r.metric_key));
  const drop = [
    ...write.map((r) => r.metric_key),
    ...stored.map((m) => m[0]).filter((k) => !keep.has(k)),
  ].filter((k) => byKey.has(k));
  if (drop.length)
    await trx
      .deleteFrom("section_metric")
      .where("report_section_id", "=", section.id)
      .where("metric_key", "in", drop)
      .execute();
  if (write.length) await trx.insertInto("section_metric").values(write).execute();
}

/** Replace a section's stored metrics with those its plugin computes from `data` (current data shape). */
export async function writeMetrics(
  db: Kysely<DB>,
  plugin: AnySectionPlugin,
  section: { id: string; reportId: string },
  data: unknown,
): Promise<number> {
  await db.deleteFrom("section_metric").where("report_section_id", "=", section.id).execute();
  const rows = metricRows(plugin, section, data);
  if (rows.length) await db.insertInto("section_metric").values(rows).execute();
  return rows.length;
}
