/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import { sql, type Kysely } from "kysely";

// Indexes for the dashboard's aggregation (services/dashboard.ts): the org tree is walked from a region down
// (parent_id is the leading column of org_unit_parent_name_unique), the year's assignments are found from
// the townships, and a report's metrics are read from one covering index without touching the heap.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("report_year_assignment_org_idx").on("report_year_assignment").column("org_unit_id").execute();
  await sql`create index section_metric_report_idx on section_metric (report_id, plugin_id, metric_key)
    include (value, numerator, denominator, lower_bound, aggregate)`.execute(db);
  await db.schema.createIndex("report_year_year_idx").on("report_year").columns(["year", "region_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("report_year_year_idx").execute();
  await db.schema.dropIndex("section_metric_report_idx").execute();
  await db.schema.dropIndex("report_year_assignment_org_idx").execute();
}
