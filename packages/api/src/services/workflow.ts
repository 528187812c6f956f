import type { DB, Kysely, Transaction } from "@nianbao/db";
import { templateSections } from "@nianbao/document";
import { DomainError, invalid, wrongState } from "../errors.ts";
import { audit } from "./audit.ts";
import { todayInChina } from "./frame.ts";
import type { ReportContext } from "./reports.ts";
import type { Outbox } from "./mail.ts";
import { editorsOf, notify, reviewersOf } from "./notifications.ts";
import { insertThread, openThreadSummary, resolveAllOpen } from "./threads.ts";
import { inReportTransaction } from "./write-path.ts";

/**
 * A report's workflow: submit (township), return and approve (reviewer), reopen (administrator). Each is
 * one call of the write path: the report row locked, its state and completeness checked under the lock, the
 * new state, its comment or submission record, and its audit event written in the same transaction — so a
 * save racing a submission either lands before it (and is part of what was submitted) or is refused.
 */

export type ReportStatus = "draft" | "submitted" | "returned" | "approved";

const statusLabel: Record<string, string> = {
  draft: "填报中",
  submitted: "已提交",
  returned: "已退回",
  approved: "已通过",
};
const actionLabel: Record<string, string> = { submitted: "提交", returned: "退回", approved: "审核通过" };

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

async function assertComplete(trx: Transaction<DB>, rc: ReportContext, action: string): Promise<void> {
  const missing = await missingRequired(trx, rc);
  if (missing.length)
    throw new DomainError(
      "incomplete",
      `还有${missing.length}个必填栏目未完成，不能${action}：${missing.join("、")}`,
    );
}

/** Move the (locked) report from one of `from` to `to`, with the audit event; wrong_state otherwise. */
async function transition(
  trx: Transaction<DB>,
  rc: ReportContext,
  change: {
    from: ReportStatus[];
    to: ReportStatus;
    set?: { submitted_at?: Date; approved_at?: Date | null; signed_on?: string; published_at?: null };
    action: string;
    userId: string;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  const status = rc.report.status as ReportStatus;
  if (!change.from.includes(status)) {
    throw wrongState(
      `报告当前状态为“${statusLabel[status] ?? status}”，不能${actionLabel[change.to] ?? "执行此操作"}`,
    );
  }
  await trx
    .updateTable("report")
    .set({ status: change.to, updated_at: new Date(), ...change.set })
    .where("id", "=", rc.report.id)
    .execute();
  await audit(trx, {
    actorId: change.userId,
    action: change.action,
    targetType: "report",
    targetId: rc.report.id,
    orgUnitId: rc.report.org_unit_id,
    reportId: rc.report.id,
    before: { status },
    after: { status: change.to, ...change.details },
  });
}

export async function submitReport(db: Kysely<DB>, reportId: string, userId: string, outbox?: Outbox) {
  return inReportTransaction(db, reportId, { editable: true }, async (trx, rc) => {
    await assertComplete(trx, rc, "提交");
    const now = new Date();
    await transition(trx, rc, {
      from: ["draft", "returned"],
      to: "submitted",
      set: { submitted_at: now },
      action: "report.submit",
      userId,
    });
    const revisions = await trx
      .selectFrom("report_section")
      .select(["section_key", "revision"])
      .where("report_id", "=", reportId)
      .execute();
    await trx
      .insertInto("report_submission")
      .values({
        report_id: reportId,
        submitted_by: userId,
        submitted_at: now,
        revisions: JSON.stringify(Object.fromEntries(revisions.map((r) => [r.section_key, r.revision]))),
      })
      .execute();
    await notify(
      trx,
      { kind: "submitted", rc, actorId: userId, recipients: await reviewersOf(trx, rc.report.org_unit_id) },
      outbox,
    );
    return { status: "submitted" as const };
  });
}

/**
 * Return a submitted report with a reason (a new open thread on the whole report). The result lists the
 * threads open at the return (the reason's own thread included), as the township will see them.
 */
export async function returnReport(
  db: Kysely<DB>,
  reportId: string,
  reason: string,
  userId: string,
  outbox?: Outbox,
) {
  const body = reason.trim();
  if (!body) throw invalid("退回时请填写理由", [{ path: "reason", message: "退回时请填写理由" }]);
  return inReportTransaction(db, reportId, { editable: false }, async (trx, rc) => {
    const open = await openThreadSummary(trx, rc);
    await transition(trx, rc, {
      from: ["submitted"],
      to: "returned",
      action: "report.return",
      userId,
      details: { reason: body, openThreads: open.length },
    });
    const threadId = await insertThread(trx, { reportId, sectionKey: null, kind: "return", body, userId });
    const sections = [...new Set(open.flatMap((t) => (t.heading ? [t.heading] : [])))];
    const listed = sections.length ? `${body}\n有待处理意见的栏目：${sections.join("、")}` : body;
    await notify(
      trx,
      {
        kind: "returned",
        rc,
        actorId: userId,
        recipients: await editorsOf(trx, rc.report.org_unit_id),
        threadId,
        body: listed,
      },
      outbox,
    );
    return { status: "returned" as const, openThreads: await openThreadSummary(trx, rc) };
  });
}

/** Approve a submitted report: refused (incomplete) while a required section is not complete — return it instead. */
export async function approveReport(
  db: Kysely<DB>,
  reportId: string,
  userId: string,
  comment?: string,
  outbox?: Outbox,
) {
  return inReportTransaction(db, reportId, { editable: false }, async (trx, rc) => {
    if (rc.report.status === "submitted") await assertComplete(trx, rc, "审核通过（请退回乡镇补充）");
    await transition(trx, rc, {
      from: ["submitted"],
      to: "approved",
      // The signature date: the one an administrator set before, else the day of approval.
      set: { approved_at: new Date(), signed_on: rc.report.signed_on ?? todayInChina() },
      action: "report.approve",
      userId,
    });
    const resolved = await resolveAllOpen(trx, reportId, userId);
    if (comment?.trim())
      await insertThread(trx, {
        reportId,
        sectionKey: null,
        kind: "approve",
        body: comment.trim(),
        userId,
        resolved: true,
      });
    await notify(
      trx,
      {
        kind: "approved",
        rc,
        actorId: userId,
        recipients: await editorsOf(trx, rc.report.org_unit_id),
        body: comment?.trim() || null,
      },
      outbox,
    );
    return { status: "approved" as const, resolvedThreads: resolved };
  });
}

/** Reopen an approved (or submitted) report (administrators only, with a reason). */
export async function reopenReport(db: Kysely<DB>, reportId: string, reason: string, userId: string) {
  const body = reason.trim();
  if (!body) throw invalid("重新开放时请填写理由", [{ path: "reason", message: "重新开放时请填写理由" }]);
  return inReportTransaction(db, reportId, { editable: false }, async (trx, rc) => {
    await transition(trx, rc, {
      from: ["approved", "submitted"],
      to: "returned",
      // Reopened: no longer approved, so no longer public.
      set: { approved_at: null, published_at: null },
      action: "report.reopen",
      userId,
      details: { reason: body },
    });
    await insertThread(trx, { reportId, sectionKey: null, kind: "return", body, userId });
    return { status: "returned" as const };
  });
}
