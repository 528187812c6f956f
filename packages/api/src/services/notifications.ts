import type { DB, Kysely, NotificationKind, Transaction } from "@nianbao/db";
import { templateSections } from "@nianbao/document";
import { invalid } from "../errors.ts";
import type { Outbox } from "./mail.ts";
import type { ReportContext } from "./reports.ts";

/**
 * In-app notifications, one row per person and event, written in the event's own transaction (so an event
 * that rolls back notifies nobody): submitted → the county's reviewers; returned/approved → the township's
 * editors; a comment → the other side (and whoever already wrote in the thread). Each also becomes an
 * e-mail in the outbox, sent after commit when SMTP is configured.
 */

/** Reviewers holding their role on the township's county or above (not disabled). */
export async function reviewersOf(db: Kysely<DB>, orgId: string) {
  return db
    .selectFrom("role_assignment as a")
    .innerJoin("org_unit_closure as c", "c.ancestor_id", "a.org_unit_id")
    .innerJoin("app_user as u", "u.id", "a.user_id")
    .select(["u.id", "u.email"])
    .distinct()
    .where("c.descendant_id", "=", orgId)
    .where("c.depth", ">", 0)
    .where("a.role", "=", "reviewer")
    .where("u.disabled", "=", false)
    .execute();
}

/** The township's own editors (not disabled). */
export async function editorsOf(db: Kysely<DB>, orgId: string) {
  return db
    .selectFrom("role_assignment as a")
    .innerJoin("app_user as u", "u.id", "a.user_id")
    .select(["u.id", "u.email"])
    .distinct()
    .where("a.org_unit_id", "=", orgId)
    .where("a.role", "=", "editor")
    .where("u.disabled", "=", false)
    .execute();
}

export interface NoticeInput {
  kind: NotificationKind;
  rc: ReportContext;
  actorId: string;
  recipients: Array<{ id: string; email: string }>;
  sectionKey?: string | null;
  threadId?: string | null;
  /** The comment's or the reason's text (shortened in the notice). */
  body?: string | null;
}

const EXCERPT = 80;

function excerpt(body: string | null | undefined): string | null {
  if (!body) return null;
  const oneLine = body.replace(/\s+/g, " ").trim();
  return oneLine.length > EXCERPT ? `${oneLine.slice(0, EXCERPT)}…` : oneLine;
}

const SUBJECT: Record<
  NotificationKind,
  (p: { org: string; year: number; section: string | null }) => string
> = {
  submitted: (p) => `【年报】${p.org}${p.year}年度报告已提交，等待审核`,
  returned: (p) => `【年报】${p.org}${p.year}年度报告已退回，请修改`,
  approved: (p) => `【年报】${p.org}${p.year}年度报告已审核通过`,
  comment: (p) => `【年报】${p.org}${p.year}年度报告${p.section ? `“${p.section}”` : ""}有新的意见`,
};

/** Write the notices (the actor excluded, each person once) and put their e-mails in the outbox. */
export async function notify(trx: Transaction<DB>, input: NoticeInput, outbox?: Outbox): Promise<number> {
  const seen = new Set<string>([input.actorId]);
  const to = input.recipients.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
  if (to.length === 0) return 0;
  const heading = input.sectionKey
    ? (templateSections(input.rc.template).find((s) => s.key === input.sectionKey)?.heading ??
      input.sectionKey)
    : null;
  const actor = await trx
    .selectFrom("app_user")
    .select("display_name")
    .where("id", "=", input.actorId)
    .executeTakeFirst();
  const params = {
    org: input.rc.org.name,
    year: input.rc.year.year,
    section: heading,
    actor: actor?.display_name ?? null,
    excerpt: excerpt(input.body),
  };
  await trx
    .insertInto("notification")
    .values(
      to.map((r) => ({
        user_id: r.id,
        kind: input.kind,
        report_id: input.rc.report.id,
        section_key: input.sectionKey ?? null,
        thread_id: input.threadId ?? null,
        actor_id: input.actorId,
        params: JSON.stringify(params),
      })),
    )
    .execute();
  const subject = SUBJECT[input.kind](params);
  const text = [
    subject,
    params.actor ? `操作人：${params.actor}` : null,
    params.excerpt ? `内容：${params.excerpt}` : null,
    "请登录年报系统查看。",
  ]
    .filter(Boolean)
    .join("\n");
  outbox?.push(...to.map((r) => ({ to: r.email, subject, text })));
  return to.length;
}

/** A person's notifications, newest first, with the unread count. */
export async function listNotifications(db: Kysely<DB>, userId: string, limit = 30) {
  const rows = await db
    .selectFrom("notification")
    .select([
      "id",
      "kind",
      "report_id as reportId",
      "section_key as sectionKey",
      "thread_id as threadId",
      "params",
      "created_at as createdAt",
      "read_at as readAt",
    ])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
  const unread = await unreadCount(db, userId);
  return {
    unread,
    items: rows.map((r) => ({
      ...r,
      params: r.params as unknown as {
        org: string;
        year: number;
        section: string | null;
        actor: string | null;
        excerpt: string | null;
      },
    })),
  };
}

export async function unreadCount(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notification")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Mark some (or, without ids, all) of the person's notifications read; another person's ids are refused. */
export async function markRead(db: Kysely<DB>, userId: string, ids: string[] | null) {
  if (ids && ids.length) {
    const owned = await db
      .selectFrom("notification")
      .select("id")
      .where("id", "in", ids)
      .where("user_id", "=", userId)
      .execute();
    if (owned.length !== new Set(ids).size)
      throw invalid("通知不存在或不属于您", [{ path: "ids", message: "通知不存在或不属于您" }]);
  }
  let q = db
    .updateTable("notification")
    .set({ read_at: new Date() })
    .where("user_id", "=", userId)
    .where("read_at", "is", null);
  if (ids && ids.length) q = q.where("id", "in", ids);
  const r = await q.executeTakeFirst();
  return { marked: Number(r.numUpdatedRows), unread: await unreadCount(db, userId) };
}
