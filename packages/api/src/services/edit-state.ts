import type { DB, Kysely } from "@nianbao/db";
import type { ReportContext } from "./reports.ts";

/** Today in China ("yyyy-mm-dd"): deadlines are days in Beijing time. */
export function today(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
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

export interface EditState {
  editable: boolean;
  /** Why not (in Chinese), when not editable. */
  reason: string | null;
  /** The open deadline exception that keeps it editable past the deadline. */
  exception: { reason: string; until: string } | null;
}

/**
 * Whether the township may change its report now: its status, and the deadline (unless an exception is
 * open). The write path (write-path.ts) asks this under the report's row lock; pages ask it to show why.
 */
export async function editState(db: Kysely<DB>, rc: ReportContext): Promise<EditState> {
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
