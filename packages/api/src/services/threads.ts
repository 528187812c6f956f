import type { DB, Kysely, Transaction } from "@nianbao/db";
import { templateSections } from "@nianbao/document";
import type { SessionUser } from "../auth.ts";
import { forbidden, notFound, wrongState } from "../errors.ts";
import { canOnOrg } from "./access.ts";
import { actorName, audit } from "./audit.ts";
import type { Outbox } from "./mail.ts";
import { editorsOf, notify, reviewersOf } from "./notifications.ts";
import type { ReportContext } from "./reports.ts";
import { inReportTransaction } from "./write-path.ts";

/**
 * Review threads: a reviewer opens one on a section (or the whole report), optionally on one field of it
 * (its dot path and the label the reviewer saw); reviewers and the township's editors reply; reviewers
 * resolve and reopen. Resolved threads stay. Every write holds the report's row lock and writes its audit
 * event and its notifications in the same transaction.
 */

export type ThreadStatus = "open" | "resolved";

/** Every thread of a report with its messages, oldest first. */
export async function listThreads(db: Kysely<DB>, reportId: string) {
  const threads = await db
    .selectFrom("review_thread as t")
    .leftJoin("app_user as r", "r.id", "t.resolved_by")
    .select([
      "t.id",
      "t.section_key as sectionKey",
      "t.field_path as fieldPath",
      "t.field_label as fieldLabel",
      "t.status",
      "t.created_at as createdAt",
      "t.resolved_at as resolvedAt",
      "r.display_name as resolvedBy",
    ])
    .where("t.report_id", "=", reportId)
    .orderBy("t.created_at", "asc")
    .orderBy("t.id")
    .execute();
  const messages = await db
    .selectFrom("review_comment as c")
    .leftJoin("app_user as u", "u.id", "c.author_id")
    .select([
      "c.id",
      "c.thread_id as threadId",
      "c.kind",
      "c.body",
      "c.created_at as createdAt",
      // The name as it was when they wrote (stored with the message), not as it is now.
      (eb) => eb.fn.coalesce("c.author_name", "u.display_name").as("author"),
    ])
    .where("c.report_id", "=", reportId)
    .orderBy("c.created_at", "asc")
    .orderBy("c.id")
    .execute();
  return threads.map((t) => ({ ...t, messages: messages.filter((m) => m.threadId === t.id) }));
}

/** Open threads per section key ("" for the whole report). */
export async function openThreadCounts(db: Kysely<DB>, reportId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom("review_thread")
    .select(["section_key", (eb) => eb.fn.countAll<string>().as("n")])
    .where("report_id", "=", reportId)
    .where("status", "=", "open")
    .groupBy("section_key")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.section_key ?? "", Number(r.n)]));
}

/** The open threads as a reviewer returning the report sees them: section heading, field, first words. */
export async function openThreadSummary(db: Kysely<DB>, rc: ReportContext) {
  const headings = new Map(templateSections(rc.template).map((s) => [s.key, s.heading || s.key]));
  const threads = (await listThreads(db, rc.report.id)).filter((t) => t.status === "open");
  return threads.map((t) => ({
    id: t.id,
    sectionKey: t.sectionKey,
    heading: t.sectionKey ? (headings.get(t.sectionKey) ?? t.sectionKey) : null,
    fieldLabel: t.fieldLabel,
    body: t.messages[0]?.body ?? "",
  }));
}

function assertSection(rc: ReportContext, sectionKey: string | null) {
  if (sectionKey && !templateSections(rc.template).some((s) => s.key === sectionKey)) {
    throw notFound(`本年度报告没有“${sectionKey}”栏目`);
  }
}

