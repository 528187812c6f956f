/**
 * The one write path for a report and its sections. Every change of a section's state (save, 不适用 and
 * 恢复, restoring a revision, carrying last year forward, plugin procedures) and of a report's workflow
 * state (submit, return, approve, reopen) runs inside `inReportTransaction`, which in ONE transaction:
 *
 *   1. locks the report row (`select … for update`) — always first, so that writers of one report queue
 *      behind each other instead of deadlocking (the rollup triggers of migration 0400 then take the
 *      year's advisory lock, always after it);
 *   2. re-reads the report, its year and template under that lock and, for edits, re-checks editability
 *      (workflow state, deadline, deadline exceptions) — a submission or a revoked exception that committed
 *      first is seen;
 *   3. hands the transaction to the operation, which locks the section row (`lockSection`, checking the
 *      base revision), writes the section, its revision and its metrics (`putSection`) and its audit event
 *      (`audit` from audit.ts, with the same transaction).
 *
 * Database conflicts (unique violation 23505, serialization failure 40001, deadlock 40P01) become the same
 * `conflict` a stale base revision gets; nothing of the call is written.
 */
import { sql, type DB, type Kysely, type Transaction } from "@nianbao/db";
import { computeMetrics, type AnySectionPlugin } from "@nianbao/sdk";
import { actorName } from "./audit.ts";
import { conflict, DomainError, fromDatabaseError } from "../errors.ts";
import { editState } from "./edit-state.ts";
import { lockReportContext, type ReportContext } from "./reports.ts";

export type SectionStatus = "draft" | "complete" | "not_applicable";

export interface ReportTransactionOptions {
  /** Refuse (reason `locked`) unless the township may change the report now. */
  editable: boolean;
}

/** Run `fn` in one transaction that holds the report's row lock, with the report's context read under it. */
export async function inReportTransaction<T>(
  db: Kysely<DB>,
  reportId: string,
  options: ReportTransactionOptions,
  fn: (trx: Transaction<DB>, rc: ReportContext) => Promise<T>,
): Promise<T> {
  return inTransaction(db, async (trx) => {
    const rc = await lockReportContext(trx, reportId);
    if (options.editable) await assertEditable(trx, rc);
    return fn(trx, rc);
  });
}

/**
 * One transaction (for writes outside a report: years, accounts, exceptions) whose database conflicts
 * become domain errors like the report write path's.
 */
export async function inTransaction<T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(fn);
  } catch (e) {
    throw fromDatabaseError(e) ?? e;
  }
}

/** Refuse with reason `locked` (and why) unless the report may be changed now. Call under the report lock. */
export async function assertEditable(db: Kysely<DB>, rc: ReportContext): Promise<void> {
  const s = await editState(db, rc);
  if (!s.editable) throw new DomainError("locked", s.reason!);
}

/** A stored section row as the write path needs it. */
export interface SectionRow {
  id: string;
  revision: number;
  status: string;
  plugin_id: string;
  plugin_version: number;
  data: unknown;
  /** The own words stored with it (null: generated text). */
  text: unknown;
  note: string | null;
  /** Its stored metrics (compared with the new ones, so that a save whose figures did not change writes none). */
  metrics: StoredMetric[];
}

/** A stored metric row as [key, value, numerator, denominator, lowerBound, stated, unit, aggregate, pluginId]. */
type StoredMetric = [
  string,
  number | null,
  number | null,
  number | null,
  boolean,
  boolean,
  string,
  string,
  string,
];

