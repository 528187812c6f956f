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
import type { AnySectionPlugin } from "@nianbao/sdk";
import { actorName } from "./audit.ts";
import { compiledOnce } from "./compiled-once.ts";
import { conflict, DomainError, fromDatabaseError } from "../errors.ts";
import { editState } from "./edit-state.ts";
import { syncMetrics } from "./section-metrics.ts";
import { SECTION_ROW, type SectionRow } from "./section-row.ts";
import { lockReportContext, type ReportContext } from "./reports.ts";

export type { SectionRow } from "./section-row.ts";

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
 * `inReportTransaction` for one section's save (the hot path): the report's context under its lock and the
 * section's row, in one statement; the report must be editable. The section is read from the statement's
 * snapshot, which may predate a save that committed while this one waited for the report's lock:
 * `putSectionIfCurrent` then writes nothing, and the caller reads the row again with `lockSection`. A base
 * revision that differs is checked the same way, never refused on this read alone.
 */
export async function inSectionTransaction<T>(
  db: Kysely<DB>,
  reportId: string,
  key: string,
  fn: (trx: Transaction<DB>, rc: ReportContext, section: SectionRow | null) => Promise<T>,
): Promise<T> {
  return inTransaction(db, async (trx) => {
    const { section, ...rc } = await lockReportContext(trx, reportId, key);
    await assertEditable(trx, rc);
    return fn(trx, rc, section ?? null);
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

/** The section's row locked (after the report), or null when it was never saved; checks the base revision when given. */
export async function lockSection(
  trx: Transaction<DB>,
  reportId: string,
  key: string,
  baseRevision?: number | null,
): Promise<SectionRow | null> {
  const found = await trx
    .selectFrom("report_section as s")
    .select(SECTION_ROW.as("row"))
    .where("s.report_id", "=", reportId)
    .where("s.section_key", "=", key)
    .forUpdate("s")
    .executeTakeFirst();
  const row = found?.row ?? null;
  const current = row?.revision ?? 0;
  if (baseRevision !== undefined && baseRevision !== null && baseRevision !== current)
    throw await staleRevision(trx, reportId, key);
  return row;
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

interface UpdateSectionParams {
  id: string;
  /** The revision the row must still be at. */
  base: number;
  reportId: string;
  data: string;
  text: string | null;
  unbound: number;
  revision: number;
  status: SectionStatus;
  note: string | null;
  pluginId: string;
  pluginVersion: number;
  now: Date;
  userId: string | null;
  importSource: string | null;
}

/**
 * A saved section's next state in one statement: the row (only if still at `base`), the report's updated_at
 * and the revision, which copies the row as written (its data and text are sent once); the year's rollups
 * follow by the database's triggers. Compiled once per shape: "text" (own words given: their unbound count
 * is written), "user" (a person saves: their name is kept), "imported" (the revision comes from an import).
 */
const updateSection = compiledOnce((db, p: UpdateSectionParams, shape) => {
  const [withText, withUser, imported] = shape.split(":");
  const revisionColumns = [
    "report_section_id",
    "revision",
    "plugin_version",
    "data",
    "text",
    "status",
    "note",
    "saved_by",
    "saved_by_name",
    ...(imported ? ["imported", "import_source"] : []),
  ] as const;
  return db
    .with("s", (d) =>
      d
        .updateTable("report_section")
        .set({
          data: p.data,
          text: p.text,
          ...(withText ? { unbound_figures: p.unbound } : {}),
          revision: p.revision,
          status: p.status,
          note: p.note,
          plugin_id: p.pluginId,
          plugin_version: p.pluginVersion,
          updated_at: p.now,
          updated_by: p.userId,
        })
        .where("id", "=", p.id)
        .where("revision", "=", p.base)
        .returning(["id", "revision", "plugin_version", "data", "text", "status", "note", "updated_by"]),
    )
    .with("r", (d) =>
      d
        .updateTable("report")
        .set({ updated_at: p.now })
        .where("id", "=", p.reportId)
        .where((eb) => eb.exists(eb.selectFrom("s").select("s.id")))
        .returning("id"),
    )
    .insertInto("section_revision")
    .columns(revisionColumns as unknown as ["report_section_id"])
    .expression((eb) =>
      eb
        .selectFrom("s")
        .select([
          "s.id",
          "s.revision",
          "s.plugin_version",
          "s.data",
          "s.text",
          "s.status",
          "s.note",
          "s.updated_by",
          (withUser ? actorName(db, p.userId)! : sql<string | null>`null::text`).as("saved_by_name"),
          ...(imported
            ? [
                sql<boolean>`true`.as("imported"),
                sql<string | null>`${p.importSource}::text`.as("import_source"),
              ]
            : []),
        ]),
    );
});

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
  const written = await putSectionIfCurrent(trx, rc, current, w);
  // The row is locked by lockSection: nobody else can have moved it on.
  if (!written) throw new Error(`section ${w.key} changed under its row lock`);
  return written;
}

/**
 * `putSection` if the stored row is still `current` (the same revision, or still absent); null, with nothing
 * written, when it has moved on (read without its row lock, by `inSectionTransaction`).
 */
export async function putSectionIfCurrent(
  trx: Transaction<DB>,
  rc: ReportContext,
  current: SectionRow | null,
  w: SectionWrite,
): Promise<{ id: string; revision: number } | null> {
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
    // One statement: the row (if still at the revision read), the report's updated_at and the revision (the
    // year's rollups follow by the database's triggers).
    id = current.id;
    const written = await updateSection(
      trx,
      {
        id,
        base: current.revision,
        reportId: rc.report.id,
        data: json,
        text,
        unbound: w.text?.unbound ?? 0,
        revision,
        status: w.status,
        note: w.note,
        pluginId: w.pluginId,
        pluginVersion: w.pluginVersion,
        now,
        userId: w.userId,
        importSource: w.imported?.source ?? null,
      },
      `${w.text ? "text" : ""}:${w.userId ? "user" : ""}:${w.imported ? "imported" : ""}`,
    );
    if (Number(written.numAffectedRows ?? 0) === 0) return null;
  } else {
    const inserted = await trx
      .insertInto("report_section")
      .values({ ...values, report_id: rc.report.id, section_key: w.key })
      .onConflict((oc) => oc.columns(["report_id", "section_key"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) return null; // saved by someone else meanwhile
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
