/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import type { Kysely } from "kysely";

// Publication after approval (issue 16): the secrecy review (保密审查: who reviewed, on which day, the
// passages withheld from the public documents) and the moment the report was published on the public page.
// Only reports with `published_at` are reachable signed out.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("report")
    .addColumn("secrecy_review", "jsonb")
    .addColumn("published_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("report_published_idx")
    .on("report")
    .column("published_at")
    .where("published_at", "is not", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("report_published_idx").execute();
  await db.schema.alterTable("report").dropColumn("secrecy_review").dropColumn("published_at").execute();
}
