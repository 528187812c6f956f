import type { DB, Kysely } from "@nianbao/db";
import { templateSections } from "@nianbao/document";
import { TRPCError } from "@trpc/server";
import { diffValues } from "@nianbao/sdk";
import { diffText, figureLabels, textDoc } from "@nianbao/text";
import type { SectionLookup } from "../trpc.ts";
import { loadReportContext, type ReportContext } from "./reports.ts";

/** Today in China ("yyyy-mm-dd"): deadlines are days in Beijing time. */
export function today(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

export interface AuditInput {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  orgUnitId?: string | null;
  reportId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Record a state change or an administrative action (who, when, what, before/after). */
export async function audit(db: Kysely<DB>, e: AuditInput): Promise<void> {
  await db
    .insertInto("audit_event")
    .values({
      actor_id: e.actorId,
      action: e.action,
      target_type: e.targetType,
      target_id: e.targetId ?? null,
      org_unit_id: e.orgUnitId ?? null,
      report_id: e.reportId ?? null,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute();
}

/** An open deadline exception for this township and year, if any. */
export async function openException(db: Kysely<DB>, yearId: string, orgId: string, on: string = today()) {
  return db
    .selectFrom("deadline_exception")
    .select(["id", "reason", "until"])
    .where("report_year_id", "=", yearId)
    .where("org_unit_id", "=", orgId)
    .where("revoked_at", "is", null)
    .where("until", ">=", on)
    .orderBy("until", "desc")
    .executeTakeFirst();
}

/** Whether the township may change its report now: its status, and the deadline (unless an exception is open). */
export async function editState(
  db: Kysely<DB>,
  rc: ReportContext,
): Promise<{
  editable: boolean;
  reason: string | null;
  exception: { reason: string; until: string } | null;
}> {
  if (rc.report.status === "submitted")
    return { editable: false, reason: "报告已提交，等待审核，不能修改", exception: null };
  if (rc.report.status === "approved")
    return { editable: false, reason: "报告已审核通过并锁定，不能修改", exception: null };
  const deadline = rc.year.deadline;
  if (deadline && today() > deadline) {
    const ex = await openException(db, rc.year.id, rc.report.org_unit_id);
    if (!ex)
      return {
        editable: false,
        reason: `已过报送截止日期（${deadline}），如需修改请联系管理员开放例外`,
        exception: null,
      };
    return { editable: true, reason: null, exception: { reason: ex.reason, until: ex.until } };
  }
  return { editable: true, reason: null, exception: null };
}

export async function assertEditable(db: Kysely<DB>, rc: ReportContext): Promise<void> {
  const s = await editState(db, rc);
  if (!s.editable) throw new TRPCError({ code: "FORBIDDEN", message: s.reason! });
}

/** Mark a section not applicable this year (optional sections only, with a reason), or back to a draft. */
export async function setSectionApplicability(
  db: Kysely<DB>,
  input: {
    reportId: string;
    sectionKey: string;
    notApplicable: boolean;
    reason?: string | null;
    userId: string;
  },
) {
  const rc = await loadReportContext(db, input.reportId);
  await assertEditable(db, rc);
  const ts = templateSections(rc.template).find((s) => s.key === input.sectionKey && s.enabled);
  if (!ts) throw new TRPCError({ code: "NOT_FOUND", message: `本年度报告没有“${input.sectionKey}”栏目` });
  const reason = input.reason?.trim() ?? "";
  if (input.notApplicable) {
    if (ts.required) throw new TRPCError({ code: "BAD_REQUEST", message: "必填栏目不能标记为本年度不适用" });
    if (!reason) throw new TRPCError({ code: "BAD_REQUEST", message: "请填写不适用的理由" });
  }
  const status = input.notApplicable ? "not_applicable" : "draft";
  const note = input.notApplicable ? reason : null;
  const row = await db
    .selectFrom("report_section")
    .select(["id", "status", "revision", "data", "plugin_version", "text"])
    .where("report_id", "=", input.reportId)
    .where("section_key", "=", input.sectionKey)
    .executeTakeFirst();
  await db.transaction().execute(async (trx) => {
    let id: string;
    let revision: number;
    if (row) {
      revision = row.revision + 1;
      await trx
        .updateTable("report_section")
        .set({ status, note, revision, updated_at: new Date(), updated_by: input.userId })
        .where("id", "=", row.id)
        .execute();
      id = row.id;
      await trx
        .insertInto("section_revision")
        .values({
          report_section_id: id,
          revision,
          plugin_version: row.plugin_version,
          data: JSON.stringify(row.data),
          text: row.text === null ? null : JSON.stringify(row.text),
          status,
          note,
          saved_by: input.userId,
        })
        .execute();
    } else {
      revision = 1;
      const created = await trx
        .insertInto("report_section")
        .values({
          report_id: input.reportId,
          section_key: input.sectionKey,
          plugin_id: ts.plugin,
          plugin_version: 0,
          data: "{}",
          status,
          note,
          revision,
          updated_by: input.userId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      id = created.id;
      await trx
        .insertInto("section_revision")
        .values({
          report_section_id: id,
          revision,
          plugin_version: 0,
          data: "{}",
          status,
          note,
          saved_by: input.userId,
        })
        .execute();
    }
    if (input.notApplicable) {
      // A section that does not apply this year yields no figures: its metrics leave the year's totals too.
      await trx.deleteFrom("section_metric").where("report_section_id", "=", id).execute();
    }
  });
  await audit(db, {
    actorId: input.userId,
    action: input.notApplicable ? "section.not_applicable" : "section.applicable",
    targetType: "section",
    targetId: input.sectionKey,
    orgUnitId: rc.report.org_unit_id,
    reportId: input.reportId,
    before: { status: row?.status ?? "empty" },
    after: { status, note },
  });
  return { status };
}

/** Required sections not yet complete (not_applicable does not count for a required section). */
export async function missingRequired(db: Kysely<DB>, rc: ReportContext): Promise<string[]> {
  const stored = await db
    .selectFrom("report_section")
    .select(["section_key", "status"])
    .where("report_id", "=", rc.report.id)
    .execute();
  const status = new Map(stored.map((s) => [s.section_key, s.status]));
  return templateSections(rc.template)
    .filter((s) => s.enabled && s.required && status.get(s.key) !== "complete")
    .map((s) => s.heading || s.key);
}

async function transition(
  db: Kysely<DB>,
  reportId: string,
  from: string[],
  to: "submitted" | "returned" | "approved",
  set: { submitted_at?: Date; approved_at?: Date | null },
): Promise<ReportContext> {
  const rc = await loadReportContext(db, reportId);
  if (!from.includes(rc.report.status)) {
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: `报告当前状态为“${statusLabel[rc.report.status]}”，不能${actionLabel[to]}`,
    });
  }
  const updated = await db
    .updateTable("report")
    .set({ status: to, updated_at: new Date(), ...set })
    .where("id", "=", reportId)
    .where("status", "=", rc.report.status)
    .returning("id")
    .executeTakeFirst();
  if (!updated) throw new TRPCError({ code: "CONFLICT", message: "报告状态刚刚被他人改变，请刷新后再试" });
  return rc;
}

const statusLabel: Record<string, string> = {
  draft: "填报中",
  submitted: "已提交",
  returned: "已退回",
  approved: "已通过",
};
const actionLabel: Record<string, string> = { submitted: "提交", returned: "退回", approved: "审核通过" };

export async function submitReport(db: Kysely<DB>, reportId: string, userId: string) {
  const rc0 = await loadReportContext(db, reportId);
  await assertEditable(db, rc0);
  const missing = await missingRequired(db, rc0);
  if (missing.length) {
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: `还有${missing.length}个必填栏目未完成，不能提交：${missing.join("、")}`,
    });
  }
  const now = new Date();
  const rc = await transition(db, reportId, ["draft", "returned"], "submitted", { submitted_at: now });
  const revisions = await db
    .selectFrom("report_section")
    .select(["section_key", "revision"])
    .where("report_id", "=", reportId)
    .execute();
  await db
    .insertInto("report_submission")
    .values({
      report_id: reportId,
      submitted_by: userId,
      submitted_at: now,
      revisions: JSON.stringify(Object.fromEntries(revisions.map((r) => [r.section_key, r.revision]))),
    })
    .execute();
  await audit(db, {
    actorId: userId,
    action: "report.submit",
    targetType: "report",
    targetId: reportId,
    orgUnitId: rc.report.org_unit_id,
    reportId,
    before: { status: rc.report.status },
    after: { status: "submitted" },
  });
  return { status: "submitted" as const };
}

export async function returnReport(db: Kysely<DB>, reportId: string, reason: string, userId: string) {
  const body = reason.trim();
  if (!body) throw new TRPCError({ code: "BAD_REQUEST", message: "退回时请填写理由" });
  const rc = await transition(db, reportId, ["submitted"], "returned", {});
  await db
    .insertInto("review_comment")
    .values({ report_id: reportId, section_key: null, kind: "return", body, author_id: userId })
    .execute();
  await audit(db, {
    actorId: userId,
    action: "report.return",
    targetType: "report",
    targetId: reportId,
    orgUnitId: rc.report.org_unit_id,
    reportId,
    before: { status: "submitted" },
    after: { status: "returned", reason: body },
  });
  return { status: "returned" as const };
}

export async function approveReport(db: Kysely<DB>, reportId: string, userId: string, comment?: string) {
  const rc = await transition(db, reportId, ["submitted"], "approved", { approved_at: new Date() });
  if (comment?.trim())
    await db
      .insertInto("review_comment")
      .values({
        report_id: reportId,
        section_key: null,
        kind: "approve",
        body: comment.trim(),
        author_id: userId,
      })
      .execute();
  await audit(db, {
    actorId: userId,
    action: "report.approve",
    targetType: "report",
    targetId: reportId,
    orgUnitId: rc.report.org_unit_id,
    reportId,
    before: { status: "submitted" },
    after: { status: "approved" },
  });
  return { status: "approved" as const };
}

/** Reopen an approved report (administrators only, with a reason). */
export async function reopenReport(db: Kysely<DB>, reportId: string, reason: string, userId: string) {
  const rc = await transition(db, reportId, ["approved", "submitted"], "returned", { approved_at: null });
  await db
    .insertInto("review_comment")
    .values({ report_id: reportId, section_key: null, kind: "return", body: reason, author_id: userId })
    .execute();
  await audit(db, {
    actorId: userId,
    action: "report.reopen",
    targetType: "report",
    targetId: reportId,
    orgUnitId: rc.report.org_unit_id,
    reportId,
    before: { status: rc.report.status },
    after: { status: "returned", reason },
  });
  return { status: "returned" as const };
}

export async function listComments(db: Kysely<DB>, reportId: string) {
  return db
    .selectFrom("review_comment as c")
    .leftJoin("app_user as u", "u.id", "c.author_id")
    .select([
      "c.id",
      "c.section_key as sectionKey",
      "c.kind",
      "c.body",
      "c.created_at as createdAt",
      "u.display_name as author",
    ])
    .where("c.report_id", "=", reportId)
    .orderBy("c.created_at", "asc")
    .execute();
}

export async function addComment(
  db: Kysely<DB>,
  input: { reportId: string; sectionKey: string | null; body: string; userId: string },
) {
  const rc = await loadReportContext(db, input.reportId);
  if (input.sectionKey && !templateSections(rc.template).some((s) => s.key === input.sectionKey)) {
    throw new TRPCError({ code: "NOT_FOUND", message: `本年度报告没有“${input.sectionKey}”栏目` });
  }
  const row = await db
    .insertInto("review_comment")
    .values({
      report_id: input.reportId,
      section_key: input.sectionKey,
      kind: "comment",
      body: input.body.trim(),
      author_id: input.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await audit(db, {
    actorId: input.userId,
    action: "comment.add",
    targetType: "comment",
    targetId: row.id,
    orgUnitId: rc.report.org_unit_id,
    reportId: input.reportId,
    after: { sectionKey: input.sectionKey, body: input.body.trim() },
  });
  return { id: row.id };
}

/**
 * What changed since the previous submission: for every section whose revision differs between the last two
 * submissions (or, while being edited again, between the last submission and now), the field-level diff and
 * the own words' paragraph by paragraph.
 */
/** The own words' changes between two revisions (figures by the plugin's labels). */
function textChanges(
  before: { text: unknown; pluginId: string } | undefined,
  after: { text: unknown; pluginId: string } | undefined,
  sections: SectionLookup | undefined,
) {
  const plugin = sections?.get(after?.pluginId ?? before?.pluginId ?? "");
  return diffText(before?.text ? textDoc(before.text) : null, after?.text ? textDoc(after.text) : null, plugin ? figureLabels(plugin) : undefined);
}

export async function changesSinceSubmission(db: Kysely<DB>, reportId: string, plugins?: SectionLookup) {
  const rc = await loadReportContext(db, reportId);
  const subs = await db
    .selectFrom("report_submission")
    .select(["revisions", "submitted_at"])
    .where("report_id", "=", reportId)
    .orderBy("submitted_at", "desc")
    .limit(2)
    .execute();
  const current = await db
    .selectFrom("report_section")
    .select(["section_key", "revision"])
    .where("report_id", "=", reportId)
    .execute();
  const now = Object.fromEntries(current.map((r) => [r.section_key, r.revision])) as Record<string, number>;
  let base: Record<string, number>;
  let target: Record<string, number>;
  let since: Date;
  if (rc.report.status === "submitted" || rc.report.status === "approved") {
    if (subs.length < 2) return { since: null, sections: [] };
    base = subs[1]!.revisions as Record<string, number>;
    target = subs[0]!.revisions as Record<string, number>;
    since = subs[1]!.submitted_at;
  } else {
    if (subs.length < 1) return { since: null, sections: [] };
    base = subs[0]!.revisions as Record<string, number>;
    target = now;
    since = subs[0]!.submitted_at;
  }
  const keys = [...new Set([...Object.keys(base), ...Object.keys(target)])].filter(
    (k) => base[k] !== target[k],
  );
  const sections = [];
  for (const key of keys) {
    const revs = await db
      .selectFrom("section_revision as r")
      .innerJoin("report_section as s", "s.id", "r.report_section_id")
      .select(["r.revision", "r.data", "r.text", "r.status", "s.plugin_id as pluginId"])
      .where("s.report_id", "=", reportId)
      .where("s.section_key", "=", key)
      .where("r.refused", "=", false)
      .where("r.revision", "in", [base[key] ?? -1, target[key] ?? -1])
      .execute();
    const before = revs.find((r) => r.revision === base[key]);
    const after = revs.find((r) => r.revision === target[key]);
    sections.push({
      sectionKey: key,
      fromRevision: base[key] ?? 0,
      toRevision: target[key] ?? 0,
      changes: [...diffValues(before?.data, after?.data), ...textChanges(before, after, plugins)],
    });
  }
  const headings = new Map(templateSections(rc.template).map((s) => [s.key, s.heading]));
  return {
    since,
    sections: sections.map((s) => ({ ...s, heading: headings.get(s.sectionKey) ?? s.sectionKey })),
  };
}

export async function openDeadlineException(
  db: Kysely<DB>,
  input: { yearId: string; orgId: string; reason: string; until: string; userId: string },
) {
  const reason = input.reason.trim();
  if (!reason) throw new TRPCError({ code: "BAD_REQUEST", message: "请填写开放例外的理由" });
  const assigned = await db
    .selectFrom("report_year_assignment")
    .select("org_unit_id")
    .where("report_year_id", "=", input.yearId)
    .where("org_unit_id", "=", input.orgId)
    .executeTakeFirst();
  if (!assigned) throw new TRPCError({ code: "NOT_FOUND", message: "该乡镇不在本年度报送范围内" });
  const row = await db
    .insertInto("deadline_exception")
    .values({
      report_year_id: input.yearId,
      org_unit_id: input.orgId,
      reason,
      until: input.until,
      created_by: input.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await audit(db, {
    actorId: input.userId,
    action: "deadline.exception.open",
    targetType: "deadline_exception",
    targetId: row.id,
    orgUnitId: input.orgId,
    after: { yearId: input.yearId, reason, until: input.until },
  });
  return { id: row.id };
}

export async function revokeDeadlineException(db: Kysely<DB>, id: string, userId: string) {
  const row = await db
    .updateTable("deadline_exception")
    .set({ revoked_at: new Date() })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .returning(["org_unit_id", "until", "reason"])
    .executeTakeFirst();
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "找不到该例外或已撤销" });
  await audit(db, {
    actorId: userId,
    action: "deadline.exception.revoke",
    targetType: "deadline_exception",
    targetId: id,
    orgUnitId: row.org_unit_id,
    before: { reason: row.reason, until: row.until },
    after: { revoked: true },
  });
}
