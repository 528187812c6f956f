import type { DB, Kysely } from "@nianbao/db";
import { accountOrg } from "./accounts.ts";
import { audit } from "./audit.ts";
import { inTransaction } from "./write-path.ts";

/** A signed-in session as its owner (or an administrator) sees it: device, address, when it started and was last active. */
export interface SessionView {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
  current: boolean;
}

/** The account's sessions that have not expired, most recently active first. */
export async function listSessions(
  db: Kysely<DB>,
  userId: string,
  currentSessionId: string | null = null,
): Promise<SessionView[]> {
  const rows = await db
    .selectFrom("auth_session")
    .select([
      "id",
      "user_agent as userAgent",
      "ip_address as ipAddress",
      "created_at as createdAt",
      "updated_at as lastActiveAt",
      "expires_at as expiresAt",
    ])
    .where("user_id", "=", userId)
    .where("expires_at", ">", new Date())
    .orderBy("updated_at", "desc")
    .execute();
  return rows.map((r) => ({ ...r, current: r.id === currentSessionId }));
}

/**
 * End sessions of an account: one (`sessionId`), or all but `keep` (sign out everywhere else), or all. Audited
 * with the actor (the person themselves, or an administrator).
 */
export async function endSessions(
  db: Kysely<DB>,
  input: { userId: string; actorId: string; sessionId?: string; keep?: string | null },
): Promise<{ ended: number }> {
  return inTransaction(db, async (trx) => {
    let q = trx.deleteFrom("auth_session").where("user_id", "=", input.userId);
    if (input.sessionId) q = q.where("id", "=", input.sessionId);
    if (input.keep) q = q.where("id", "!=", input.keep);
    const ended = Number((await q.executeTakeFirst()).numDeletedRows);
    if (ended > 0)
      await audit(trx, {
        actorId: input.actorId,
        action: "account.end_sessions",
        targetType: "account",
        targetId: input.userId,
        orgUnitId: await accountOrg(trx, input.userId),
        after: { ended },
      });
    return { ended };
  });
}
