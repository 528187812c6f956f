import {
  sql,
  type DB,
  type Kysely,
  type MetricRollupTable,
  type OrgKind,
  type ReportStatus,
} from "@nianbao/db";
import { templateSections, yearTemplateSchema, type YearTemplate } from "@nianbao/document";
import { metricTargets, t, type Aggregate, type LocalizedText, type MetricValue } from "@nianbao/sdk";
import { notFound } from "../errors.ts";
import type { SectionLookup } from "../trpc.ts";

// The dashboard's numbers. Everything is aggregated in SQL: over section_metric report by report, and over the
// per-year rollups the database keeps current (migration 0400) for the years set below the region viewed. The
// org tree is walked from the region down through org_unit_closure, and every query takes the region (org
// unit) and the year(s) explicitly, so that an access rule "administrator/reviewer of this region" can guard each call.
// Rows are the region's direct children (townships under a county; counties under a city), each
// aggregating its own subtree; the total aggregates the whole region.

/**
 * The reports a dashboard query expects, counted report by report, each under the row it is counted in (the
 * region's direct child holding the township): the assignments of the years set by the region or above it
 * that fall within the region, and the region's own assignment (a township viewed on its own). Years set
 * below the region (a county's year under a city) are read from their rollups instead (metric_rollup,
 * year_progress). The org tree is read through org_unit_closure, whose row estimates the planner can trust.
 */
function expectedCte(regionId: string, years: readonly number[]) {
  const inYears = sql`y.year in (${sql.join(years)})`;
  // The years set by the region or above it: a handful of rows, fenced off (materialized) so that the plan
  // starts from them and not from every year's assignments.
  return sql`with years_here as materialized (
      select y.id, y.year, y.deadline
      from org_unit_closure up join report_year y on y.region_id = up.ancestor_id and ${inYears}
      where up.descendant_id = ${regionId}
    ),
    expected(org_id, child_id, year_id, year, deadline) as (
      select a.org_unit_id, c.child_id, y.id, y.year, y.deadline
      from years_here y
      join report_year_assignment a on a.report_year_id = y.id
      -- the region's child holding the unit: among the unit's few ancestors, the one whose parent is the region
      cross join lateral (
        select o.id as child_id from org_unit_closure up2 join org_unit o on o.id = up2.ancestor_id
        where up2.descendant_id = a.org_unit_id and o.parent_id = ${regionId}
        limit 1
      ) c
      union all
      select a.org_unit_id, a.org_unit_id, y.id, y.year, y.deadline
      from report_year_assignment a join report_year y on y.id = a.report_year_id and ${inYears}
      where a.org_unit_id = ${regionId}
    )`;
}

/**
 * The years set below the region (a county's year seen from a city or province), each under the region's
 * child holding the year's region: `child_id, year_id, year`. Their reports are read from the rollups.
 */
function yearsBelow(regionId: string, years: readonly number[]) {
  return sql`select c1.descendant_id as child_id, y.id as year_id, y.year
    from org_unit_closure c1
    join org_unit_closure c2 on c2.ancestor_id = c1.descendant_id
    join report_year y on y.region_id = c2.descendant_id and y.year in (${sql.join(years)})
    where c1.ancestor_id = ${regionId} and c1.depth = 1`;
}

export interface OrgRef {
  id: string;
  name: string;
  kind: OrgKind;
}

export async function region(
  db: Kysely<DB>,
  regionId: string,
): Promise<OrgRef & { parentId: string | null }> {
  const org = await db
    .selectFrom("org_unit")
    .select(["id", "name", "kind", "parent_id as parentId"])
    .where("id", "=", regionId)
    .executeTakeFirst();
  if (!org) throw notFound("找不到该地区或单位");
  return org;
}

/** The region itself, from its `childUnits` (which list it too), so that a view reads the org tree once. */
function regionOf(units: OrgRef[], regionId: string): OrgRef {
  const org = units.find((u) => u.id === regionId);
  if (!org) throw notFound("找不到该地区或单位");
  return { id: org.id, name: org.name, kind: org.kind };
}

export const isTownship = (kind: OrgKind) => kind === "township" || kind === "street";

// ---------------------------------------------------------------- completeness and timeliness

export interface CompletenessCounts {
  /** Townships assigned to report this year. */
  expected: number;
  /** With at least one section saved. */
  started: number;
  /** Submitted or approved (a returned report counts again once resubmitted). */
  submitted: number;
  approved: number;
  /** Submitted before the end of the deadline day. */
  onTime: number;
}

