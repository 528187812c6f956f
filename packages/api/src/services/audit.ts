import type { DB, Kysely } from "@nianbao/db";

export interface AuditInput {
  actorId: string | null;
  /** What happened, as `<target>.<verb>` ("section.complete", "year.publish", "account.create" …). */
  action: string;
  targetType: string;
  targetId?: string | null;
  orgUnitId?: string | null;
  reportId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * The person's display name now, as a subquery for an insert: revisions, comments and audit events keep the
 * name the actor had when they acted, so a later rename rewrites no history.
 */
export function actorName(db: Kysely<DB>, userId: string | null | undefined) {
  return userId ? db.selectFrom("app_user").select("display_name").where("id", "=", userId) : null;
}

/**
 * Record a state change or an administrative action (who, when, what, before/after) — the one place audit
 * events are written. Pass the transaction that makes the change, so the change and its event commit (or
 * roll back) together.
 */
export async function audit(db: Kysely<DB>, e: AuditInput): Promise<void> {
  await db
    .insertInto("audit_event")
    .values({
      actor_id: e.actorId,
      actor_name: actorName(db, e.actorId),
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
