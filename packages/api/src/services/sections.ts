import type { DB, Kysely } from "@nianbao/db";
import { migrateData, runChecks, type CheckResult } from "@nianbao/sdk";
import { DomainError, invalid, notFound, type FieldError } from "../errors.ts";
import { invalidInputMessage, toFieldErrors, type SectionLookup } from "../trpc.ts";
import { actorName, audit } from "./audit.ts";
import { previousSection } from "./previous-year.ts";
import { pluginOf, sectionContext, templateSection } from "./section-reads.ts";
import { prepareText, sectionCatalog, textChecks } from "./section-text.ts";
import { carryText } from "@nianbao/text";
import {
  inReportTransaction,
  inSectionTransaction,
  lockSection,
  putSection,
  putSectionIfCurrent,
  staleRevision,
} from "./write-path.ts";

/**
 * Changing a section: save, restore a revision, carry last year forward, 不适用 / 恢复. Each is one call of
 * the write path (write-path.ts): report lock, section lock and base revision, section + revision + metrics
 * + audit event in one transaction.
 */

export interface SaveSectionInput {
  reportId: string;
  sectionKey: string;
  /** The revision the edit started from: 0 for a section never saved. */
  baseRevision: number;
  data: unknown;
  /** The own words: a @nianbao/text document, null for generated text, undefined to keep what is stored. */
  text?: unknown;
  /** Mark the section complete (saved as a draft, with a notice, while a check blocks completion). */
  complete: boolean;
  /** Explains accepted warnings when completing. */
  note?: string | null;
  userId?: string | null;
  /**
   * An explicit action to record in the audit log besides a change of status (restore, prefill, a plugin
   * procedure); autosaves are revisions, not audit events.
   */
  audit?: { action: string; details?: Record<string, unknown> };
}

/** Why a save asked to be complete was kept as a draft: the checks that block completion. */
export interface CompletionNotice {
  reason: "checks_failed" | "note_required";
  message: string;
  fieldErrors: FieldError[];
}

export interface SaveSectionResult {
  revision: number;
  status: "draft" | "complete";
  checks: CheckResult[];
  savedAt: Date;
  /** Set when `complete` was asked but the section was saved as a draft (填报中): why. Nothing is refused. */
  notice: CompletionNotice | null;
}

/** Whether the checks let the section be complete (errors block; warnings need a note), and why not. */
function completionNotice(checks: CheckResult[], note: string | null): CompletionNotice | null {
  const fieldErrorsOf = (cs: CheckResult[]) =>
    cs.map((c) => ({ path: c.path ? `data.${c.path}` : "data", message: c.message }));
  const errors = checks.filter((c) => c.level === "error");
  if (errors.length) {
    return {
      reason: "checks_failed",
      message: `已保存为草稿（填报中）：还有${errors.length}处错误，改正后才能标记为已完成：${errors.map((e) => e.message).join("；")}`,
      fieldErrors: fieldErrorsOf(errors),
    };
  }
  const warnings = checks.filter((c) => c.level === "warning");
  if (warnings.length && !note) {
    return {
      reason: "note_required",
      message: `已保存为草稿（填报中）：有${warnings.length}条提醒，标记为已完成前请填写说明：${warnings.map((e) => e.message).join("；")}`,
      fieldErrors: fieldErrorsOf(warnings),
    };
  }
  return null;
}

/**
 * Save a section: under the report's lock, re-check that it may be edited, parse the data with the plugin's
 * schema, refuse a stale base revision (conflict: the refused content is kept as a refused revision), and
 * write the section, its revision, its metrics and — when the status changes or an action is named — its
 * audit event. A save asking to be complete that a check blocks is saved as a draft with a notice.
 */
