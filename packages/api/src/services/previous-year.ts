import type { DB, Kysely } from "@nianbao/db";
import { fillPattern, templateSections, yearTemplateSchema } from "@nianbao/document";
import { migrateData, renderSection } from "@nianbao/sdk";
import type { SectionLookup } from "../trpc.ts";
import { sectionContext } from "./section-reads.ts";

// ---------------------------------------------------------------- carry forward from last year

/**
 * The same township's section of the previous report year: the section with the same key, or else the
 * first one with the same plugin. Returns it rendered read-only as it was filed (under last year's heading
 * and settings), and its data upgraded to this year's plugin version through the plugin's migrations.
 */
export async function previousSection(
  db: Kysely<DB>,
  sections: SectionLookup,
  reportId: string,
  key: string,
) {
  const { ctx, plugin } = await sectionContext(db, sections, reportId, key);
  const last = await db
    .selectFrom("report as r")
    .innerJoin("report_year as y", "y.id", "r.report_year_id")
    .select(["r.id", "y.year", "y.template", "r.org_unit_id"])
    .where("r.org_unit_id", "=", ctx.report.org_unit_id)
    .where("y.year", "<", ctx.year.year)
    .orderBy("y.year", "desc")
    .executeTakeFirst();
  if (!last) return null;
  const lastTemplate = yearTemplateSchema.parse(last.template);
  const rows = await db
    .selectFrom("report_section")
    .select(["section_key", "plugin_id", "plugin_version", "data", "revision", "updated_at"])
    .where("report_id", "=", last.id)
    .where("plugin_id", "=", plugin.id)
    .execute();
  const lastSections = templateSections(lastTemplate);
  const row =
    rows.find((r) => r.section_key === key) ??
    lastSections.flatMap((s) =>
      s.plugin === plugin.id ? rows.filter((r) => r.section_key === s.key) : [],
    )[0] ??
    rows[0];
  if (!row) return null;
  const lastTs = lastSections.find((s) => s.key === row.section_key);
  const org = {
    name: ctx.org.name,
    fullName: fillPattern(lastTemplate.issuerPattern, last.year, {
      name: ctx.org.name,
      parentName: ctx.org.parentName,
    }),
    kind: ctx.org.kind,
  };
  const data = migrateData(plugin, row.data, row.plugin_version);
  const heading = lastTs?.heading
    ? fillPattern(lastTs.heading, last.year, { name: ctx.org.name, parentName: ctx.org.parentName })
    : null;
  return {
    year: last.year,
    sectionKey: row.section_key,
    heading,
    /** The data-shape version it was filed under, and this year's. */
    filedVersion: row.plugin_version,
    currentVersion: plugin.version,
    revision: row.revision,
    updatedAt: row.updated_at,
    blocks: renderSection(plugin, data, { settings: lastTs?.settings ?? {}, heading, org, year: last.year }),
    data,
  };
}
