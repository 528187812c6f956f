import { sql, type DB, type Kysely, type MetricRollupTable } from "@nianbao/db";
import { metricTargets, type Aggregate, type LocalizedText, type MetricValue } from "@nianbao/sdk";
import type { SectionLookup } from "../trpc.ts";
import {
  childUnits,
  expectedCte,
  headingOf,
  isTownship,
  regionOf,
  yearSections,
  yearsBelow,
  type OrgRef,
} from "./dashboard.ts";

// The dashboard's metrics table: townships (or counties) as rows, metrics grouped by section as columns,
// aggregated in SQL as each metric declares (dashboard.ts holds the region, the expected reports and the
// completeness it shares this with).

export interface MetricColumn {
  pluginId: string;
  key: string;
  label: LocalizedText;
  unit: string;
  aggregate: Aggregate;
  /** The least value the year's settings ask for (a rate's target is a percentage); null: none. */
  target: number | null;
}

export interface ColumnGroup {
  pluginId: string;
  sectionKey: string;
  heading: string;
  title: LocalizedText;
  metrics: MetricColumn[];
}

export interface MetricCell extends MetricValue {
  /** How many reports gave a value. */
  reporting: number;
  /** Of those, how many gave a rate only as a stated percentage (not in a total rate, which sums counts). */
  statedOnly: number;
  /** Below the year's target. */
  miss: boolean;
}

export interface MetricsRow {
  org: OrgRef;
  reportId: string | null;
  cells: Record<string, MetricCell>;
}

export interface MetricsTable {
  region: OrgRef;
  year: number;
  groups: ColumnGroup[];
  rows: MetricsRow[];
  total: Record<string, MetricCell>;
}

/** A metric's key in a row's cells (aggregateQuery builds the same in SQL). */
export const cellKey = (pluginId: string, key: string) => `${pluginId}.${key}`;

/** Column groups for a year: one per plugin of an enabled section, in outline order, with the year's targets. */
export function columnGroups(
  ys: Array<{
    key: string;
    plugin: string;
    heading: string | null;
    partTitle?: string | null;
    settings: Record<string, unknown>;
  }>,
  sections: SectionLookup,
  pluginId?: string,
): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  for (const s of ys) {
    const plugin = sections.get(s.plugin);
    if (!plugin || groups.some((g) => g.pluginId === s.plugin) || (pluginId && s.plugin !== pluginId))
      continue;
    const metrics = Object.entries(plugin.metrics);
    if (metrics.length === 0) continue;
    const targets = metricTargets(plugin, s.settings);
    groups.push({
      pluginId: plugin.id,
      sectionKey: s.key,
      heading: headingOf(s, sections),
      title: plugin.title,
      metrics: metrics.map(([key, m]) => ({
        pluginId: plugin.id,
        key,
        label: m.label,
        unit: m.unit,
        aggregate: m.aggregate,
        target: targets[key] ?? null,
      })),
    });
  }
  return groups;
}

/** A metric's partial aggregates (the shape metric_rollup stores) for one row of a table or trend. */
export interface AggRow extends Pick<MetricRollupTable, "sum" | "num" | "den" | "max" | "min" | "n" | "lb"> {
  /** How many reports gave the rate only as a stated percentage (metric_rollup.stated). */
  stated: number;
  /** The row's org unit; null on the region's total. */
  child_id: string | null;
  year: number;
  /** The metric's cell key, `plugin.metric` (see cellKey). */
  key: string;
}