export async function saveSection(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: SaveSectionInput,
): Promise<SaveSectionResult> {
  let attempted: { pluginVersion: number; data: unknown; text: string | null } | null = null;
  try {
    return await inSectionTransaction(db, input.reportId, input.sectionKey, async (trx, rc, read) => {
      const ts = templateSection(rc, input.sectionKey);
      const plugin = pluginOf(sections, ts.plugin);
      const parsed = plugin.schema.safeParse(input.data);
      if (!parsed.success) {
        const fieldErrors = toFieldErrors(parsed.error, ["data"]);
        throw invalid(invalidInputMessage(fieldErrors, "栏目内容未通过校验"), fieldErrors);
      }
      const data = parsed.data;
      // The own words are checked against the figures of this data; omitted, the stored ones are kept.
      const catalog = sectionCatalog(plugin, data, ts.settings);
      const submitted = input.text === undefined ? undefined : prepareText(input.text, catalog);
      attempted = { pluginVersion: plugin.version, data, text: submitted?.json ?? null };
      const note = input.note?.trim() || null;
      // The row as read with the report (one round trip); read again under its own lock when the base
      // revision differs or it moved on before the write (a save that committed while this one waited).
      let current = read;
      if (input.baseRevision !== (current?.revision ?? 0))
        current = await lockSection(trx, input.reportId, input.sectionKey, input.baseRevision);
      for (let attempt = 0; ; attempt++) {
        const text = submitted ?? prepareText(current?.text ?? null, catalog);
        const checks = [...runChecks(plugin, data, ts.settings), ...textChecks(text.doc, catalog)];
        const notice = input.complete ? completionNotice(checks, note) : null;
        const status = input.complete && !notice ? "complete" : "draft";
        const written = await putSectionIfCurrent(trx, rc, current, {
          key: input.sectionKey,
          pluginId: plugin.id,
          pluginVersion: plugin.version,
          data,
          status,
          note: status === "complete" ? note : null,
          userId: input.userId ?? null,
          metrics: { plugin, data },
          text: { json: text.json, unbound: text.unbound },
        });
        if (!written) {
          // Under the row's own lock (second attempt) nothing can move it; refuse rather than loop.
          if (attempt > 0) throw await staleRevision(trx, input.reportId, input.sectionKey);
          current = await lockSection(trx, input.reportId, input.sectionKey, input.baseRevision);
          continue;
        }
        const { revision } = written;
        const before = current?.status ?? "empty";
        if (before !== status || input.audit) {
          await audit(trx, {
            actorId: input.userId ?? null,
            action: input.audit?.action ?? `section.${status}`,
            targetType: "section",
            targetId: input.sectionKey,
            orgUnitId: rc.report.org_unit_id,
            reportId: input.reportId,
            before: { status: before, revision: current?.revision ?? 0 },
            after: {
              status,
              revision,
              note: status === "complete" ? note : null,
              ...(notice ? { notice: notice.reason } : {}),
              ...input.audit?.details,
            },
          });
        }
        return { revision, status, checks, savedAt: new Date(), notice };
      }
    });
  } catch (e) {
    if (e instanceof DomainError && e.reason === "conflict" && attempted)
      throw await keepRefused(db, input, attempted);
    throw e;
  }
}

/**
 * A save refused for a conflict: its content is kept as a refused revision (shown in the history, never
 * current), and the conflict names the version that won.
 */
async function keepRefused(
  db: Kysely<DB>,
  input: SaveSectionInput,
  attempted: { pluginVersion: number; data: unknown; text: string | null },
): Promise<DomainError> {
  const current = await db
    .selectFrom("report_section")
    .select(["id", "revision"])
    .where("report_id", "=", input.reportId)
    .where("section_key", "=", input.sectionKey)
    .executeTakeFirst();
  const stale = await staleRevision(db, input.reportId, input.sectionKey);
  if (!current) return stale;
  await db
    .insertInto("section_revision")
    .values({
      report_section_id: current.id,
      revision: current.revision,
      plugin_version: attempted.pluginVersion,
      data: JSON.stringify(attempted.data),
      text: attempted.text,
      status: "draft",
      refused: true,
      saved_by: input.userId ?? null,
      saved_by_name: actorName(db, input.userId),
    })
    .execute();
  return new DomainError(
    "conflict",
    `${stale.message.replace(/。请对照.*$/, "")}，您的修改已另存为未采用的版本。请对照对方的修改合并后再保存。`,
    { conflict: stale.conflict },
  );
}

