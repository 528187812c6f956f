/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import { sql, type Kysely } from "kysely";

// Stated rates: a rate a township knows only as a percentage ("96%", "80%以上"), without its counts. Its
// section_metric row holds the percentage as `value` with no numerator or denominator, flagged `stated`. It
// never enters a total rate (which sums counted numerators and denominators only); the partial aggregates
// count the reports that gave only a percentage (`stated`), so the dashboard can say so.

const partialView = (stated: boolean) => sql`create view section_metric_partial as
    select m.report_id, m.report_section_id, m.plugin_id, m.metric_key,
      m.value as sum,
      case when m.numerator is not null and m.denominator is not null then m.numerator end as num,
      case when m.numerator is not null and m.denominator is not null then m.denominator end as den,
      m.value as max,
      m.value as min,
      (m.value is not null or m.denominator is not null)::int as n,
      case when m.value is not null then m.lower_bound end as lb${
        stated
          ? sql`,
      (m.stated and m.value is not null)::int as stated`
          : sql``
      }
    from section_metric m`;

const refreshMetricRollup = (
  stated: boolean,
) => sql`create or replace function refresh_metric_rollup(years uuid[], plugins text[]) returns void language plpgsql as $$
    begin
      perform lock_years(years);
      delete from metric_rollup where report_year_id = any(years) and (plugins is null or plugin_id = any(plugins));
      insert into metric_rollup (report_year_id, plugin_id, metric_key, sum, num, den, max, min, n, lb${sql.raw(stated ? ", stated" : "")})
        select a.report_year_id, p.plugin_id, p.metric_key, sum(p.sum), sum(p.num), sum(p.den), max(p.max), min(p.min), coalesce(sum(p.n), 0), bool_or(p.lb)${sql.raw(stated ? ", coalesce(sum(p.stated), 0)" : "")}
        from report_year_assignment a
        join report r on r.report_year_id = a.report_year_id and r.org_unit_id = a.org_unit_id
        join section_metric_partial p on p.report_id = r.id
        where a.report_year_id = any(years) and (plugins is null or p.plugin_id = any(plugins))
        group by a.report_year_id, p.plugin_id, p.metric_key;
    end $$`;

// The dashboard reads a report's metric values through this covering index (migration 0300): it covers the flag too.
const reportIndex = (
  stated: boolean,
) => sql`create index section_metric_report_idx on section_metric (report_id, plugin_id, metric_key)
    include (value, numerator, denominator, lower_bound, aggregate${sql.raw(stated ? ", stated" : "")})`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table section_metric add column stated boolean not null default false`.execute(db);
  await sql`drop index section_metric_report_idx`.execute(db);
  await reportIndex(true).execute(db);
  await sql`alter table metric_rollup add column stated integer not null default 0`.execute(db);
  await sql`drop view section_metric_partial`.execute(db);
  await partialView(true).execute(db);
  await refreshMetricRollup(true).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop view section_metric_partial`.execute(db);
  await partialView(false).execute(db);
  await refreshMetricRollup(false).execute(db);
  await sql`drop index section_metric_report_idx`.execute(db);
  await reportIndex(false).execute(db);
  await sql`alter table metric_rollup drop column stated`.execute(db);
  await sql`alter table section_metric drop column stated`.execute(db);
}
