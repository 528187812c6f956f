/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import type { Kysely } from "kysely";

// When a report was last submitted and approved: the workflow sets them, the dashboard's timeliness reads them.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("report")
    .addColumn("submitted_at", "timestamptz")
    .addColumn("approved_at", "timestamptz")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("report").dropColumn("submitted_at").dropColumn("approved_at").execute();
}
