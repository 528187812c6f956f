import type { DB, Kysely, Transaction } from "@nianbao/db";
import { fillPattern, templateSections, yearTemplateSchema } from "@nianbao/document";
import {
  computeMetrics,
  describePlugin,
  migrateData,
  parseSettings,
  renderSection,
  runChecks,
  type AnySectionPlugin,
  type CheckResult,
} from "@nianbao/sdk";
import { TRPCError } from "@trpc/server";
import { diffValues } from "@nianbao/sdk";
import { ConflictInfo, InputError, toFieldErrors, type SectionLookup } from "../trpc.ts";
import { loadReportContext, type ReportContext } from "./reports.ts";
import { prepareText, sectionCatalog, storedText, textChecks } from "./section-text.ts";
import { carryText, diffText, figureLabels } from "@nianbao/text";
import { assertEditable, audit } from "./workflow.ts";

function templateSection(ctx: ReportContext, key: string) {
  const s = templateSections(ctx.template).find((x) => x.key === key);
  if (!s || !s.enabled) throw new TRPCError({ code: "NOT_FOUND", message: `本年度报告没有“${key}”栏目` });
  return s;
}

function pluginOf(sections: SectionLookup, id: string): AnySectionPlugin {
  const plugin = sections.get(id);
  if (!plugin) {
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: `栏目插件“${id}”尚未安装，暂不能填写本栏目` });
  }
  return plugin;
}

/** A report's context, one enabled section of its template, and that section's installed plugin. */
async function sectionContext(db: Kysely<DB>, sections: SectionLookup, reportId: string, key: string) {
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
  const data = row && row.plugin_version > 0 ? migrateData(plugin, row.data, row.plugin_version) : plugin.defaults;
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
    checks: row && row.plugin_version > 0 ? [...runChecks(plugin, data, ts.settings), ...textChecks(text, catalog)] : [],
    /** The township's own words, or null in generated mode (the plugin's renderer prints). */
    text,
    /** The figures the own words may show, with their current values. */
    catalog,
  };
}

export interface SaveSectionInput {
  reportId: string;
  sectionKey: string;
  /** The revision the edit started from: 0 for a section never saved. */
  baseRevision: number;
  data: unknown;
  /** The own words: a @nianbao/text document, null for generated mode, undefined to keep what is stored. */
  text?: unknown;
  /** Mark the section complete (refused while an error-level check fails; warnings need `note`). */
  complete: boolean;
  /** Explains accepted warnings when completing. */
  note?: string | null;
  userId?: string | null;
}

export interface SaveSectionResult {
  revision: number;
  status: "draft" | "complete";
  checks: CheckResult[];
  savedAt: Date;
}

/** Replace a section's stored metrics with those its plugin computes from `data` (current data shape). */
export async function writeMetrics(db: Kysely<DB>, plugin: AnySectionPlugin, section: { id: string; reportId: string }, data: unknown): Promise<number> {
  await db.deleteFrom("section_metric").where("report_section_id", "=", section.id).execute();
  const rows = Object.entries(computeMetrics(plugin, data)).map(([key, v]) => ({
    report_section_id: section.id,
    report_id: section.reportId,
    plugin_id: plugin.id,
    metric_key: key,
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    lower_bound: v.lowerBound,
    unit: plugin.metrics[key]!.unit,
    aggregate: plugin.metrics[key]!.aggregate,
  }));
  if (rows.length) await db.insertInto("section_metric").values(rows).execute();
  return rows.length;
}

function conflict(current: number): TRPCError {
  return new TRPCError({
    code: "CONFLICT",
    message: `本栏目已被他人更新（当前为第${current}版），您的修改未保存。请先载入最新内容再修改。`,
  });
}

/** The CONFLICT error with the other person's version, after keeping the refused content as a refused revision. */
async function conflictWithDetails(db: Kysely<DB>, input: SaveSectionInput, pluginVersion: number, json: string, text: string | null): Promise<TRPCError> {
  const current = await db
    .selectFrom("report_section as s")
    .leftJoin("app_user as u", "u.id", "s.updated_by")
    .select(["s.id", "s.revision", "s.data", "s.text", "s.updated_at", "u.display_name"])
    .where("s.report_id", "=", input.reportId)
    .where("s.section_key", "=", input.sectionKey)
    .executeTakeFirst();
  if (!current) return conflict(0);
  await db
    .insertInto("section_revision")
    .values({ report_section_id: current.id, revision: current.revision, plugin_version: pluginVersion, data: json, text, status: "draft", refused: true, saved_by: input.userId ?? null })
    .execute();
  const info = new ConflictInfo({ revision: current.revision, data: current.data, text: current.text ?? null, savedBy: current.display_name, savedAt: current.updated_at.toISOString() });
  const message = `本栏目已被${current.display_name ?? "他人"}更新（当前为第${current.revision}版），您的修改未覆盖对方的内容，已另存为未采用的版本。请对照对方的修改合并后再保存。`;
  return new TRPCError({ code: "CONFLICT", message, cause: info });
}

/**
 * Save a section: parse with the plugin's schema on the server, refuse a stale revision (CONFLICT, nothing
 * written), write the new revision and its history row, and recompute the stored metrics — one transaction.
 */
