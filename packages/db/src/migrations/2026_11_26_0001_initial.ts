/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: they are frozen in time and must not depend on today's schema types */
import { sql, type Kysely } from "kysely";

// Frozen in time: never edit a migration that has shipped; add a new one.

export async function up(db: Kysely<any>): Promise<void> {
  const id = (col: any) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
  const now = (col: any) => col.notNull().defaultTo(sql`now()`);

  await db.schema
    .createTable("org_unit")
    .addColumn("id", "uuid", id)
    .addColumn("parent_id", "uuid", (c) => c.references("org_unit.id").onDelete("restrict"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('city', 'county', 'township', 'street')`),
    )
    .addColumn("created_at", "timestamptz", now)
    .addUniqueConstraint("org_unit_parent_name_unique", ["parent_id", "name"])
    .execute();

  await db.schema
    .createTable("app_user")
    .addColumn("id", "uuid", id)
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("org_unit_id", "uuid", (c) => c.references("org_unit.id").onDelete("set null"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('admin', 'reviewer', 'editor')`))
    .addColumn("created_at", "timestamptz", now)
    .execute();

  await db.schema
    .createTable("report_year")
    .addColumn("id", "uuid", id)
    .addColumn("region_id", "uuid", (c) => c.notNull().references("org_unit.id").onDelete("restrict"))
    .addColumn("year", "integer", (c) => c.notNull().check(sql`year between 2000 and 2100`))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('draft', 'published', 'closed')`))
    .addColumn("deadline", "date")
    .addColumn("template", "jsonb", (c) => c.notNull())
    .addColumn("template_revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("published_at", "timestamptz")
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_at", "timestamptz", now)
    .addUniqueConstraint("report_year_region_year_unique", ["region_id", "year"])
    .execute();

  await db.schema
    .createTable("report_year_assignment")
    .addColumn("report_year_id", "uuid", (c) => c.notNull().references("report_year.id").onDelete("cascade"))
    .addColumn("org_unit_id", "uuid", (c) => c.notNull().references("org_unit.id").onDelete("restrict"))
    .addPrimaryKeyConstraint("report_year_assignment_pk", ["report_year_id", "org_unit_id"])
    .execute();

  await db.schema
    .createTable("report")
    .addColumn("id", "uuid", id)
    .addColumn("report_year_id", "uuid", (c) => c.notNull().references("report_year.id").onDelete("restrict"))
    .addColumn("org_unit_id", "uuid", (c) => c.notNull().references("org_unit.id").onDelete("restrict"))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("draft")
        .check(sql`status in ('draft', 'submitted', 'returned', 'approved')`),
    )
    .addColumn("signed_on", "date")
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_at", "timestamptz", now)
    .addUniqueConstraint("report_year_org_unique", ["report_year_id", "org_unit_id"])
    .execute();

  await db.schema
    .createTable("report_section")
    .addColumn("id", "uuid", id)
    .addColumn("report_id", "uuid", (c) => c.notNull().references("report.id").onDelete("cascade"))
    .addColumn("section_key", "text", (c) => c.notNull())
    .addColumn("plugin_id", "text", (c) => c.notNull())
    .addColumn("plugin_version", "integer", (c) => c.notNull())
    .addColumn("data", "jsonb", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('draft', 'complete')`))
    .addColumn("revision", "integer", (c) => c.notNull().check(sql`revision >= 1`))
    .addColumn("updated_at", "timestamptz", now)
    .addColumn("updated_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addUniqueConstraint("report_section_key_unique", ["report_id", "section_key"])
    .execute();

  await db.schema
    .createTable("section_revision")
    .addColumn("id", "uuid", id)
    .addColumn("report_section_id", "uuid", (c) =>
      c.notNull().references("report_section.id").onDelete("cascade"),
    )
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("plugin_version", "integer", (c) => c.notNull())
    .addColumn("data", "jsonb", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("saved_at", "timestamptz", now)
    .addColumn("saved_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addUniqueConstraint("section_revision_unique", ["report_section_id", "revision"])
    .execute();

  await db.schema
    .createTable("section_metric")
    .addColumn("report_section_id", "uuid", (c) =>
      c.notNull().references("report_section.id").onDelete("cascade"),
    )
    .addColumn("report_id", "uuid", (c) => c.notNull().references("report.id").onDelete("cascade"))
    .addColumn("plugin_id", "text", (c) => c.notNull())
    .addColumn("metric_key", "text", (c) => c.notNull())
    .addColumn("value", "double precision")
    .addColumn("numerator", "double precision")
    .addColumn("denominator", "double precision")
    .addColumn("lower_bound", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("aggregate", "text", (c) => c.notNull().check(sql`aggregate in ('sum', 'rate', 'max', 'min')`))
    .addPrimaryKeyConstraint("section_metric_pk", ["report_section_id", "metric_key"])
    .execute();

  await db.schema
    .createIndex("section_metric_plugin_metric_idx")
    .on("section_metric")
    .columns(["plugin_id", "metric_key"])
    .execute();
  await db.schema.createIndex("report_org_idx").on("report").column("org_unit_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "section_metric",
    "section_revision",
    "report_section",
    "report",
    "report_year_assignment",
    "report_year",
    "app_user",
    "org_unit",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
