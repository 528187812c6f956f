/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import { sql, type Kysely } from "kysely";

// Each report year's rollups, kept current by the database whoever writes (the app, an import, a seed, a
// test). The dashboard (packages/api services/dashboard.ts) reads them for the years set below the region it
// shows — every county's year in a province-wide view — instead of reading 40,000 reports, half a million
// sections and millions of metric values on each request:
// - metric_rollup (migration 0300): the metrics of a year's expected reports as partial aggregates, now
//   maintained here instead of by the app;
// - year_progress: the reports expected (assignments), started (a section saved), submitted (or approved),
//   approved, and submitted on time;
// - year_section_progress: per section key, the expected reports that saved / completed the section.
// One definition of each rule, used by these recounts and by the dashboard's live queries alike:
// - report_on_time(status, submitted_at, deadline): submitted or approved before the end of the deadline
//   day in China;
// - section_metric_partial: a stored metric value as a partial aggregate (what it adds to a sum, a rate's
//   numerator and denominator, a max or min, the count of reports giving a value, a lower bound).
// Statement-level triggers on the tables these come from recount the years (and plugins) a statement touched.
// A recount takes the year's advisory lock, so that two transactions changing one year recount one after
// the other, the second seeing the first's committed rows. Updates that change nothing counted (a draft
// autosave's data, a report's updated_at) recount nothing. A bulk job may set `nianbao.defer_rollups = on`
// for its transaction and call refresh_all_rollups(year) at the end (recompute-metrics does).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function report_on_time(status text, submitted_at timestamptz, deadline date) returns boolean
    language sql immutable parallel safe
    return status in ('submitted', 'approved') and submitted_at < ((deadline + 1)::timestamp at time zone 'Asia/Shanghai')`.execute(
    db,
  );

  await sql`create view section_metric_partial as
    select m.report_id, m.report_section_id, m.plugin_id, m.metric_key,
      m.value as sum,
      case when m.numerator is not null and m.denominator is not null then m.numerator end as num,
      case when m.numerator is not null and m.denominator is not null then m.denominator end as den,
      m.value as max,
      m.value as min,
      (m.value is not null or m.denominator is not null)::int as n,
      case when m.value is not null then m.lower_bound end as lb
    from section_metric m`.execute(db);

  await sql`create table year_progress (
    report_year_id uuid primary key references report_year(id) on delete cascade,
    expected integer not null,
    started integer not null,
    submitted integer not null,
    approved integer not null,
    on_time integer not null
  )`.execute(db);
  await sql`create table year_section_progress (
    report_year_id uuid not null references report_year(id) on delete cascade,
    section_key text not null,
    started integer not null,
    complete integer not null,
    primary key (report_year_id, section_key)
  )`.execute(db);

  await sql`create function rollups_deferred() returns boolean language sql stable
    return coalesce(current_setting('nianbao.defer_rollups', true), '') = 'on'`.execute(db);

  // A recount takes the locks of its years in one order (by id), so that concurrent recounts of several years
  // never wait on each other in a circle. Advisory locks are held to the end of the transaction (reentrant).
  await sql`create function lock_years(years uuid[]) returns void language sql as $$
    select pg_advisory_xact_lock(hashtext('year_rollups:' || y)) from (select distinct y from unnest(years) y order by y) s
  $$`.execute(db);

  // The recounts work on a set of years at once: one year after a save, every year after a bulk job.
  await sql`create function refresh_year_progress(years uuid[]) returns void language plpgsql as $$
    begin
      perform lock_years(years);
      delete from year_progress where report_year_id = any(years);
      delete from year_section_progress where report_year_id = any(years);
      insert into year_progress (report_year_id, expected, started, submitted, approved, on_time)
        select y.id,
          count(a.org_unit_id),
          count(r.id) filter (where exists (select 1 from report_section rs where rs.report_id = r.id)),
          count(r.id) filter (where r.status in ('submitted', 'approved')),
          count(r.id) filter (where r.status = 'approved'),
          count(r.id) filter (where report_on_time(r.status, r.submitted_at, y.deadline))
        from report_year y
        left join report_year_assignment a on a.report_year_id = y.id
        left join report r on r.report_year_id = y.id and r.org_unit_id = a.org_unit_id
        where y.id = any(years)
        group by y.id;
      insert into year_section_progress (report_year_id, section_key, started, complete)
        select a.report_year_id, rs.section_key, count(*), count(*) filter (where rs.status = 'complete')
        from report_year_assignment a
        join report r on r.report_year_id = a.report_year_id and r.org_unit_id = a.org_unit_id
        join report_section rs on rs.report_id = r.id
        where a.report_year_id = any(years)
        group by a.report_year_id, rs.section_key;
    end $$`.execute(db);

  // Some plugins' metrics of the years (every plugin's when plugins is null).
  await sql`create function refresh_metric_rollup(years uuid[], plugins text[]) returns void language plpgsql as $$
    begin
      perform lock_years(years);
      delete from metric_rollup where report_year_id = any(years) and (plugins is null or plugin_id = any(plugins));
      insert into metric_rollup (report_year_id, plugin_id, metric_key, sum, num, den, max, min, n, lb)
        select a.report_year_id, p.plugin_id, p.metric_key, sum(p.sum), sum(p.num), sum(p.den), max(p.max), min(p.min), coalesce(sum(p.n), 0), bool_or(p.lb)
        from report_year_assignment a
        join report r on r.report_year_id = a.report_year_id and r.org_unit_id = a.org_unit_id
        join section_metric_partial p on p.report_id = r.id
        where a.report_year_id = any(years) and (plugins is null or p.plugin_id = any(plugins))
        group by a.report_year_id, p.plugin_id, p.metric_key;
    end $$`.execute(db);

  // What a trigger calls: nothing while a bulk job defers the recounts.
  await sql`create function refresh_year_rollups(years uuid[], progress boolean, metrics boolean) returns void language plpgsql as $$
    begin
      if rollups_deferred() or cardinality(years) = 0 then
        return;
      end if;
      if progress then
        perform refresh_year_progress(years);
      end if;
      if metrics then
        perform refresh_metric_rollup(years, null);
      end if;
    end $$`.execute(db);

  /** Every year's rollups (of one calendar year, or all), after a bulk job that deferred them. */
  await sql`create function refresh_all_rollups(calendar_year integer) returns void language plpgsql as $$
    declare years uuid[] := array(select id from report_year where calendar_year is null or year = calendar_year);
    begin
      perform refresh_year_progress(years);
      perform refresh_metric_rollup(years, null);
    end $$`.execute(db);

  // Each trigger function collects what its statement touched from the transition tables. A trigger has only
  // the tables of its event, and a statement may not even name the others: hence one branch per event.
  await sql`create function year_rollups_assignment_changed() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform refresh_year_rollups(array(select report_year_id from changed_new), true, true);
      elsif tg_op = 'DELETE' then
        perform refresh_year_rollups(array(select report_year_id from changed_old), true, true);
      else
        perform refresh_year_rollups(array(select report_year_id from changed_new union select report_year_id from changed_old), true, true);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create function year_rollups_report_changed() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        -- a new report has no sections or metrics yet: it only counts as not started
        perform refresh_year_rollups(array(select report_year_id from changed_new), true, false);
      elsif tg_op = 'DELETE' then
        perform refresh_year_rollups(array(select report_year_id from changed_old), true, true);
      else
        perform refresh_year_rollups(array(
          select y from changed_new n join changed_old o on o.id = n.id, unnest(array[n.report_year_id, o.report_year_id]) y
          where (n.report_year_id, n.org_unit_id) is distinct from (o.report_year_id, o.org_unit_id)), true, true);
        perform refresh_year_rollups(array(
          select n.report_year_id from changed_new n join changed_old o on o.id = n.id
          where (n.status, n.submitted_at) is distinct from (o.status, o.submitted_at)), true, false);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create function year_rollups_section_changed() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform refresh_year_rollups(array(select r.report_year_id from report r where r.id in (select report_id from changed_new)), true, false);
      elsif tg_op = 'DELETE' then
        perform refresh_year_rollups(array(select r.report_year_id from report r where r.id in (select report_id from changed_old)), true, false);
      else
        perform refresh_year_rollups(array(
          select r.report_year_id from report r where r.id in (
            select x from changed_new n join changed_old o on o.id = n.id, unnest(array[n.report_id, o.report_id]) x
            where (n.report_id, n.section_key, n.status) is distinct from (o.report_id, o.section_key, o.status))), true, false);
      end if;
      return null;
    end $$`.execute(db);
  // Metrics: only the plugins whose values changed are recounted (a save rewrites one section's metrics).
  await sql`create function year_rollups_metric_changed() returns trigger language plpgsql as $$
    begin
      if rollups_deferred() then
        return null;
      end if;
      if tg_op = 'INSERT' then
        perform refresh_metric_rollup(array(select distinct r.report_year_id from changed_new t join report r on r.id = t.report_id),
          array(select distinct plugin_id from changed_new));
      elsif tg_op = 'DELETE' then
        perform refresh_metric_rollup(array(select distinct r.report_year_id from changed_old t join report r on r.id = t.report_id),
          array(select distinct plugin_id from changed_old));
      else
        perform refresh_metric_rollup(
          array(select distinct r.report_year_id from (select report_id from changed_new union select report_id from changed_old) t join report r on r.id = t.report_id),
          array(select plugin_id from changed_new union select plugin_id from changed_old));
      end if;
      return null;
    end $$`.execute(db);

  // Transition tables allow one event per trigger: one trigger per event, sharing the function.
  for (const [table, fn] of [
    ["report_year_assignment", "year_rollups_assignment_changed"],
    ["report", "year_rollups_report_changed"],
    ["report_section", "year_rollups_section_changed"],
    ["section_metric", "year_rollups_metric_changed"],
  ] as const) {
    await sql`create trigger ${sql.raw(`${table}_rollups_insert`)} after insert on ${sql.table(table)}
      referencing new table as changed_new for each statement execute function ${sql.raw(fn)}()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_rollups_update`)} after update on ${sql.table(table)}
      referencing old table as changed_old new table as changed_new for each statement execute function ${sql.raw(fn)}()`.execute(
      db,
    );
    await sql`create trigger ${sql.raw(`${table}_rollups_delete`)} after delete on ${sql.table(table)}
      referencing old table as changed_old for each statement execute function ${sql.raw(fn)}()`.execute(db);
  }

  // The deadline decides what was on time.
  await sql`create function year_rollups_deadline_changed() returns trigger language plpgsql as $$
    begin
      perform refresh_year_rollups(array[new.id], true, false);
      return null;
    end $$`.execute(db);
  await sql`create trigger report_year_rollups_deadline after update of deadline on report_year for each row
    when (old.deadline is distinct from new.deadline) execute function year_rollups_deadline_changed()`.execute(
    db,
  );

  // The years that already exist.
  await sql`select refresh_all_rollups(null)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger report_year_rollups_deadline on report_year`.execute(db);
  await sql`drop function year_rollups_deadline_changed()`.execute(db);
  for (const table of ["report_year_assignment", "report", "report_section", "section_metric"]) {
    for (const event of ["insert", "update", "delete"])
      await sql`drop trigger ${sql.raw(`${table}_rollups_${event}`)} on ${sql.table(table)}`.execute(db);
  }
  for (const fn of [
    "year_rollups_metric_changed",
    "year_rollups_section_changed",
    "year_rollups_report_changed",
    "year_rollups_assignment_changed",
  ]) {
    await sql`drop function ${sql.raw(fn)}()`.execute(db);
  }
  await sql`drop function refresh_all_rollups(integer)`.execute(db);
  await sql`drop function refresh_year_rollups(uuid[], boolean, boolean)`.execute(db);
  await sql`drop function refresh_metric_rollup(uuid[], text[])`.execute(db);
  await sql`drop function refresh_year_progress(uuid[])`.execute(db);
  await sql`drop function lock_years(uuid[])`.execute(db);
  await sql`drop function rollups_deferred()`.execute(db);
  await sql`drop table year_section_progress`.execute(db);
  await sql`drop table year_progress`.execute(db);
  await sql`drop view section_metric_partial`.execute(db);
  await sql`drop function report_on_time(text, timestamptz, date)`.execute(db);
}
