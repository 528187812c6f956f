import type { DB, Kysely, Transaction } from "@nianbao/db";
import { invalid, notFound } from "../errors.ts";
import { audit } from "./audit.ts";
import { inTransaction } from "./write-path.ts";

/**
 * Deadline exceptions: an administrator reopens editing for one township after the deadline, with a reason,
 * or revokes it. Either changes whether the township's report may be edited, so it takes that report's row
 * lock first (like every write of the report, write-path.ts): a save racing a revocation either commits
 * before it or sees it and is refused.
 */

/** Lock the township's report of the year, when it exists (it may not have been opened yet). */
async function lockTownshipReport(
  trx: Transaction<DB>,
  yearId: string,
  orgId: string,
): Promise<string | null> {
  const row = await trx
    .selectFrom("report")
    .select("id")
    .where("report_year_id", "=", yearId)
    .where("org_unit_id", "=", orgId)
    .forUpdate()
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function openDeadlineException(
  db: Kysely<DB>,
  input: { yearId: string; orgId: string; reason: string; until: string; userId: string },
) {
  const reason = input.reason.trim();
  if (!reason) throw invalid("请填写开放例外的理由", [{ path: "reason", message: "请填写开放例外的理由" }]);
  return inTransaction(db, async (trx) => {
    const assigned = await trx
      .selectFrom("report_year_assignment")
      .select("org_unit_id")
      .where("report_year_id", "=", input.yearId)
      .where("org_unit_id", "=", input.orgId)
      .executeTakeFirst();
    if (!assigned) throw notFound("该乡镇不在本年度报送范围内");
    const reportId = await lockTownshipReport(trx, input.yearId, input.orgId);
    const row = await trx
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
    await audit(trx, {
      actorId: input.userId,
      action: "deadline.exception.open",
      targetType: "deadline_exception",
      targetId: row.id,
      orgUnitId: input.orgId,
      reportId,
      after: { yearId: input.yearId, reason, until: input.until },
    });
    return { id: row.id };
  });
}

export async function revokeDeadlineException(db: Kysely<DB>, id: string, userId: string) {
  return inTransaction(db, async (trx) => {
    const ex = await trx
      .selectFrom("deadline_exception")
      .select(["report_year_id", "org_unit_id"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!ex) throw notFound("找不到该例外");
    const reportId = await lockTownshipReport(trx, ex.report_year_id, ex.org_unit_id);
    const row = await trx
      .updateTable("deadline_exception")
      .set({ revoked_at: new Date() })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .returning(["org_unit_id", "until", "reason"])
      .executeTakeFirst();
    if (!row) throw notFound("找不到该例外或已撤销");
    await audit(trx, {
      actorId: userId,
      action: "deadline.exception.revoke",
      targetType: "deadline_exception",
      targetId: id,
      orgUnitId: row.org_unit_id,
      reportId,
      before: { reason: row.reason, until: row.until },
      after: { revoked: true },
    });
  });
}