export interface CompletenessRow extends CompletenessCounts {
  org: OrgRef;
  /** For a township row: its report (null when never opened), status and submission time. */
  reportId: string | null;
  status: ReportStatus | null;
  submittedAt: Date | null;
  sectionsStarted: number;
  sectionsComplete: number;
  /** Figures typed as plain text in the township's own words, not bound to a field (issue 15). */
  unboundFigures: number;
}

export interface SectionCompleteness {
  key: string;
  plugin: string;
  heading: string;
  expected: number;
  started: number;
  complete: number;
}

export interface Completeness {
  region: OrgRef;
  year: number;
  deadline: string | null;
  overall: CompletenessCounts;
  rows: CompletenessRow[];
  sections: SectionCompleteness[];
}

interface CountsRow {
  child_id: string | null;
  expected: number;
  started: number;
  submitted: number;
  approved: number;
  on_time: number;
  report_id: string | null;
  status: ReportStatus | null;
  submitted_at: Date | null;
  sections_started: number;
  sections_complete: number;
  unbound_figures: number;
  is_total: number;
}

/** The enabled sections of the year's templates in the region, in outline order (one per section key). */
export async function yearSections(db: Kysely<DB>, regionId: string, year: number) {
  // The years set by the region, above it or below it (found by region, without reading assignments).
  const { rows } = await sql<{ template: unknown; deadline: string | null }>`
    select y.template, max(y.deadline) as deadline from report_year y
    where y.year = ${year} and (
      y.region_id in (select ancestor_id from org_unit_closure where descendant_id = ${regionId})
      or y.region_id in (select descendant_id from org_unit_closure where ancestor_id = ${regionId}))
    group by y.template`.execute(db);
  const seen = new Set<string>();
  const sections: Array<ReturnType<typeof templateSections>[number] & { partTitle: string | null }> = [];
  for (const r of rows) {
    const template: YearTemplate = yearTemplateSchema.parse(r.template);
    const partTitles = new Map(
      template.parts.map((p) => [
        p.key,
        p.title?.replaceAll("{year}", String(year)).replaceAll("{nextYear}", String(year + 1)) ?? null,
      ]),
    );
    for (const s of templateSections(template)) {
      if (!s.enabled || seen.has(s.key)) continue;
      seen.add(s.key);
      sections.push({ ...s, partTitle: partTitles.get(s.partKey) ?? null });
    }
  }
  const deadlines = rows
    .map((r) => r.deadline)
    .filter((d): d is string => !!d)
    .sort();
  return { sections, deadline: deadlines.at(-1) ?? null };
}

/** A section's name on the dashboard: its heading, else its part's title (what the report prints above it), else its plugin's title. */
function headingOf(
  s: { heading: string | null; plugin: string; partTitle?: string | null },
  sections: SectionLookup,
): string {
  const plugin = sections.get(s.plugin);
  return s.heading ?? s.partTitle ?? (plugin ? t(plugin.title, "zh-CN") : s.plugin);
}

/**
 * Completeness and timeliness of a region's reports for a year, per child row, per section and overall. The
 * years set by the region or above it are counted report by report (the county viewing its townships); the
 * years set below it are read from their counts kept by the database (year_progress, year_section_progress:
 * a province adds up its counties' years instead of counting every report and section).
 */
