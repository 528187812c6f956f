/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import type { Kysely } from "kysely";

// The township's own words (issue 15): a section's text as a ProseMirror/Tiptap JSON document beside the
// plugin's data, versioned with every revision (null = generated mode: the plugin's renderer prints), and the
// count of figures typed as plain text in it (not bound to a field), for the dashboard.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("report_section")
    .addColumn("text", "jsonb")
    .addColumn("unbound_figures", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("section_revision").addColumn("text", "jsonb").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("section_revision").dropColumn("text").execute();
  await db.schema.alterTable("report_section").dropColumn("text").dropColumn("unbound_figures").execute();
}