/** The section's row locked (after the report), or null when it was never saved; checks the base revision when given. */
export async function lockSection(
  trx: Transaction<DB>,
  reportId: string,
  key: string,
  baseRevision?: number | null,
): Promise<SectionRow | null> {
  const row = await trx
    .selectFrom("report_section as s")
    .select([
      "s.id",
      "s.revision",
      "s.status",
      "s.plugin_id",
      "s.plugin_version",
      "s.data",
      "s.text",
      "s.note",
    ])
    .select(
      sql<
        StoredMetric[]
      >`(select coalesce(json_agg(json_build_array(m.metric_key, m.value, m.numerator, m.denominator,
        m.lower_bound, m.stated, m.unit, m.aggregate, m.plugin_id)), '[]') from section_metric m where m.report_section_id = s.id)`.as(
        "metrics",
      ),
    )
    .where("s.report_id", "=", reportId)
    .where("s.section_key", "=", key)
    .forUpdate("s")
    .executeTakeFirst();
  const current = row?.revision ?? 0;
  if (baseRevision !== undefined && baseRevision !== null && baseRevision !== current)
    throw await staleRevision(trx, reportId, key);
  return row ?? null;
}

/** The conflict a stale base revision gets, naming who saved the newer version. */
export async function staleRevision(db: Kysely<DB>, reportId: string, key: string): Promise<DomainError> {
  const current = await db
    .selectFrom("report_section as s")
    .leftJoin("app_user as u", "u.id", "s.updated_by")
    .select(["s.revision", "s.data", "s.text", "s.updated_at", "u.display_name"])
    .where("s.report_id", "=", reportId)
    .where("s.section_key", "=", key)
    .executeTakeFirst();
  if (!current) return conflict("本栏目刚刚被他人清空或重建，您的修改未保存。请重新载入后再修改。");
  return conflict(
    `本栏目已被${current.display_name ?? "他人"}更新（当前为第${current.revision}版），您的修改未覆盖对方的内容。请对照对方的修改合并后再保存。`,
    {
      revision: current.revision,
      data: current.data,
      text: current.text ?? null,
      savedBy: current.display_name,
      savedAt: current.updated_at.toISOString(),
    },
  );
}

export interface SectionWrite {
  key: string;
  pluginId: string;
  /** The plugin version `data` is in (never 0: a row always holds data its plugin can read). */
  pluginVersion: number;
  data: unknown;
  status: SectionStatus;
  note: string | null;
  userId: string | null;
  /** The metrics to store: the plugin and the data in its current shape; null when the section yields none (不适用). */
  metrics: { plugin: AnySectionPlugin; data: unknown } | null;
  /**
   * The own words (their stored JSON, null for generated text) and the figures typed as plain text in them;
   * absent: the row's text is kept (and goes into the revision with the data).
   */
  text?: { json: string | null; unbound: number };
  /** Written by an import: the revision says so in the history (with the file's name, when there is one). */
  imported?: { source: string | null };
}

/**
 * Write a section's new state after `lockSection`: the row (revision + 1), its revision in the history, and
 * its stored metrics (recomputed, or removed when it yields none). Returns the row id and new revision.
 */
