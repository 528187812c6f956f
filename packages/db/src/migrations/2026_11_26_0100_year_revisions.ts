/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import { sql, type Kysely } from "kysely";

// Year templates: every published revision of a year's template is kept, frozen, with who published it,
// when, and a human-readable summary of what it did to townships that had already entered data.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("report_year_revision")
    .addColumn("report_year_id", "uuid", (c) => c.notNull().references("report_year.id").onDelete("cascade"))
    .addColumn("revision", "integer", (c) => c.notNull().check(sql`revision >= 1`))
    .addColumn("template", "jsonb", (c) => c.notNull())
    .addColumn("deadline", "date")
    .addColumn("summary", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("published_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("published_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addPrimaryKeyConstraint("report_year_revision_pk", ["report_year_id", "revision"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("report_year_revision").execute();
}
