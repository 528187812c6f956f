/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import type { Kysely } from "kysely";

// An imported revision says so in the history: a section revision written by an import (a clerk's import on
// the report page, or the CLI's bulk import of past years) records that it was imported, and from what file.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("section_revision")
    .addColumn("imported", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("import_source", "text")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("section_revision").dropColumn("import_source").dropColumn("imported").execute();
}
