/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import { sql, type Kysely } from "kysely";

// Completeness and timeliness of each report year, kept current by the database (packages/api
// services/dashboard.ts reads it for the years set below the region viewed, e.g. every county's year in a
// province-wide view, instead of counting 40,000 reports and half a million sections on each request):
// - year_progress: per report year, the reports expected (assignments), started (a section saved), submitted
//   (or approved), approved and submitted on time;
// - year_section_progress: per report year and section key, the expected reports that saved / completed it.
// - report_on_time(status, submitted_at, deadline): the one definition of "on time", also used by the
//   dashboard's live counts: submitted or approved before the end of the deadline day in China.
// Statement-level triggers on the tables these counts come from (report_year_assignment, report,
// report_section, report_year's deadline) recount the affected years, whoever writes: the app, an import,
// a seed or a test. A recount takes a per-year advisory lock, so that two transactions changing the same
// year recount one after the other, the second seeing the first's committed rows. Updates that change
// nothing counted (a draft autosave, a report's updated_at) recount nothing.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function report_on_time(status text, submitted_at timestamptz, deadline date) returns boolean
    language sql immutable parallel safe
    return status in ('submitted', 'approved') and submitted_at < ((deadline + 1)::timestamp at time zone 'Asia/Shanghai')`.execute(db);

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

  await sql`create function refresh_year_progress(year_id uuid) returns void language plpgsql as $$
    begin
      perform pg_advisory_xact_lock(hashtext('year_progress:' || year_id));
      delete from year_progress where report_year_id = year_id;
      delete from year_section_progress where report_year_id = year_id;
      if not exists (select 1 from report_year where id = year_id) then
        return;
      end if;
      insert into year_progress (report_year_id, expected, started, submitted, approved, on_time)
        select year_id,
          count(*),
          count(r.id) filter (where exists (select 1 from report_section rs where rs.report_id = r.id)),
          count(r.id) filter (where r.status in ('submitted', 'approved')),
          count(r.id) filter (where r.status = 'approved'),
          count(r.id) filter (where report_on_time(r.status, r.submitted_at, y.deadline))
        from report_year y
        join report_year_assignment a on a.report_year_id = y.id
        left join report r on r.report_year_id = y.id and r.org_unit_id = a.org_unit_id
        where y.id = year_id;
      insert into year_section_progress (report_year_id, section_key, started, complete)
        select year_id, rs.section_key, count(*), count(*) filter (where rs.status = 'complete')
        from report_year_assignment a
        join report r on r.report_year_id = a.report_year_id and r.org_unit_id = a.org_unit_id
        join report_section rs on rs.report_id = r.id
        where a.report_year_id = year_id
        group by rs.section_key;
    end $$`.execute(db);

  // The years in a stable order, so that concurrent recounts of several years never wait on each other in a circle.
  await sql`create function refresh_years_progress(years uuid[]) returns void language plpgsql as $$
    declare y uuid;
    begin
      for y in select distinct u from unnest(years) u where u is not null order by 1 loop
        perform refresh_year_progress(y);
      end loop;
    end $$`.execute(db);

  // Each trigger function collects the years its statement touched from the transition tables (a table a
  // trigger does not have may not even be named in a statement it runs: hence one branch per event).
  await sql`create function year_progress_assignment_changed() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform refresh_years_progress(array(select report_year_id from changed_new));
      elsif tg_op = 'DELETE' then
        perform refresh_years_progress(array(select report_year_id from changed_old));
      else
        perform refresh_years_progress(array(select report_year_id from changed_new union select report_year_id from changed_old));
      end if;
      return null;
    end $$`.execute(db);
  await sql`create function year_progress_report_changed() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform refresh_years_progress(array(select report_year_id from changed_new));
      elsif tg_op = 'DELETE' then
        perform refresh_years_progress(array(select report_year_id from changed_old));
      else
        perform refresh_years_progress(array(
          select y from changed_new n join changed_old o on o.id = n.id, unnest(array[n.report_year_id, o.report_year_id]) y
          where (n.report_year_id, n.org_unit_id, n.status, n.submitted_at) is distinct from (o.report_year_id, o.org_unit_id, o.status, o.submitted_at)));
      end if;
      return null;
    end $$`.execute(db);
  await sql`create function year_progress_section_changed() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform refresh_years_progress(array(select r.report_year_id from report r where r.id in (select report_id from changed_new)));
      elsif tg_op = 'DELETE' then
        perform refresh_years_progress(array(select r.report_year_id from report r where r.id in (select report_id from changed_old)));
      else
        perform refresh_years_progress(array(
          select r.report_year_id from report r where r.id in (
            select x from changed_new n join changed_old o on o.id = n.id, unnest(array[n.report_id, o.report_id]) x
            where (n.report_id, n.section_key, n.status) is distinct from (o.report_id, o.section_key, o.status))));
      end if;
      return null;
    end $$`.execute(db);

  // Transition tables allow one event per trigger: one trigger per event, sharing the function.
  for (const [table, fn] of [
    ["report_year_assignment", "year_progress_assignment_changed"],
    ["report", "year_progress_report_changed"],
    ["report_section", "year_progress_section_changed"],
  ] as const) {
    await sql`create trigger ${sql.raw(`${table}_progress_insert`)} after insert on ${sql.table(table)}
      referencing new table as changed_new for each statement execute function ${sql.raw(fn)}()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_progress_update`)} after update on ${sql.table(table)}
      referencing old table as changed_old new table as changed_new for each statement execute function ${sql.raw(fn)}()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_progress_delete`)} after delete on ${sql.table(table)}
      referencing old table as changed_old for each statement execute function ${sql.raw(fn)}()`.execute(db);
  }

  // The deadline decides what was on time.
  await sql`create function year_progress_deadline_changed() returns trigger language plpgsql as $$
    begin
      perform refresh_year_progress(new.id);
      return null;
    end $$`.execute(db);
  await sql`create trigger report_year_progress_deadline after update of deadline on report_year for each row
    when (old.deadline is distinct from new.deadline) execute function year_progress_deadline_changed()`.execute(db);

  // The years that already exist.
  await sql`select refresh_year_progress(id) from report_year order by id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger report_year_progress_deadline on report_year`.execute(db);
  await sql`drop function year_progress_deadline_changed()`.execute(db);
  for (const table of ["report_year_assignment", "report", "report_section"]) {
    for (const event of ["insert", "update", "delete"]) await sql`drop trigger ${sql.raw(`${table}_progress_${event}`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop function year_progress_section_changed()`.execute(db);
  await sql`drop function year_progress_report_changed()`.execute(db);
  await sql`drop function year_progress_assignment_changed()`.execute(db);
  await sql`drop function refresh_years_progress(uuid[])`.execute(db);
  await sql`drop function refresh_year_progress(uuid)`.execute(db);
  await sql`drop table year_section_progress`.execute(db);
  await sql`drop table year_progress`.execute(db);
  await sql`drop function report_on_time(text, timestamptz, date)`.execute(db);
}
