/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import type { Kysely } from "kysely";

// Imported reports: a report brought in from a Word or text file (the CLI's bulk import of past years, or a
// clerk's import on the report page) records when, and from what file; a historical import is filed approved.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("report")
    .addColumn("imported_at", "timestamptz")
    .addColumn("import_source", "text")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("report").dropColumn("import_source").dropColumn("imported_at").execute();
}