export async function saveSection(db: Kysely<DB>, sections: SectionLookup, input: SaveSectionInput): Promise<SaveSectionResult> {
  const ctx = await loadReportContext(db, input.reportId);
  await assertEditable(db, ctx);
  const ts = templateSection(ctx, input.sectionKey);
  const plugin = pluginOf(sections, ts.plugin);

  const parsed = plugin.schema.safeParse(input.data);
  if (!parsed.success) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "栏目内容未通过校验，请检查标出的字段",
      cause: new InputError("invalid section data", toFieldErrors(parsed.error, ["data"])),
    });
  }
  const data = parsed.data;
  const before = await db.selectFrom("report_section").select(["status", "text"]).where("report_id", "=", input.reportId).where("section_key", "=", input.sectionKey).executeTakeFirst();
  // Kept text is the one stored at the base revision: a save on a stale revision is refused below.
  const catalog = sectionCatalog(plugin, data, ts.settings);
  const text = prepareText(input.text === undefined ? (before?.text ?? null) : input.text, catalog);
  const checks = [...runChecks(plugin, data, ts.settings), ...textChecks(text.doc, catalog)];
  const errors = checks.filter((c) => c.level === "error");
  if (input.complete && errors.length > 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `还有${errors.length}处错误，不能标记为已完成：${errors.map((e) => e.message).join("；")}`,
      cause: new InputError("checks failed", errors.map((e) => ({ path: e.path ? `data.${e.path}` : "data", message: e.message }))),
    });
  }
  const warnings = checks.filter((c) => c.level === "warning");
  const note = input.note?.trim() || null;
  if (input.complete && warnings.length > 0 && !note) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `还有${warnings.length}条提醒，标记为已完成前请填写说明：${warnings.map((e) => e.message).join("；")}`,
    });
  }
  const status = input.complete ? "complete" : "draft";
  const json = JSON.stringify(data);

  try {
    const result = await writeSection(db, input, { plugin, status, data, json, text: text.json, unbound: text.unbound, note: input.complete ? note : null, checks });
    // Autosaves are revisions, not audit events; a change of status is.
    if ((before?.status ?? "empty") !== status) {
      await audit(db, { actorId: input.userId ?? null, action: `section.${status}`, targetType: "section", targetId: input.sectionKey, orgUnitId: ctx.report.org_unit_id, reportId: input.reportId, before: { status: before?.status ?? "empty" }, after: { status, note: input.complete ? note : null } });
    }
    return result;
  } catch (e) {
    if (e instanceof TRPCError && e.code === "CONFLICT") throw await conflictWithDetails(db, input, plugin.version, json, text.json);
    throw e;
  }
}

interface SectionWrite {
  plugin: AnySectionPlugin;
  status: "draft" | "complete";
  /** The parsed data, and the same as stored JSON. */
  data: unknown;
  json: string;
  /** The own words as stored JSON (null: generated mode) and its figures typed as plain text. */
  text: string | null;
  unbound: number;
  note: string | null;
  checks: CheckResult[];
}