/** One aggregated SQL row as a cell, combined the way its metric declares. */
export function toCell(r: AggRow | undefined, column: MetricColumn, total: boolean): MetricCell {
  if (!r)
    return {
      value: null,
      numerator: null,
      denominator: null,
      lowerBound: false,
      reporting: 0,
      statedOnly: 0,
      miss: false,
    };
  let cell: MetricCell;
  if (column.aggregate === "rate") {
    const num = r.num === null ? null : Number(r.num);
    const den = r.den === null ? null : Number(r.den);
    const statedOnly = Number(r.stated ?? 0);
    cell = {
      value: num !== null && den !== null && den > 0 ? (num / den) * 100 : null,
      numerator: num,
      denominator: den,
      lowerBound: false,
      reporting: r.n,
      statedOnly,
      miss: false,
    };
    // One township that stated only a percentage: its cell shows that percentage (max = min = its value). A total
    // never turns stated percentages into counts: it is the counted rate, and says how many only stated one.
    if (!total && den === null && statedOnly > 0 && r.max !== null) {
      cell = { ...cell, value: Number(r.max), lowerBound: !!r.lb, stated: true };
    }
  } else {
    const v = column.aggregate === "sum" ? r.sum : column.aggregate === "max" ? r.max : r.min;
    cell = {
      value: v === null ? null : Number(v),
      numerator: null,
      denominator: null,
      lowerBound: column.aggregate === "sum" && !!r.lb,
      reporting: r.n,
      statedOnly: 0,
      miss: false,
    };
  }
  // A township's figure is held against the target; a region's total only for rates (a count target is per township).
  if (column.target !== null && cell.value !== null && (!total || column.aggregate !== "sum"))
    cell.miss = cell.value < column.target;
  return cell;
}

/**
 * The cells of one table row (or trend point) for every column, from the aggregated rows grouped by `rowOf`
 * (a child row's id, null for the total; or a year). Lookups go through one small map per row: the table of a
 * county has thousands of cells.
 */
export function cellsBy<K>(groups: ColumnGroup[], rows: AggRow[], rowOf: (r: AggRow) => K) {
  const columns = groups.flatMap((g) =>
    g.metrics.map((column) => ({ column, key: cellKey(column.pluginId, column.key) })),
  );
  const byRow = new Map<K, Map<string, AggRow>>();
  for (const r of rows) {
    const k = rowOf(r);
    let cells = byRow.get(k);
    if (!cells) byRow.set(k, (cells = new Map()));
    cells.set(r.key, r);
  }
  return (k: K, total: boolean): Record<string, MetricCell> => {
    const found = byRow.get(k);
    const cells: Record<string, MetricCell> = {};
    for (const { column, key } of columns) cells[key] = toCell(found?.get(key), column, total);
    return cells;
  };
}

/**
 * Partial aggregates (of `p`: section_metric_partial rows or metric_rollup rows) combined: exact for sums,
 * rates, max, min, counts and lower bounds. The database's rollup recount (migration 0400) combines the same way.
 */
const combined = sql`sum(p.sum) as sum, sum(p.num) as num, sum(p.den) as den, max(p.max) as max, min(p.min) as min,
      coalesce(sum(p.n), 0)::int as n, bool_or(p.lb) as lb, coalesce(sum(p.stated), 0)::int as stated`;

/**
 * The SQL that aggregates a region's metrics per year, per child row and in total, in one pass: the stored
 * metric values of the reports of years set by the region or above it, and the rollups of the years set
 * below it, both as partial aggregates (the view section_metric_partial, metric_rollup) combined per row
 * and for the total (`grouping sets`). With `perChild: false` only the totals per year are returned (year over year);
 * `pluginIds` null: every plugin's metrics (the caller picks the columns of the year's outline).
 */
export function aggregateQuery(
  regionId: string,
  years: readonly number[],
  pluginIds: readonly string[] | null,
  perChild = true,
) {
  const ofPlugins = (column: string) =>
    pluginIds ? sql`and ${sql.ref(column)} in (${sql.join(pluginIds)})` : sql``;
  const groups = perChild
    ? sql`grouping sets ((p.metric_key, p.plugin_id, p.year, p.child_id), (p.metric_key, p.plugin_id, p.year))`
    : sql`p.year, p.plugin_id, p.metric_key`;
  // Keys are compared bytewise (collate "C"): sorting thousands of rows by locale is several times slower.
  return sql<AggRow>`${expectedCte(regionId, years)},
    p as (
      select e.child_id, e.year, m.plugin_id collate "C" as plugin_id, m.metric_key collate "C" as metric_key,
        m.sum, m.num, m.den, m.max, m.min, m.n, m.lb, m.stated
      from expected e
      join report r on r.report_year_id = e.year_id and r.org_unit_id = e.org_id
      -- per report through the covering index ("offset 0" keeps the planner from hashing every metric row)
      cross join lateral (select * from section_metric_partial m where m.report_id = r.id ${ofPlugins("m.plugin_id")} offset 0) m
      union all
      select b.child_id, b.year, ro.plugin_id collate "C", ro.metric_key collate "C", ro.sum, ro.num, ro.den, ro.max, ro.min, ro.n, ro.lb, ro.stated
      from (${yearsBelow(regionId, years)}) b
      join metric_rollup ro on ro.report_year_id = b.year_id
      where true ${ofPlugins("ro.plugin_id")}
    )
    -- the cell key in cellKey's form: one short string per row instead of two
    select ${perChild ? sql`p.child_id` : sql`null::uuid as child_id`}, p.year, p.plugin_id || '.' || p.metric_key as key, ${combined}
    from p
    group by ${groups}`;
}

