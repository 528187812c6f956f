/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import { sql, type Kysely } from "kysely";

// The dashboard's aggregation (packages/api services/dashboard.ts):
// - org_unit_closure: every (ancestor, descendant, depth) pair of the org tree, self pairs included, kept by
//   triggers on org_unit. A region's subtree is one indexed lookup with a row estimate the planner can trust
//   (a recursive CTE's estimate made PostgreSQL hash millions of metric rows for a county of 100 townships).
// - metric_rollup: each report year's metrics aggregated over its reports (partial aggregates: sums,
//   numerators, denominators, max, min, count, any lower bound), refreshed when a section is saved, so that a
//   province-wide view combines a few rows per county instead of every township's metric values.
// - indexes: a year's assignments from the townships, and a report's metrics from one covering index.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table org_unit_closure (
    ancestor_id uuid not null references org_unit(id) on delete cascade,
    descendant_id uuid not null references org_unit(id) on delete cascade,
    depth integer not null,
    primary key (ancestor_id, descendant_id)
  )`.execute(db);
  await sql`create index org_unit_closure_descendant_idx on org_unit_closure (descendant_id)`.execute(db);
  await sql`insert into org_unit_closure (ancestor_id, descendant_id, depth)
    with recursive t(ancestor_id, descendant_id, depth) as (
      select id, id, 0 from org_unit
      union all
      select t.ancestor_id, o.id, t.depth + 1 from t join org_unit o on o.parent_id = t.descendant_id
    ) select ancestor_id, descendant_id, depth from t`.execute(db);

  // A new unit: itself, and every ancestor of its parent.
  await sql`create function org_unit_closure_insert() returns trigger language plpgsql as $$
    begin
      insert into org_unit_closure (ancestor_id, descendant_id, depth) values (new.id, new.id, 0);
      if new.parent_id is not null then
        insert into org_unit_closure (ancestor_id, descendant_id, depth)
          select ancestor_id, new.id, depth + 1 from org_unit_closure where descendant_id = new.parent_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger org_unit_closure_insert after insert on org_unit for each row execute function org_unit_closure_insert()`.execute(
    db,
  );

  // A unit moved under another parent (rare): its subtree's ancestor pairs are rebuilt.
  await sql`create function org_unit_closure_move() returns trigger language plpgsql as $$
    begin
      delete from org_unit_closure c using org_unit_closure sub, org_unit_closure anc
        where sub.ancestor_id = new.id and c.descendant_id = sub.descendant_id
          and anc.descendant_id = new.id and anc.ancestor_id <> new.id and c.ancestor_id = anc.ancestor_id;
      if new.parent_id is not null then
        insert into org_unit_closure (ancestor_id, descendant_id, depth)
          select p.ancestor_id, sub.descendant_id, p.depth + sub.depth + 1
          from org_unit_closure p, org_unit_closure sub
          where p.descendant_id = new.parent_id and sub.ancestor_id = new.id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger org_unit_closure_move after update of parent_id on org_unit for each row
    when (old.parent_id is distinct from new.parent_id) execute function org_unit_closure_move()`.execute(db);

  await sql`create table metric_rollup (
    report_year_id uuid not null references report_year(id) on delete cascade,
    plugin_id text not null,
    metric_key text not null,
    sum double precision,
    num double precision,
    den double precision,
    max double precision,
    min double precision,
    n integer not null,
    lb boolean,
    primary key (report_year_id, plugin_id, metric_key)
  )`.execute(db);

  await db.schema
    .createIndex("report_year_assignment_org_idx")
    .on("report_year_assignment")
    .column("org_unit_id")
    .execute();
  await sql`create index section_metric_report_idx on section_metric (report_id, plugin_id, metric_key)
    include (value, numerator, denominator, lower_bound, aggregate)`.execute(db);
  await db.schema
    .createIndex("report_year_year_idx")
    .on("report_year")
    .columns(["year", "region_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("report_year_year_idx").execute();
  await db.schema.dropIndex("section_metric_report_idx").execute();
  await db.schema.dropIndex("report_year_assignment_org_idx").execute();
  await sql`drop table metric_rollup`.execute(db);
  await sql`drop trigger org_unit_closure_move on org_unit`.execute(db);
  await sql`drop trigger org_unit_closure_insert on org_unit`.execute(db);
  await sql`drop function org_unit_closure_move()`.execute(db);
  await sql`drop function org_unit_closure_insert()`.execute(db);
  await sql`drop table org_unit_closure`.execute(db);
}
