/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import { sql, type Kysely } from "kysely";

// Saving a section updates its row and its report's updated_at. The rollups (migration 0400) only change
// when a report's status, submission, year or township changes, or a section's status, report or key: the
// statement triggers on those two tables ran on every save anyway, copying the changed rows (data and own
// words included) into transition tables to find that nothing counted changed. Row triggers with a WHEN
// condition on exactly those columns are skipped by the database without running anything (issue 19).
// Writers change one report or section at a time, so the row triggers' per-row recount costs what the
// statement triggers' did.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop trigger report_rollups_update on report`.execute(db);
  await sql`drop trigger report_section_rollups_update on report_section`.execute(db);

  await sql`create function year_rollups_report_row_changed() returns trigger language plpgsql as $$
    begin
      if (new.report_year_id, new.org_unit_id) is distinct from (old.report_year_id, old.org_unit_id) then
        perform refresh_year_rollups(array[new.report_year_id, old.report_year_id], true, true);
      else
        perform refresh_year_rollups(array[new.report_year_id], true, false);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger report_rollups_update after update on report for each row
    when ((old.status, old.submitted_at, old.report_year_id, old.org_unit_id)
      is distinct from (new.status, new.submitted_at, new.report_year_id, new.org_unit_id))
    execute function year_rollups_report_row_changed()`.execute(db);

  await sql`create function year_rollups_section_row_changed() returns trigger language plpgsql as $$
    begin
      perform refresh_year_rollups(
        array(select r.report_year_id from report r where r.id in (new.report_id, old.report_id)), true, false);
      return null;
    end $$`.execute(db);
  await sql`create trigger report_section_rollups_update after update on report_section for each row
    when ((old.report_id, old.section_key, old.status) is distinct from (new.report_id, new.section_key, new.status))
    execute function year_rollups_section_row_changed()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger report_rollups_update on report`.execute(db);
  await sql`drop trigger report_section_rollups_update on report_section`.execute(db);
  await sql`drop function year_rollups_report_row_changed()`.execute(db);
  await sql`drop function year_rollups_section_row_changed()`.execute(db);
  await sql`create trigger report_rollups_update after update on report
    referencing old table as changed_old new table as changed_new for each statement
    execute function year_rollups_report_changed()`.execute(db);
  await sql`create trigger report_section_rollups_update after update on report_section
    referencing old table as changed_old new table as changed_new for each statement
    execute function year_rollups_section_changed()`.execute(db);
}