/** Restore an earlier revision's content (upgraded to the plugin's current version) as a new draft revision. */
export async function restoreRevision(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: {
    reportId: string;
    sectionKey: string;
    revisionId: string;
    baseRevision: number;
    userId: string | null;
  },
) {
  const rev = await db
    .selectFrom("section_revision as r")
    .innerJoin("report_section as s", "s.id", "r.report_section_id")
    .select(["r.data", "r.text", "r.revision", "r.plugin_version", "s.plugin_id"])
    .where("r.id", "=", input.revisionId)
    .where("s.report_id", "=", input.reportId)
    .where("s.section_key", "=", input.sectionKey)
    .executeTakeFirst();
  if (!rev || rev.plugin_version === 0) throw notFound("找不到该历史版本");
  const plugin = pluginOf(sections, rev.plugin_id);
  if (rev.plugin_version > plugin.version)
    throw invalid(`该历史版本由更新的栏目插件（第${rev.plugin_version}版）保存，本服务器的插件不能读取`);
  return saveSection(db, sections, {
    reportId: input.reportId,
    sectionKey: input.sectionKey,
    baseRevision: input.baseRevision,
    data: migrateData(plugin, rev.data, rev.plugin_version),
    text: rev.text ?? null,
    complete: false,
    userId: input.userId,
    audit: { action: "section.restore", details: { fromRevision: rev.revision } },
  });
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
  if (!previous) throw notFound("上一年度没有可导入的本栏目内容");
  // Own words come along with their tokens re-bound to this year's fields and the years moved on.
  const { ctx, ts, plugin } = await sectionContext(db, sections, input.reportId, input.sectionKey);
  const text = previous.text
    ? carryText(previous.text, {
        fromYear: previous.year,
        toYear: ctx.year.year,
        catalog: sectionCatalog(plugin, previous.data, ts.settings),
        previousCatalog: previous.catalog,
      })
    : null;
  const saved = await saveSection(db, sections, {
    ...input,
    data: previous.data,
    text,
    complete: false,
    audit: { action: "section.prefill", details: { fromYear: previous.year } },
  });
  return {
    ...saved,
    fromYear: previous.year,
    migratedFrom: previous.filedVersion,
    migratedTo: previous.currentVersion,
  };
}

/**
 * Mark a section not applicable this year (optional sections only, with a reason), or back to a draft
 * (恢复填写). The row always holds data its plugin reads: marked before anything was entered, it stores the
 * plugin's defaults under its current version; a row stored by earlier versions with plugin version 0 is
 * repaired on 恢复. Back to a draft, the section's metrics are recomputed from its data.
 */
export async function setSectionApplicability(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: {
    reportId: string;
    sectionKey: string;
    notApplicable: boolean;
    reason?: string | null;
    baseRevision?: number | null;
    userId: string;
  },
) {
  return inReportTransaction(db, input.reportId, { editable: true }, async (trx, rc) => {
    const ts = templateSection(rc, input.sectionKey);
    const reason = input.reason?.trim() ?? "";
    if (input.notApplicable) {
      if (ts.required)
        throw invalid("必填栏目不能标记为本年度不适用", [
          { path: "notApplicable", message: "必填栏目不能标记为本年度不适用" },
        ]);
      if (!reason) throw invalid("请填写不适用的理由", [{ path: "reason", message: "请填写不适用的理由" }]);
    }
    const plugin = pluginOf(sections, ts.plugin);
    const row = await lockSection(trx, input.reportId, input.sectionKey, input.baseRevision);
    // The stored data in the plugin's current shape (its defaults when there is none, or only a v0 placeholder).
    const hasData = row !== null && row.plugin_version > 0;
    if (hasData && row.plugin_version > plugin.version)
      throw new DomainError(
        "plugin_missing",
        `本栏目的内容由更新的栏目插件（第${row.plugin_version}版）保存，请先升级服务器`,
      );
    const data = hasData ? migrateData(plugin, row.data, row.plugin_version) : plugin.defaults;
    const status = input.notApplicable ? "not_applicable" : "draft";
    const note = input.notApplicable ? reason : null;
    const { revision } = await putSection(trx, rc, row, {
      key: input.sectionKey,
      pluginId: plugin.id,
      pluginVersion: plugin.version,
      data,
      status,
      note,
      userId: input.userId,
      // A section that does not apply this year yields no figures: its metrics leave the year's totals too.
      metrics: input.notApplicable ? null : { plugin, data },
    });
    await audit(trx, {
      actorId: input.userId,
      action: input.notApplicable ? "section.not_applicable" : "section.applicable",
      targetType: "section",
      targetId: input.sectionKey,
      orgUnitId: rc.report.org_unit_id,
      reportId: input.reportId,
      before: { status: row?.status ?? "empty", revision: row?.revision ?? 0 },
      after: { status, note, revision },
    });
    return { status, revision };
  });
}