export async function putSection(
  trx: Transaction<DB>,
  rc: ReportContext,
  current: SectionRow | null,
  w: SectionWrite,
): Promise<{ id: string; revision: number }> {
  const now = new Date();
  const json = JSON.stringify(w.data);
  const revision = (current?.revision ?? 0) + 1;
  const kept = current?.text === null || current?.text === undefined ? null : JSON.stringify(current.text);
  const text = w.text ? w.text.json : kept;
  const values = {
    data: json,
    text,
    ...(w.text ? { unbound_figures: w.text.unbound } : {}),
    revision,
    status: w.status,
    note: w.note,
    plugin_id: w.pluginId,
    plugin_version: w.pluginVersion,
    updated_at: now,
    updated_by: w.userId,
  };
  const revisionRow = (id: string) => ({
    report_section_id: id,
    revision,
    plugin_version: w.pluginVersion,
    data: json,
    text,
    status: w.status,
    note: w.note,
    saved_by: w.userId,
    saved_by_name: actorName(trx, w.userId),
    ...(w.imported ? { imported: true, import_source: w.imported.source } : {}),
  });
  let id: string;
  if (current) {
    // One statement: the row, the report's updated_at and the revision (the year's rollups follow by the
    // database's triggers).
    id = current.id;
    await trx
      .with("s", (db) => db.updateTable("report_section").set(values).where("id", "=", id).returning("id"))
      .with("r", (db) =>
        db.updateTable("report").set({ updated_at: now }).where("id", "=", rc.report.id).returning("id"),
      )
      .insertInto("section_revision")
      .values(revisionRow(id))
      .execute();
  } else {
    const inserted = await trx
      .insertInto("report_section")
      .values({ ...values, report_id: rc.report.id, section_key: w.key })
      .returning("id")
      .executeTakeFirstOrThrow();
    id = inserted.id;
    await trx.insertInto("section_revision").values(revisionRow(id)).execute();
    await trx.updateTable("report").set({ updated_at: now }).where("id", "=", rc.report.id).execute();
  }
  const stored = current?.metrics ?? [];
  if (w.metrics)
    await syncMetrics(trx, w.metrics.plugin, { id, reportId: rc.report.id }, w.metrics.data, stored);
  else if (stored.length)
    await trx.deleteFrom("section_metric").where("report_section_id", "=", id).execute();
  return { id, revision };
}

/** A section's metric rows as its plugin computes them from `data` (current data shape). */
function metricRows(plugin: AnySectionPlugin, section: { id: string; reportId: string }, data: unknown) {
  return Object.entries(computeMetrics(plugin, data)).map(([key, v]) => ({
    report_section_id: section.id,
    report_id: section.reportId,
    plugin_id: plugin.id,
    metric_key: key,
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    lower_bound: v.lowerBound,
    stated: v.stated ?? false,
    unit: plugin.metrics[key]!.unit,
    aggregate: plugin.metrics[key]!.aggregate,
  }));
}

/**
 * Bring a section's stored metrics to what its plugin computes from `data`, writing only what changed: an
 * autosave whose figures are unchanged touches no metric row, so the year's rollups are not recounted (and
 * the year's recount lock is not taken).
 */
async function syncMetrics(
  trx: Transaction<DB>,
  plugin: AnySectionPlugin,
  section: { id: string; reportId: string },
  data: unknown,
  stored: StoredMetric[],
): Promise<void> {
  const rows = metricRows(plugin, section, data);
  const same = (r: (typeof rows)[number], m: StoredMetric) =>
    m[1] === r.value &&
    m[2] === r.numerator &&
    m[3] === r.denominator &&
    m[4] === r.lower_bound &&
    m[5] === r.stated &&
    m[6] === r.unit &&
    m[7] === r.aggregate &&
    m[8] === r.plugin_id;
  const byKey = new Map(stored.map((m) => [m[0], m]));
  const write = rows.filter((r) => {
    const m = byKey.get(r.metric_key);
    return !m || !same(r, m);
  });
  const keep = new Set(rows.map((r) => r.metric_key));
  const drop = [
    ...write.map((r) => r.metric_key),
    ...stored.map((m) => m[0]).filter((k) => !keep.has(k)),
  ].filter((k) => byKey.has(k));
  if (drop.length)
    await trx
      .deleteFrom("section_metric")
      .where("report_section_id", "=", section.id)
      .where("metric_key", "in", drop)
      .execute();
  if (write.length) await trx.insertInto("section_metric").values(write).execute();
}

/** Replace a section's stored metrics with those its plugin computes from `data` (current data shape). */
export async function writeMetrics(
  db: Kysely<DB>,
  plugin: AnySectionPlugin,
  section: { id: string; reportId: string },
  data: unknown,
): Promise<number> {
  await db.deleteFrom("section_metric").where("report_section_id", "=", section.id).execute();
  const rows = metricRows(plugin, section, data);
  if (rows.length) await db.insertInto("section_metric").values(rows).execute();
  return rows.length;
}