async function writeSection(db: Kysely<DB>, input: SaveSectionInput, w: SectionWrite): Promise<SaveSectionResult> {
  const { plugin, status, data, json, text, unbound, note, checks } = w;
  return db.transaction().execute(async (trx: Transaction<DB>) => {
    // The report row first: the workflow locks it before the year's counts (year_progress), and so does a
    // save, so that a save and a submission of the same report wait for each other instead of deadlocking.
    await trx.updateTable("report").set({ updated_at: new Date() }).where("id", "=", input.reportId).execute();
    const existing = await trx
      .selectFrom("report_section")
      .select(["id", "revision"])
      .where("report_id", "=", input.reportId)
      .where("section_key", "=", input.sectionKey)
      .forUpdate()
      .executeTakeFirst();

    let sectionId: string;
    let revision: number;
    if (existing) {
      if (existing.revision !== input.baseRevision) throw conflict(existing.revision);
      revision = existing.revision + 1;
      const updated = await trx
        .updateTable("report_section")
        .set({ data: json, text, unbound_figures: unbound, revision, status, note, plugin_id: plugin.id, plugin_version: plugin.version, updated_at: new Date(), updated_by: input.userId ?? null })
        .where("id", "=", existing.id)
        .where("revision", "=", input.baseRevision)
        .returning("id")
        .executeTakeFirst();
      if (!updated) throw conflict(existing.revision);
      sectionId = existing.id;
    } else {
      if (input.baseRevision !== 0) throw conflict(0);
      revision = 1;
      const inserted = await trx
        .insertInto("report_section")
        .values({
          report_id: input.reportId,
          section_key: input.sectionKey,
          plugin_id: plugin.id,
          plugin_version: plugin.version,
          data: json,
          text,
          unbound_figures: unbound,
          status,
          note,
          revision,
          updated_by: input.userId ?? null,
        })
        .onConflict((oc) => oc.columns(["report_id", "section_key"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      // Someone else created the section between our read and our insert.
      if (!inserted) throw conflict(1);
      sectionId = inserted.id;
    }

    await trx
      .insertInto("section_revision")
      .values({ report_section_id: sectionId, revision, plugin_version: plugin.version, data: json, text, status, note, saved_by: input.userId ?? null })
      .execute();

    // The year's rollups (metrics, completeness) follow by the database's triggers.
    await writeMetrics(trx, plugin, { id: sectionId, reportId: input.reportId }, data);

    return { revision, status, checks, savedAt: new Date() };
  });
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
    .select(["r.id", "r.revision", "r.status", "r.note", "r.refused", "r.data", "r.text", "r.saved_at as savedAt", "r.plugin_version as pluginVersion", "u.display_name as savedBy", "s.plugin_id as pluginId"])
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
    const changes = [...diffValues(previous, r.data), ...diffText(storedText(previousText), storedText(r.text), labels)];
    if (!r.refused) {
      previous = r.data;
      previousText = r.text;
    }
    return { id: r.id, revision: r.revision, status: r.status, note: r.note, refused: r.refused, savedAt: r.savedAt, savedBy: r.savedBy, pluginVersion: r.pluginVersion, changes };
  });
  return out.reverse();
}

export async function sectionMetrics(db: Kysely<DB>, reportId: string) {
  return db
    .selectFrom("section_metric as m")
    .innerJoin("report_section as s", "s.id", "m.report_section_id")
    .select(["s.section_key as sectionKey", "m.plugin_id as pluginId", "m.metric_key as key", "m.value", "m.numerator", "m.denominator", "m.lower_bound as lowerBound", "m.unit", "m.aggregate"])
    .where("m.report_id", "=", reportId)
    .orderBy("s.section_key")
    .orderBy("m.metric_key")
    .execute();
}

// ---------------------------------------------------------------- carry forward from last year

/**
 * The same township's section of the previous report year: the section with the same key, or else the
 * first one with the same plugin. Returns it rendered read-only as it was filed (under last year's heading
 * and settings), and its data upgraded to this year's plugin version through the plugin's migrations.
 */
export async function previousSection(db: Kysely<DB>, sections: SectionLookup, reportId: string, key: string) {
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
    .select(["section_key", "plugin_id", "plugin_version", "data", "text", "revision", "updated_at"])
    .where("report_id", "=", last.id)
    .where("plugin_id", "=", plugin.id)
    .execute();
  const lastSections = templateSections(lastTemplate);
  const row =
    rows.find((r) => r.section_key === key) ??
    lastSections.flatMap((s) => (s.plugin === plugin.id ? rows.filter((r) => r.section_key === s.key) : []))[0] ??
    rows[0];
  if (!row) return null;
  const lastTs = lastSections.find((s) => s.key === row.section_key);
  const org = { name: ctx.org.name, fullName: fillPattern(lastTemplate.issuerPattern, last.year, { name: ctx.org.name, parentName: ctx.org.parentName }) };
  const data = migrateData(plugin, row.data, row.plugin_version);
  const heading = lastTs?.heading ? fillPattern(lastTs.heading, last.year, { name: ctx.org.name, parentName: ctx.org.parentName }) : null;
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
    /** Last year's own words (null: it was in generated text) and the figures they showed then. */
    text: storedText(row.text),
    catalog: sectionCatalog(plugin, data, lastTs?.settings ?? {}),
  };
}

/**
 * Prefill a section from last year (an explicit action): last year's data, upgraded through the plugin's
 * migrations, and its own words carried forward (see carryText), saved as a new draft revision. Refused on a stale base revision like any save, so nothing
 * the township typed this year is overwritten silently (and every earlier revision stays in the history).
 */
export async function prefillFromPrevious(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: { reportId: string; sectionKey: string; baseRevision: number; userId?: string | null },
) {
  const previous = await previousSection(db, sections, input.reportId, input.sectionKey);
  if (!previous) throw new TRPCError({ code: "NOT_FOUND", message: "上一年度没有可导入的本栏目内容" });
  // Own words come along with their tokens re-bound to this year's fields and the years moved on.
  const { ctx, ts, plugin } = await sectionContext(db, sections, input.reportId, input.sectionKey);
  const text = previous.text
    ? carryText(previous.text, { fromYear: previous.year, toYear: ctx.year.year, catalog: sectionCatalog(plugin, previous.data, ts.settings), previousCatalog: previous.catalog })
    : null;
  const saved = await saveSection(db, sections, { ...input, data: previous.data, text, complete: false });
  return { ...saved, fromYear: previous.year, migratedFrom: previous.filedVersion, migratedTo: previous.currentVersion };
}

/** Sections that hold data but are not (or no longer) enabled in the year's template: kept, hidden, restorable. */
export async function hiddenSections(db: Kysely<DB>, ctx: ReportContext) {
  const enabled = new Set(templateSections(ctx.template).filter((s) => s.enabled).map((s) => s.key));
  const rows = await db
    .selectFrom("report_section")
    .select(["section_key as key", "plugin_id as pluginId", "revision", "updated_at as updatedAt"])
    .where("report_id", "=", ctx.report.id)
    .orderBy("section_key")
    .execute();
  return rows.filter((r) => !enabled.has(r.key));
}
