import type { DB, Kysely } from "@nianbao/db";
import { templateSections, type TemplateSection } from "@nianbao/document";
import {
  describePlugin,
  diffValues,
  migrateData,
  parseSettings,
  runChecks,
  type AnySectionPlugin,
} from "@nianbao/sdk";
import { DomainError, notFound } from "../errors.ts";
import type { SectionLookup } from "../trpc.ts";
import { loadReportContext, type ReportContext } from "./reports.ts";
import { sectionCatalog, storedText, textChecks } from "./section-text.ts";
import { diffText, figureLabels } from "@nianbao/text";

/** Reading a report's sections: one section as its form needs it, its history, its metrics, hidden sections. */

/** One enabled section of the report's template (not_found otherwise). */
export function templateSection(ctx: ReportContext, key: string): TemplateSection {
  const s = templateSections(ctx.template).find((x) => x.key === key);
  if (!s || !s.enabled) throw notFound(`本年度报告没有“${key}”栏目`);
  return s;
}

/** The installed plugin of a section (plugin_missing otherwise). */
export function pluginOf(sections: SectionLookup, id: string): AnySectionPlugin {
  const plugin = sections.get(id);
  if (!plugin) throw new DomainError("plugin_missing", `栏目插件“${id}”尚未安装，暂不能填写本栏目`);
  return plugin;
}

/** A report's context, one enabled section of its template, and that section's installed plugin. */
export async function sectionContext(db: Kysely<DB>, sections: SectionLookup, reportId: string, key: string) {
  const ctx = await loadReportContext(db, reportId);
  const ts = templateSection(ctx, key);
  return { ctx, ts, plugin: pluginOf(sections, ts.plugin) };
}

/** One section of a report as the form needs it: data (or defaults), revision, settings and checks. */
export async function getSection(db: Kysely<DB>, sections: SectionLookup, reportId: string, key: string) {
  const { ts, plugin } = await sectionContext(db, sections, reportId, key);
  const row = await db
    .selectFrom("report_section")
    .selectAll()
    .where("report_id", "=", reportId)
    .where("section_key", "=", key)
    .executeTakeFirst();
  // A section marked not applicable before anything was entered has no data (plugin_version 0).
  const data =
    row && row.plugin_version > 0 ? migrateData(plugin, row.data, row.plugin_version) : plugin.defaults;
  const text = storedText(row?.text);
  const catalog = sectionCatalog(plugin, data, ts.settings);
  return {
    key,
    plugin: describePlugin(plugin),
    settings: parseSettings(plugin, ts.settings),
    data,
    revision: row?.revision ?? 0,
    /** The plugin version the year's template pins, and the one the stored data was filed under. */
    pinnedVersion: ts.pluginVersion,
    filedVersion: row?.plugin_version ?? null,
    status: row?.status ?? "empty",
    note: row?.note ?? null,
    required: ts.required,
    updatedAt: row?.updated_at ?? null,
    checks:
      row && row.plugin_version > 0
        ? [...runChecks(plugin, data, ts.settings), ...textChecks(text, catalog)]
        : [],
    /** The township's own words, or null in generated text (the plugin's renderer prints). */
    text,
    /** The figures the own words may show, with their current values. */
    catalog,
  };
}

/**
 * Every revision of a section, newest first, with who saved it and what changed from the one before: its
 * fields, and its own words paragraph by paragraph (figures by label; see diffText).
 */
export async function listRevisions(db: Kysely<DB>, reportId: string, key: string, sections?: SectionLookup) {
  const rows = await db
    .selectFrom("section_revision as r")
    .innerJoin("report_section as s", "s.id", "r.report_section_id")
    .leftJoin("app_user as u", "u.id", "r.saved_by")
    .select([
      "r.id",
      "r.revision",
      "r.status",
      "r.note",
      "r.refused",
      "r.imported",
      "r.import_source as importSource",
      "r.data",
      "r.text",
      "r.saved_at as savedAt",
      "r.plugin_version as pluginVersion",
      (eb) => eb.fn.coalesce("r.saved_by_name", "u.display_name").as("savedBy"),
      "s.plugin_id as pluginId",
    ])
    .where("s.report_id", "=", reportId)
    .where("s.section_key", "=", key)
    .orderBy("r.saved_at", "asc")
    .orderBy("r.revision", "asc")
    .execute();
  const plugin = rows[0] ? sections?.get(rows[0].pluginId) : undefined;
  const labels = plugin ? figureLabels(plugin) : new Map<string, string>();
  let previous: unknown = undefined;
  let previousText: unknown = null;
  const out = rows.map((r) => {
    const textChanges = diffText(storedText(previousText), storedText(r.text), labels);
    const changes = [...diffValues(previous, r.data), ...textChanges];
    const before = previous ?? null;
    if (!r.refused) {
      previous = r.data;
      previousText = r.text;
    }
    return {
      id: r.id,
      revision: r.revision,
      status: r.status,
      note: r.note,
      refused: r.refused,
      /** Written by an import, and from what file (null: pasted text). */
      imported: r.imported,
      importSource: r.importSource,
      savedAt: r.savedAt,
      savedBy: r.savedBy,
      pluginVersion: r.pluginVersion,
      pluginId: r.pluginId,
      changes,
      /** The data before and after this revision, and its text changes: for readable changes. */
      before,
      after: r.data,
      textChanges,
    };
  });
  return out.reverse();
}

export async function sectionMetrics(db: Kysely<DB>, reportId: string) {
  return db
    .selectFrom("section_metric as m")
    .innerJoin("report_section as s", "s.id", "m.report_section_id")
    .select([
      "s.section_key as sectionKey",
      "m.plugin_id as pluginId",
      "m.metric_key as key",
      "m.value",
      "m.numerator",
      "m.denominator",
      "m.lower_bound as lowerBound",
      "m.stated",
      "m.unit",
      "m.aggregate",
    ])
    .where("m.report_id", "=", reportId)
    .orderBy("s.section_key")
    .orderBy("m.metric_key")
    .execute();
}

/** Sections that hold data but are not (or no longer) enabled in the year's template: kept, hidden, restorable. */
export async function hiddenSections(db: Kysely<DB>, ctx: ReportContext) {
  const enabled = new Set(
    templateSections(ctx.template)
      .filter((s) => s.enabled)
      .map((s) => s.key),
  );
  const rows = await db
    .selectFrom("report_section")
    .select(["section_key as key", "plugin_id as pluginId", "revision", "updated_at as updatedAt"])
    .where("report_id", "=", ctx.report.id)
    .orderBy("section_key")
    .execute();
  return rows.filter((r) => !enabled.has(r.key));
}
