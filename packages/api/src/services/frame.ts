import type { DB, Kysely } from "@nianbao/db";
import { templateIssuers, type ReportFrame } from "@nianbao/document";
import { wrongState } from "../errors.ts";
import { audit } from "./audit.ts";
import { names, type ReportContext } from "./reports.ts";
import { inReportTransaction } from "./write-path.ts";

/**
 * The document's frame per report: 文号, issuers (joint issuance), addressee — set by the township while it
 * may edit — and the signature date, which an administrator may set before approval and approval sets
 * otherwise (today in China). Each change is one write-path transaction with its audit event.
 */

export interface FrameInput {
  docNumber: string | null;
  /** null: the template's issuers. */
  issuers: string[] | null;
  /** null: the template's addressee; "": none. */
  addressee: string | null;
}

/** The report's frame as stored, with the template's defaults beside it (what null falls back to). */
export function frameView(rc: ReportContext) {
  const r = rc.report;
  return {
    docNumber: r.doc_number,
    issuers: Array.isArray(r.issuers) ? (r.issuers as string[]) : null,
    addressee: r.addressee,
    signedOn: r.signed_on,
    defaults: {
      issuers: templateIssuers(rc.template, rc.year.year, names(rc)),
      addressee: rc.template.addressee,
    },
  };
}

/** What composeReport needs from the stored report: its frame and whether it is still a draft. */
export function documentFrame(rc: ReportContext): { frame: ReportFrame; draft: boolean } {
  const v = frameView(rc);
  return {
    frame: { docNumber: v.docNumber, issuers: v.issuers, addressee: v.addressee },
    draft: rc.report.status !== "approved",
  };
}

export async function saveFrame(db: Kysely<DB>, reportId: string, input: FrameInput, userId: string) {
  return inReportTransaction(db, reportId, { editable: true }, async (trx, rc) => {
    const before = frameView(rc);
    const issuers = input.issuers && input.issuers.length > 0 ? input.issuers : null;
    await trx
      .updateTable("report")
      .set({
        doc_number: input.docNumber || null,
        issuers: issuers ? JSON.stringify(issuers) : null,
        addressee: input.addressee,
        updated_at: new Date(),
      })
      .where("id", "=", reportId)
      .execute();
    const after = { docNumber: input.docNumber || null, issuers, addressee: input.addressee };
    await audit(trx, {
      actorId: userId,
      action: "report.frame",
      targetType: "report",
      targetId: reportId,
      orgUnitId: rc.report.org_unit_id,
      reportId,
      before: { docNumber: before.docNumber, issuers: before.issuers, addressee: before.addressee },
      after,
    });
    return after;
  });
}

/** An administrator sets (or clears) the signature date of a report not yet approved. */
export async function setSignedOn(db: Kysely<DB>, reportId: string, signedOn: string | null, userId: string) {
  return inReportTransaction(db, reportId, { editable: false }, async (trx, rc) => {
    if (rc.report.status === "approved")
      throw wrongState("报告已审核通过，落款日期不能再修改（如需修改请先重新开放）");
    await trx
      .updateTable("report")
      .set({ signed_on: signedOn, updated_at: new Date() })
      .where("id", "=", reportId)
      .execute();
    await audit(trx, {
      actorId: userId,
      action: "report.signed-on",
      targetType: "report",
      targetId: reportId,
      orgUnitId: rc.report.org_unit_id,
      reportId,
      before: { signedOn: rc.report.signed_on },
      after: { signedOn },
    });
    return { signedOn };
  });
}

/** Today's date in China ("yyyy-mm-dd"): what approval writes as the signature date when none was set. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
