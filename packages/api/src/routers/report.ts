import { reportTextWarnings } from "../services/section-mode.ts";
import type { SessionUser } from "../auth.ts";
import { z } from "zod";
import { canOnOrg, orgsInScope } from "../services/access.ts";
import { storedSections } from "../services/documents.ts";
import { documentFrame, frameView } from "../services/frame.ts";
import { publicationView } from "../services/publication.ts";
import { loadReportContext, openReport, reportOutline } from "../services/reports.ts";
import { changesSinceSubmission } from "../services/comments.ts";
import { Outbox } from "../services/mail.ts";
import { editState } from "../services/edit-state.ts";
import { hiddenSections, sectionMetrics } from "../services/section-reads.ts";
import { approveReport, reopenReport, returnReport, submitReport } from "../services/workflow.ts";
import {
  reportEditProcedure,
  reportReadProcedure,
  reportReviewProcedure,
  router,
  scopedProcedure,
  signedInProcedure,
  type Context,
} from "../trpc.ts";
import { id, note, requiredText } from "./inputs.ts";

export const reportRouter = router({
  /** Open (creating on first use) a township's report for a year, with its numbered outline and statuses. */
  open: scopedProcedure("org", "open")
    .input(z.object({ yearId: id, orgId: id }))
    .mutation(async ({ ctx, input }) => {
      const report = await openReport(ctx.db, input.yearId, input.orgId, ctx.user.id);
      return reportView(ctx, ctx.user, report.id);
    }),
  byId: reportReadProcedure
    .input(z.object({ reportId: id }))
    .query(({ ctx, input }) => reportView(ctx, ctx.user, input.reportId)),
  /** Everything the client needs to compose the whole report itself (for a live preview of unsaved edits). */
  full: reportReadProcedure.input(z.object({ reportId: id })).query(async ({ ctx, input }) => {
    const rc = await loadReportContext(ctx.db, input.reportId);
    return {
      template: rc.template,
      year: rc.year.year,
      org: { name: rc.org.name, parentName: rc.org.parentName, kind: rc.org.kind },
      signedOn: rc.report.signed_on,
      ...documentFrame(rc),
      sections: await storedSections(ctx.db, input.reportId),
    };
  }),
  metrics: reportReadProcedure
    .input(z.object({ reportId: id }))
    .query(({ ctx, input }) => sectionMetrics(ctx.db, input.reportId)),
  /**
   * The home page's list: every (year, township) the person may see, with the report's status when it exists.
   * `awaitingReview` narrows to submitted reports the person may review.
   */
  list: signedInProcedure
    .input(z.object({ awaitingReview: z.boolean().default(false) }).default({ awaitingReview: false }))
    .query(async ({ ctx, input }) => {
      const scope = await orgsInScope(ctx.db, ctx.user, input.awaitingReview ? "review" : "read");
      const editable = await orgsInScope(ctx.db, ctx.user, "edit");
      const openable = await orgsInScope(ctx.db, ctx.user, "open");
      const administered = await orgsInScope(ctx.db, ctx.user, "administer");
      const rows = await ctx.db
        .selectFrom("report_year_assignment as a")
        .innerJoin("report_year as y", "y.id", "a.report_year_id")
        .innerJoin("org_unit as o", "o.id", "a.org_unit_id")
        .leftJoin("report as r", (j) =>
          j.onRef("r.report_year_id", "=", "a.report_year_id").onRef("r.org_unit_id", "=", "a.org_unit_id"),
        )
        .select([
          "y.id as yearId",
          "y.year",
          "y.status as yearStatus",
          "y.deadline",
          "o.id as orgId",
          "o.name as orgName",
          "r.id as reportId",
          "r.status",
          "r.submitted_at as submittedAt",
          "r.approved_at as approvedAt",
        ])
        .orderBy("y.year", "desc")
        .orderBy("o.name")
        .execute();
      return (
        rows
          // A draft year is its administrators' alone.
          .filter(
            (r) =>
              scope.has(r.orgId) &&
              (r.yearStatus !== "draft" || administered.has(r.orgId)) &&
              (!input.awaitingReview || r.status === "submitted"),
          )
          .map(({ yearStatus: _, ...r }) => ({
            ...r,
            status: r.status ?? "draft",
            canEdit: editable.has(r.orgId),
            canOpen: openable.has(r.orgId),
          }))
      );
    }),
  /** The warnings of the report's own words (empty figures, contradictions, figures not shown), shown before submitting. */
  textWarnings: reportReadProcedure
    .input(z.object({ reportId: id }))
    .query(({ ctx, input }) => reportTextWarnings(ctx.db, ctx.sections, input.reportId)),
  /** Submit, return and approve notify the other side in their transaction; e-mail goes out after commit. */
  submit: reportEditProcedure
    .input(z.object({ reportId: id }))
    .mutation(({ ctx, input }) => withMail(ctx, (o) => submitReport(ctx.db, input.reportId, ctx.user.id, o))),
  return: reportReviewProcedure
    .input(z.object({ reportId: id, reason: requiredText }))
    .mutation(({ ctx, input }) =>
      withMail(ctx, (o) => returnReport(ctx.db, input.reportId, input.reason, ctx.user.id, o)),
    ),
  approve: reportReviewProcedure
    .input(z.object({ reportId: id, comment: note.optional() }))
    .mutation(({ ctx, input }) =>
      withMail(ctx, (o) => approveReport(ctx.db, input.reportId, ctx.user.id, input.comment, o)),
    ),
  /** Administrators reopen an approved report, with a reason. */
  reopen: scopedProcedure("report", "administer")
    .input(z.object({ reportId: id, reason: requiredText }))
    .mutation(({ ctx, input }) => reopenReport(ctx.db, input.reportId, input.reason, ctx.user.id)),
  /** What changed since the previous submission, section by section, field by field. */
  changes: reportReadProcedure
    .input(z.object({ reportId: id }))
    .query(({ ctx, input }) => changesSinceSubmission(ctx.db, input.reportId, ctx.sections)),
});

