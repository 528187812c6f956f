import { sql, type DB, type Kysely, type OrgKind, type ReportStatus } from "@nianbao/db";
import { templateSections, yearTemplateSchema, type YearTemplate } from "@nianbao/document";
import { t } from "@nianbao/sdk";
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
export function expectedCte(regionId: string, years: readonly number[]) {
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
export function yearsBelow(regionId: string, years: readonly number[]) {
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
export function regionOf(units: OrgRef[], regionId: string): OrgRef {
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
  /** A township's report imported from a Word or text file: when, and the file's name (null: not imported). */
  imported: { at: Date; source: string | null } | null;
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
  imported_at: Date | string | null;
  import_source: string | null;
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
export function headingOf(
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
          s.unbound as unbound_figures, r.imported_at, r.import_source
        from expected e
        left join report r on r.report_year_id = e.year_id and r.org_unit_id = e.org_id
        left join lateral (select count(*)::int as started, count(*) filter (where rs.status = 'complete')::int as complete,
            coalesce(sum(rs.unbound_figures), 0)::int as unbound
          from report_section rs where rs.report_id = r.id) s on true
        union all
        select b.child_id, p.expected, p.started, p.submitted, p.approved, p.on_time, null, null, null, 0, 0, 0,
          null, null
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
        max(c.imported_at) as imported_at,
        (array_agg(c.import_source) filter (where c.imported_at is not null))[1] as import_source,
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
          imported:
            township && r.imported_at ? { at: new Date(r.imported_at), source: r.import_source } : null,
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
export async function childUnits(db: Kysely<DB>, regionId: string): Promise<OrgRef[]> {
  return db
    .selectFrom("org_unit")
    .select(["id", "name", "kind"])
    .where((eb) => eb.or([eb("parent_id", "=", regionId), eb("id", "=", regionId)]))
    .orderBy(sql`id = ${regionId}`)
    .orderBy("name")
    .execute();
}