/** Insert a thread with its first message (also used by return and approve for their reasons). */
export async function insertThread(
  trx: Transaction<DB>,
  t: {
    reportId: string;
    sectionKey: string | null;
    fieldPath?: string | null;
    fieldLabel?: string | null;
    kind: "comment" | "return" | "approve";
    body: string;
    userId: string;
    resolved?: boolean;
  },
) {
  const now = new Date();
  const thread = await trx
    .insertInto("review_thread")
    .values({
      report_id: t.reportId,
      section_key: t.sectionKey,
      field_path: t.fieldPath ?? null,
      field_label: t.fieldLabel ?? null,
      status: t.resolved ? "resolved" : "open",
      created_by: t.userId,
      created_at: now,
      resolved_by: t.resolved ? t.userId : null,
      resolved_at: t.resolved ? now : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("review_comment")
    .values({
      report_id: t.reportId,
      section_key: t.sectionKey,
      thread_id: thread.id,
      kind: t.kind,
      body: t.body,
      author_id: t.userId,
      author_name: actorName(trx, t.userId),
      created_at: now,
    })
    .execute();
  return thread.id;
}

export interface StartThreadInput {
  reportId: string;
  sectionKey: string | null;
  fieldPath: string | null;
  fieldLabel: string | null;
  body: string;
  user: SessionUser;
}

/** A reviewer opens a thread (the procedure checked the review permission); the township's editors are told. */
export async function startThread(db: Kysely<DB>, input: StartThreadInput, outbox?: Outbox) {
  return inReportTransaction(db, input.reportId, { editable: false }, async (trx, rc) => {
    assertSection(rc, input.sectionKey);
    const body = input.body.trim();
    const threadId = await insertThread(trx, {
      ...input,
      fieldPath: input.sectionKey ? input.fieldPath : null,
      kind: "comment",
      body,
      userId: input.user.id,
    });
    await audit(trx, {
      actorId: input.user.id,
      action: "thread.open",
      targetType: "thread",
      targetId: threadId,
      orgUnitId: rc.report.org_unit_id,
      reportId: rc.report.id,
      after: { sectionKey: input.sectionKey, fieldPath: input.fieldPath, fieldLabel: input.fieldLabel, body },
    });
    const recipients = await editorsOf(trx, rc.report.org_unit_id);
    await notify(
      trx,
      {
        kind: "comment",
        rc,
        actorId: input.user.id,
        recipients,
        sectionKey: input.sectionKey,
        threadId,
        body,
      },
      outbox,
    );
    return { id: threadId };
  });
}

async function lockThread(trx: Transaction<DB>, reportId: string, threadId: string) {
  const thread = await trx
    .selectFrom("review_thread")
    .selectAll()
    .where("id", "=", threadId)
    .where("report_id", "=", reportId)
    .forUpdate()
    .executeTakeFirst();
  if (!thread) throw notFound("找不到该意见");
  return thread;
}

/** Reply: a reviewer of the report or one of the township's editors; the other side (and earlier writers) are told. */
export async function replyToThread(
  db: Kysely<DB>,
  input: { reportId: string; threadId: string; body: string; user: SessionUser },
  outbox?: Outbox,
) {
  return inReportTransaction(db, input.reportId, { editable: false }, async (trx, rc) => {
    const orgId = rc.report.org_unit_id;
    const isEditor = await canOnOrg(trx, input.user, "edit", orgId);
    if (!isEditor && !(await canOnOrg(trx, input.user, "review", orgId))) {
      throw forbidden("只有审核人员和本乡镇的填报人可以回复意见");
    }
    const thread = await lockThread(trx, input.reportId, input.threadId);
    if (thread.status === "resolved") throw wrongState("该意见已解决；如需继续讨论，请审核人员重新打开");
    const body = input.body.trim();
    const row = await trx
      .insertInto("review_comment")
      .values({
        report_id: input.reportId,
        section_key: thread.section_key,
        thread_id: thread.id,
        kind: "comment",
        body,
        author_id: input.user.id,
        author_name: actorName(trx, input.user.id),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actorId: input.user.id,
      action: "thread.reply",
      targetType: "thread",
      targetId: thread.id,
      orgUnitId: orgId,
      reportId: input.reportId,
      after: { commentId: row.id, body },
    });
    const otherSide = isEditor ? await reviewersOf(trx, orgId) : await editorsOf(trx, orgId);
    const earlier = await trx
      .selectFrom("review_comment as c")
      .innerJoin("app_user as u", "u.id", "c.author_id")
      .select(["u.id", "u.email"])
      .distinct()
      .where("c.thread_id", "=", thread.id)
      .where("u.disabled", "=", false)
      .execute();
    await notify(
      trx,
      {
        kind: "comment",
        rc,
        actorId: input.user.id,
        recipients: [...otherSide, ...earlier],
        sectionKey: thread.section_key,
        threadId: thread.id,
        body,
      },
      outbox,
    );
    return { id: row.id };
  });
}

/** Resolve or reopen a thread (reviewers; the procedure checked the review permission). */
export async function setThreadStatus(
  db: Kysely<DB>,
  input: { reportId: string; threadId: string; status: ThreadStatus; userId: string },
) {
  return inReportTransaction(db, input.reportId, { editable: false }, async (trx, rc) => {
    const thread = await lockThread(trx, input.reportId, input.threadId);
    if (thread.status === input.status) {
      throw wrongState(input.status === "resolved" ? "该意见已经解决" : "该意见尚未解决，无需重新打开");
    }
    const resolved = input.status === "resolved";
    await trx
      .updateTable("review_thread")
      .set({
        status: input.status,
        resolved_by: resolved ? input.userId : null,
        resolved_at: resolved ? new Date() : null,
      })
      .where("id", "=", thread.id)
      .execute();
    await audit(trx, {
      actorId: input.userId,
      action: resolved ? "thread.resolve" : "thread.reopen",
      targetType: "thread",
      targetId: thread.id,
      orgUnitId: rc.report.org_unit_id,
      reportId: input.reportId,
      before: { status: thread.status },
      after: { status: input.status },
    });
    return { id: thread.id, status: input.status };
  });
}

/** On approval every open thread is resolved by the approver (returns how many). */
export async function resolveAllOpen(
  trx: Transaction<DB>,
  reportId: string,
  userId: string,
): Promise<number> {
  const r = await trx
    .updateTable("review_thread")
    .set({ status: "resolved", resolved_by: userId, resolved_at: new Date() })
    .where("report_id", "=", reportId)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