/** Per (year, child row or total, metric): the partial aggregates of the raw and the rolled-up parts combined. */
export async function aggregate(
  db: Kysely<DB>,
  regionId: string,
  years: readonly number[],
  pluginIds: readonly string[] | null,
  perChild = true,
): Promise<AggRow[]> {
  if (pluginIds?.length === 0) return [];
  return (await aggregateQuery(regionId, years, pluginIds, perChild).execute(db)).rows;
}

/**
 * Recount every year's rollups (of one calendar year, or all) — after a bulk job that deferred the database's
 * per-statement recounts (`set local nianbao.defer_rollups = on`), such as recomputing stored metrics.
 */
export async function refreshAllRollups(db: Kysely<DB>, year?: number): Promise<void> {
  await sql`select refresh_all_rollups(${year ?? null}::integer)`.execute(db);
}

export async function metricsTable(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: { regionId: string; year: number; pluginId?: string | undefined },
): Promise<MetricsTable> {
  // All at once: the metrics are aggregated for every plugin (or the one asked for) while the year's outline
  // is read; the columns of the outline's enabled sections then pick their cells.
  const [ys, rows, children, reports] = await Promise.all([
    yearSections(db, input.regionId, input.year),
    aggregate(db, input.regionId, [input.year], input.pluginId ? [input.pluginId] : null),
    childUnits(db, input.regionId),
    // Which rows have reports expected (and a township row's report): the region's own years per
    // township, and any year set below the region for a county or city row.
    sql<{ child_id: string; report_id: string | null }>`${expectedCte(input.regionId, [input.year])}
      select e.child_id, (array_agg(r.id))[1] as report_id
      from expected e left join report r on r.report_year_id = e.year_id and r.org_unit_id = e.org_id
      group by e.child_id
      union all
      select distinct b.child_id, null::uuid from (${yearsBelow(input.regionId, [input.year])}) b`.execute(
      db,
    ),
  ]);
  const reg = regionOf(children, input.regionId);
  const groups = columnGroups(ys.sections, sections, input.pluginId);
  const cellsOf = cellsBy(groups, rows, (r) => r.child_id);
  const expected = new Map<string, string | null>();
  for (const r of reports.rows) if (!expected.get(r.child_id)) expected.set(r.child_id, r.report_id);
  return {
    region: reg,
    year: input.year,
    groups,
    rows: children
      .filter((c) => expected.has(c.id))
      .map((c) => ({
        org: { id: c.id, name: c.name, kind: c.kind },
        reportId: isTownship(c.kind) ? (expected.get(c.id) ?? null) : null,
        cells: cellsOf(c.id, false),
      })),
    total: cellsOf(null, true),
  };
}

// ---------------------------------------------------------------- regions and years for the filters

/** Regions one can choose (cities and counties, with their parent) and the years set anywhere. */
export async function dashboardFilters(db: Kysely<DB>) {
  const [regions, years] = await Promise.all([
    db
      .selectFrom("org_unit")
      .select(["id", "name", "kind", "parent_id as parentId"])
      .where("kind", "in", ["city", "county"])
      .orderBy("name")
      .execute(),
    db.selectFrom("report_year").select("year").distinct().orderBy("year", "desc").execute(),
  ]);
  return { regions, years: years.map((y) => y.year) };
}