/** Run an event with an outbox and send its mail after it committed, without waiting for it (never the request's failure). */
export async function withMail<T>(ctx: Context, fn: (outbox: Outbox) => Promise<T>): Promise<T> {
  const outbox = new Outbox();
  const result = await fn(outbox);
  void outbox.flush(ctx.mailer, ctx.onMailError);
  return result;
}

async function reportView(ctx: Context, user: SessionUser, reportId: string) {
  const rc = await loadReportContext(ctx.db, reportId);
  const orgId = rc.report.org_unit_id;
  const edit = await editState(ctx.db, rc);
  const canEdit = (await canOnOrg(ctx.db, user, "edit", orgId)) && edit.editable;
  return {
    id: rc.report.id,
    status: rc.report.status,
    submittedAt: rc.report.submitted_at,
    approvedAt: rc.report.approved_at,
    year: rc.year,
    org: rc.org,
    /** Whether the signed-in person may change it now, and why not. */
    canEdit,
    lockedReason: edit.reason,
    exception: edit.exception,
    canReview: await canOnOrg(ctx.db, user, "review", orgId),
    /** May reply to review threads: a reviewer, or one of the township's editors (whatever the report's state). */
    canDiscuss:
      (await canOnOrg(ctx.db, user, "review", orgId)) || (await canOnOrg(ctx.db, user, "edit", orgId)),
    canAdminister: await canOnOrg(ctx.db, user, "administer", orgId),
    /** Each section carries `required` from the year's template (the submit rule reads it). */
    outline: await reportOutline(ctx.db, ctx.sections, rc),
    templateRevision: rc.templateRevision,
    /** Data kept for sections the template no longer enables (hidden, restored when enabled again). */
    hidden: await hiddenSections(ctx.db, rc),
    /** 文号, issuers, addressee and signature date, with the template's defaults. */
    frame: frameView(rc),
    /** The secrecy review and publication. */
    publication: publicationView(rc),
    /** Imported from a Word or text file: when, and the file's name (null: written on the platform). */
    imported: rc.report.imported_at ? { at: rc.report.imported_at, source: rc.report.import_source } : null,
  };
}