export async function completeness(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: { regionId: string; year: number },
): Promise<Completeness> {
  // The counts kept for the years set below the region, under the child row holding each year's region.
  const below = (progress: "year_progress" | "year_section_progress") =>
    sql`from (${yearsBelow(input.regionId, [input.year])}) b join ${sql.table(progress)} p on p.report_year_id = b.year_id`;
  const [children, counts, perSection, ys] = await Promise.all([
    childUnits(db, input.regionId),
    sql<CountsRow>`${expectedCte(input.regionId, [input.year])},
      c as (
        select e.child_id, 1 as expected, (s.started > 0)::int as started,
          (r.status in ('submitted', 'approved'))::int as submitted, (r.status = 'approved')::int as approved,
          report_on_time(r.status, r.submitted_at, e.deadline)::int as on_time,
          r.id as report_id, r.status, r.submitted_at, s.started as sections_started, s.complete as sections_complete,
          s.unbound as unbound_figures
        from expected e
        left join report r on r.report_year_id = e.year_id and r.org_unit_id = e.org_id
        left join lateral (select count(*)::int as started, count(*) filter (where rs.status = 'complete')::int as complete,
            coalesce(sum(rs.unbound_figures), 0)::int as unbound
          from report_section rs where rs.report_id = r.id) s on true
        union all
        select b.child_id, p.expected, p.started, p.submitted, p.approved, p.on_time, null, null, null, 0, 0, 0
        ${below("year_progress")}
      )
      select c.child_id, coalesce(sum(c.expected), 0)::int as expected, coalesce(sum(c.started), 0)::int as started,
        coalesce(sum(c.submitted), 0)::int as submitted, coalesce(sum(c.approved), 0)::int as approved,
        coalesce(sum(c.on_time), 0)::int as on_time,
        (array_agg(c.report_id) filter (where c.report_id is not null))[1] as report_id,
        (array_agg(c.status) filter (where c.status is not null))[1] as status,
        max(c.submitted_at) as submitted_at,
        coalesce(sum(c.sections_started), 0)::int as sections_started, coalesce(sum(c.sections_complete), 0)::int as sections_complete,
        coalesce(sum(c.unbound_figures), 0)::int as unbound_figures,
        grouping(c.child_id) as is_total
      from c
      group by grouping sets ((c.child_id), ())`.execute(db),
    sql<{
      section_key: string;
      started: number;
      complete: number;
    }>`${expectedCte(input.regionId, [input.year])},
      s as (
        select rs.section_key, count(*)::int as started, count(*) filter (where rs.status = 'complete')::int as complete
        from expected e
        join report r on r.report_year_id = e.year_id and r.org_unit_id = e.org_id
        join report_section rs on rs.report_id = r.id
        group by rs.section_key
        union all
        select p.section_key, p.started, p.complete
        ${below("year_section_progress")}
      )
      select section_key, sum(started)::int as started, sum(complete)::int as complete from s group by section_key`.execute(
      db,
    ),
    yearSections(db, input.regionId, input.year),
  ]);
  const reg = regionOf(children, input.regionId);
  const zero: CompletenessCounts = { expected: 0, started: 0, submitted: 0, approved: 0, onTime: 0 };
  const toCounts = (r: CountsRow | undefined): CompletenessCounts =>
    r
      ? {
          expected: r.expected,
          started: r.started,
          submitted: r.submitted,
          approved: r.approved,
          onTime: r.on_time,
        }
      : zero;
  const total = counts.rows.find((r) => Number(r.is_total) === 1);
  const byChild = new Map(counts.rows.filter((r) => Number(r.is_total) === 0).map((r) => [r.child_id, r]));
  const started = new Map(perSection.rows.map((r) => [r.section_key, r]));
  const overall = toCounts(total);
  return {
    region: reg,
    year: input.year,
    deadline: ys.deadline,
    overall,
    rows: children
      .filter((c) => byChild.has(c.id))
      .map((c) => {
        const r = byChild.get(c.id)!;
        const township = isTownship(c.kind);
        return {
          org: { id: c.id, name: c.name, kind: c.kind },
          ...toCounts(r),
          reportId: township ? r.report_id : null,
          status: township ? r.status : null,
          submittedAt: township && r.submitted_at ? new Date(r.submitted_at) : null,
          sectionsStarted: township ? r.sections_started : 0,
          sectionsComplete: township ? r.sections_complete : 0,
          unboundFigures: township ? r.unbound_figures : 0,
        };
      }),
    sections: ys.sections.map((s) => ({
      key: s.key,
      plugin: s.plugin,
      heading: headingOf(s, sections),
      expected: overall.expected,
      started: started.get(s.key)?.started ?? 0,
      complete: started.get(s.key)?.complete ?? 0,
    })),
  };
}

/** The region's direct children ordered by name, then the region itself (a township viewed on its own is its one row). */
async function childUnits(db: Kysely<DB>, regionId: string): Promise<OrgRef[]> {
  return db
    .selectFrom("org_unit")
    .select(["id", "name", "kind"])
    .where((eb) => eb.or([eb("parent_id", "=", regionId), eb("id", "=", regionId)]))
    .orderBy(sql`id = ${regionId}`)
    .orderBy("name")
    .execute();
}

// ---------------------------------------------------------------- the metrics table

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
