import type { DB, Kysely } from "@nianbao/db";
import { redactDocument, type ReportDocument } from "@nianbao/document";
import { z } from "zod";
import { notFound, wrongState } from "../errors.ts";
import type { SectionLookup } from "../trpc.ts";
import { audit } from "./audit.ts";
import { composeStoredReportWithNames } from "./documents.ts";
import type { ReportContext } from "./reports.ts";
import { inReportTransaction } from "./write-path.ts";

/**
 * Publication, the step after approval: the rule requires the report to be published (by about 1 April)
 * after a secrecy review (保密审查). An administrator records the review — who reviewed, on which day, the
 * passages withheld — and publishes; the public page then lists the report, and its public documents print
 * every withheld passage as ×××. Nothing unpublished (or no longer approved) is reachable signed out.
 */

export const secrecyReviewSchema = z.object({
  reviewer: z.string(),
  reviewedOn: z.string(),
  withheld: z.array(z.string()).default([]),
  recordedBy: z.string().nullable().default(null),
  recordedAt: z.string().nullable().default(null),
});
export type SecrecyReview = z.output<typeof secrecyReviewSchema>;

function readReview(stored: unknown): SecrecyReview | null {
  const r = secrecyReviewSchema.safeParse(stored);
  return r.success ? r.data : null;
}

export function publicationView(rc: ReportContext) {
  return { secrecyReview: readReview(rc.report.secrecy_review), publishedAt: rc.report.published_at };
}

export async function recordSecrecyReview(
  db: Kysely<DB>,
  reportId: string,
  input: { reviewer: string; reviewedOn: string; withheld: string[] },
  userId: string,
) {
  return inReportTransaction(db, reportId, { editable: false }, async (trx, rc) => {
    if (rc.report.status !== "approved") throw wrongState("报告审核通过后才能进行保密审查");
    if (rc.report.published_at) throw wrongState("报告已公开，请先撤回公开再修改保密审查");
    const review: SecrecyReview = {
      reviewer: input.reviewer,
      reviewedOn: input.reviewedOn,
      withheld: [...new Set(input.withheld.map((w) => w.trim()).filter(Boolean))],
      recordedBy: userId,
      recordedAt: new Date().toISOString(),
    };
    await trx
      .updateTable("report")
      .set({ secrecy_review: JSON.stringify(review), updated_at: new Date() })
      .where("id", "=", reportId)
      .execute();
    await audit(trx, {
      actorId: userId,
      action: "report.secrecy-review",
      targetType: "report",
      targetId: reportId,
      orgUnitId: rc.report.org_unit_id,
      reportId,
      before: readReview(rc.report.secrecy_review),
      after: review,
    });
    return review;
  });
}

export async function publishReport(db: Kysely<DB>, reportId: string, userId: string) {
  return inReportTransaction(db, reportId, { editable: false }, async (trx, rc) => {
    if (rc.report.status !== "approved") throw wrongState("报告审核通过后才能公开");
    if (!readReview(rc.report.secrecy_review)) throw wrongState("公开前须先完成保密审查");
    if (rc.report.published_at) return { publishedAt: rc.report.published_at };
    const publishedAt = new Date();
    await trx
      .updateTable("report")
      .set({ published_at: publishedAt, updated_at: publishedAt })
      .where("id", "=", reportId)
      .execute();
    await audit(trx, {
      actorId: userId,
      action: "report.publish",
      targetType: "report",
      targetId: reportId,
      orgUnitId: rc.report.org_unit_id,
      reportId,
      before: { publishedAt: null },
      after: { publishedAt },
    });
    return { publishedAt };
  });
}

export async function unpublishReport(db: Kysely<DB>, reportId: string, userId: string) {
  return inReportTransaction(db, reportId, { editable: false }, async (trx, rc) => {
    if (!rc.report.published_at) throw wrongState("报告尚未公开");
    await trx
      .updateTable("report")
      .set({ published_at: null, updated_at: new Date() })
      .where("id", "=", reportId)
      .execute();
    await audit(trx, {
      actorId: userId,
      action: "report.unpublish",
      targetType: "report",
      targetId: reportId,
      orgUnitId: rc.report.org_unit_id,
      reportId,
      before: { publishedAt: rc.report.published_at },
      after: { publishedAt: null },
    });
    return { publishedAt: null };
  });
}

/** Every published report, by region and year (what the public page lists): newest year first. */
export async function publishedReports(db: Kysely<DB>) {
  const rows = await db
    .selectFrom("report as r")
    .innerJoin("report_year as y", "y.id", "r.report_year_id")
    .innerJoin("org_unit as o", "o.id", "r.org_unit_id")
    .innerJoin("org_unit as g", "g.id", "y.region_id")
    .select([
      "r.id",
      "r.published_at as publishedAt",
      "y.year",
      "o.name as orgName",
      "g.id as regionId",
      "g.name as regionName",
    ])
    .where("r.published_at", "is not", null)
    .where("r.status", "=", "approved")
    .orderBy("g.name")
    .orderBy("y.year", "desc")
    .orderBy("o.name")
    .execute();
  return rows.map((r) => ({ ...r, title: `${r.orgName}${r.year}年法治政府建设年度报告` }));
}

/** The public form of a published report (withheld passages redacted); not_found for anything unpublished. */
export async function composePublicReport(
  db: Kysely<DB>,
  sections: SectionLookup,
  reportId: string,
): Promise<{ doc: ReportDocument; orgName: string; year: number }> {
  const row = await db
    .selectFrom("report")
    .select(["published_at", "status", "secrecy_review"])
    .where("id", "=", reportId)
    .executeTakeFirst();
  if (!row || !row.published_at || row.status !== "approved") throw notFound("找不到该公开报告");
  const { doc, orgName, year } = await composeStoredReportWithNames(db, sections, reportId);
  return { doc: redactDocument(doc, readReview(row.secrecy_review)?.withheld ?? []), orgName, year };
}
