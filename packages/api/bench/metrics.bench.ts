/**
 * `pnpm bench metrics [--townships 40000] [--engines pglite,postgres] [--runs 9] [--explain]`
 *
 * Generates a province-scale synthetic dataset on the server side (INSERT … SELECT generate_series, no
 * per-row round trips): a province → 20 cities → 20 counties each → townships (40,000 by default), every
 * township with a full report (every enabled section of the official outline, every metric of its plugin)
 * for 2023 and 2024. Then prints the median latency of the dashboard's queries: the county view (metrics
 * table + completeness of one county), the whole-dataset view (the same for the province) and the
 * year-over-year queries — on PGlite (in a temp dir) and on PostgreSQL (a fresh database on
 * postgresql://postgres@127.0.0.1:5432, created and dropped). Prints figures; never fails on a budget.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createDb, sql, type Database } from "@nianbao/db";
import { officialOutline, templateSections } from "@nianbao/document";
import { sections } from "@nianbao/sections";
import pg from "pg";
import { aggregateQuery, completeness, metricsTable, metricsTrend, refreshAllRollups, townshipMetrics } from "../src/services/dashboard.ts";

const { values: args } = parseArgs({
  options: {
    townships: { type: "string", default: "40000" },
    engines: { type: "string", default: "pglite,postgres" },
    runs: { type: "string", default: "9" },
    explain: { type: "boolean", default: false },
    "postgres-url": { type: "string", default: process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
});
const CITIES = 20;
const COUNTIES = 20;
const PER_COUNTY = Math.max(1, Math.round(Number(args.townships) / (CITIES * COUNTIES)));
const RUNS = Math.max(1, Number(args.runs));
const YEARS = [2023, 2024];

const template = {
  ...officialOutline,
  parts: officialOutline.parts.map((p) => ({ ...p, sections: p.sections.map((s) => ({ ...s, pluginVersion: sections.get(s.plugin)?.version ?? s.pluginVersion })) })),
};
const enabled = templateSections(template).filter((s) => s.enabled && sections.get(s.plugin) && Object.keys(sections.get(s.plugin)!.metrics).length);
const metricDefs = enabled.flatMap((s) => Object.entries(sections.get(s.plugin)!.metrics).map(([key, m]) => ({ plugin: s.plugin, key, aggregate: m.aggregate, unit: m.unit })));

const values = <T>(rows: T[], cols: (r: T) => unknown[]) => sql.join(rows.map((r) => sql`(${sql.join(cols(r))})`));

async function generate(database: Database): Promise<{ root: string; county: string; township: string }> {
  const db = database.db;
  const t0 = performance.now();
  const root = (await db.insertInto("org_unit").values({ name: "基准省", kind: "city", parent_id: null }).returning("id").executeTakeFirstOrThrow()).id;
  await sql`insert into org_unit (name, kind, parent_id) select '市' || i, 'city', ${root}::uuid from generate_series(1, ${CITIES}) i`.execute(db);
  await sql`insert into org_unit (name, kind, parent_id) select c.name || '县' || j, 'county', c.id from org_unit c, generate_series(1, ${COUNTIES}) j where c.parent_id = ${root}`.execute(db);
  await sql`insert into org_unit (name, kind, parent_id) select k.name || '镇' || j, 'township', k.id from org_unit k, generate_series(1, ${PER_COUNTY}) j where k.kind = 'county'`.execute(db);
  await sql`insert into report_year (region_id, year, status, deadline, template, published_at)
    select k.id, y, 'published', make_date(y + 1, 3, 1), ${JSON.stringify(template)}::jsonb, now()
    from org_unit k, unnest(${sql.raw(`array[${YEARS.join(",")}]`)}) y where k.kind = 'county'`.execute(db);
  await sql`insert into report_year_assignment (report_year_id, org_unit_id) select y.id, t.id from report_year y join org_unit t on t.parent_id = y.region_id`.execute(db);
  await sql`insert into report (report_year_id, org_unit_id, status, submitted_at, signed_on)
    select a.report_year_id, a.org_unit_id, s.status,
      case when s.status in ('submitted', 'approved') then make_date(y.year + 1, 2, 1) + random() * interval '35 days' end, null
    from report_year_assignment a join report_year y on y.id = a.report_year_id,
      lateral (select (array['draft', 'submitted', 'returned', 'approved'])[1 + floor(random() * 4)::int + 0 * length(a.org_unit_id::text)] as status) s`.execute(db);
  const secs = values(enabled, (s) => [s.key, s.plugin]);
  const defs = values(metricDefs, (m) => [m.plugin, m.key, m.aggregate, m.unit]);
  const cities = await db.selectFrom("org_unit").select("id").where("parent_id", "=", root).execute();
  // In batches (a city's reports of one year at a time), so that neither engine holds millions of rows in one statement.
  for (const year of YEARS) {
    for (const city of cities) {
      const batch = sql`select r.id from report r join report_year y on y.id = r.report_year_id join org_unit k on k.id = y.region_id
        where y.year = ${year} and k.parent_id = ${city.id}`;
      await sql`insert into report_section (report_id, section_key, plugin_id, plugin_version, data, status, revision)
        select r.id, s.key, s.plugin, 1, '{}'::jsonb, case when random() < 0.7 then 'complete' else 'draft' end, 1
        from (${batch}) r cross join (values ${secs}) s(key, plugin)`.execute(db);
      await sql`insert into section_metric (report_section_id, report_id, plugin_id, metric_key, value, numerator, denominator, lower_bound, unit, aggregate)
        select x.id, x.report_id, x.plugin_id, x.key,
          case when x.aggregate = 'rate' then (case when x.den > 0 then floor(x.r1 * (x.den + 1)) / x.den * 100 end) else floor(x.r2 * 200) end,
          case when x.aggregate = 'rate' then floor(x.r1 * (x.den + 1)) end,
          case when x.aggregate = 'rate' then x.den end,
          x.aggregate = 'sum' and x.r2 < 0.05, x.unit, x.aggregate
        from (
          select rs.id, rs.report_id, rs.plugin_id, m.key, m.aggregate, m.unit,
            abs(hashtext(rs.id::text || m.key)) % 50 as den, random() as r1, random() as r2
          from report_section rs join (values ${defs}) m(plugin, key, aggregate, unit) on m.plugin = rs.plugin_id
          where rs.report_id in (${batch})
        ) x`.execute(db);
    }
  }
  const t1 = performance.now();
  await refreshAllRollups(db);
  console.log(`  rolled up every report year's metrics in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  // Autovacuum would have run by now on a real server: the visibility map lets index-only scans skip the heap.
  await sql`vacuum analyze`.execute(db);
  const counts = await sql<{ orgs: number; reports: number; sections: number; metrics: number }>`select
    (select count(*) from org_unit)::int as orgs, (select count(*) from report)::int as reports,
    (select count(*) from report_section)::int as sections, (select count(*) from section_metric)::int as metrics`.execute(db);
  const c = counts.rows[0]!;
  console.log(
    `  generated ${c.orgs.toLocaleString()} org units, ${c.reports.toLocaleString()} reports, ${c.sections.toLocaleString()} sections, ` +
      `${c.metrics.toLocaleString()} metric values in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const county = (await db.selectFrom("org_unit").select("id").where("kind", "=", "county").orderBy("name").limit(1).executeTakeFirstOrThrow()).id;
  const township = (await db.selectFrom("org_unit").select("id").where("parent_id", "=", county).limit(1).executeTakeFirstOrThrow()).id;
  return { root, county, township };
}

async function median(label: string, fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await fn(); // warm-up: plans, caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)]!;
  console.log(`  ${label.padEnd(52)} median ${m.toFixed(1).padStart(8)} ms   (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}, ${runs} runs)`);
  return m;
}

async function measure(database: Database) {
  const db = database.db;
  const ids = await generate(database);
  const pluginIds = [...new Set(enabled.map((s) => s.plugin))];
  if (args.explain) {
    for (const [name, region] of [["county", ids.county], ["whole dataset", ids.root]] as const) {
      const plan = await sql<{ "QUERY PLAN": string }>`explain (analyze, costs off) ${aggregateQuery(region, [2024], pluginIds)}`.execute(db);
      console.log(`  EXPLAIN ANALYZE metrics aggregate, ${name}:\n${plan.rows.map((r) => `    ${r["QUERY PLAN"]}`).join("\n")}`);
    }
  }
  const county = { regionId: ids.county, year: 2024 };
  const whole = { regionId: ids.root, year: 2024 };
  const results = {
    county: await median("county view (metrics table + completeness)", () => Promise.all([metricsTable(db, sections, county), completeness(db, sections, county)])),
    countyMetrics: await median("  county metrics table", () => metricsTable(db, sections, county)),
    countyCompleteness: await median("  county completeness", () => completeness(db, sections, county)),
    whole: await median("whole dataset (metrics table + completeness)", () => Promise.all([metricsTable(db, sections, whole), completeness(db, sections, whole)]), Math.min(RUNS, 5)),
    wholeMetrics: await median("  whole-dataset metrics table", () => metricsTable(db, sections, whole), Math.min(RUNS, 5)),
    wholeCompleteness: await median("  whole-dataset completeness", () => completeness(db, sections, whole), Math.min(RUNS, 5)),
    yoyCounty: await median("year over year, county (2023 vs 2024)", () => metricsTrend(db, sections, { orgId: ids.county, years: YEARS })),
    yoyTownship: await median("year over year, township view (+ its county)", () => townshipMetrics(db, sections, { orgId: ids.township, year: 2024 })),
    yoyWhole: await median("year over year, whole dataset", () => metricsTrend(db, sections, { orgId: ids.root, years: YEARS }), Math.min(RUNS, 5)),
  };
  return results;
}

async function onPglite() {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-"));
  console.log(`\nPGlite (temp dir ${dir})`);
  const database = await createDb({ dataDir: dir });
  try {
    return await measure(database);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres() {
  const admin = new pg.Client({ connectionString: args["postgres-url"] });
  await admin.connect();
  const name = `nianbao_bench_${process.pid}`;
  await admin.query(`create database ${name}`);
  const url = new URL(args["postgres-url"]!);
  url.pathname = `/${name}`;
  console.log(`\nPostgreSQL (fresh database ${name})`);
  const database = await createDb({ databaseUrl: url.toString() });
  try {
    const version = await sql<{ server_version: string }>`show server_version`.execute(database.db);
    console.log(`  server ${version.rows[0]!.server_version}`);
    return await measure(database);
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

console.log(
  `Dashboard metrics benchmark: ${(CITIES * COUNTIES * PER_COUNTY).toLocaleString()} townships (${CITIES} cities × ${COUNTIES} counties × ${PER_COUNTY}), ` +
    `years ${YEARS.join(" and ")}, ${enabled.length} sections and ${metricDefs.length} metrics per report`,
);
const engines = args.engines!.split(",");
const summary: Record<string, Awaited<ReturnType<typeof measure>>> = {};
if (engines.includes("pglite")) summary.PGlite = await onPglite();
if (engines.includes("postgres")) summary.PostgreSQL = await onPostgres();
console.log("\nMedians (ms):");
console.table(Object.fromEntries(Object.entries(summary).map(([engine, r]) => [engine, Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v.toFixed(1))]))])));
console.log("Budgets on the 2-core machine with PostgreSQL: county view ≤ 50 ms, whole dataset ≤ 500 ms (printed, not enforced).");
