import { z } from "zod";
import { storedSections } from "../services/documents.ts";
import { loadReportContext, openReport, reportOutline } from "../services/reports.ts";
import { hiddenSections, sectionMetrics } from "../services/sections.ts";
import { publicProcedure, router, type Context } from "../trpc.ts";
import { id } from "./inputs.ts";

export const reportRouter = router({
  /** Open (creating on first use) a township's report for a year, with its numbered outline and statuses. */
  open: publicProcedure.input(z.object({ yearId: id, orgId: id })).mutation(async ({ ctx, input }) => {
    const report = await openReport(ctx.db, input.yearId, input.orgId);
    return reportView(ctx, report.id);
  }),
  byId: publicProcedure.input(z.object({ reportId: id })).query(({ ctx, input }) => reportView(ctx, input.reportId)),
  /** Everything the client needs to compose the whole report itself (for a live preview of unsaved edits). */
  full: publicProcedure.input(z.object({ reportId: id })).query(async ({ ctx, input }) => {
    const rc = await loadReportContext(ctx.db, input.reportId);
    return {
      template: rc.template,
      year: rc.year.year,
      org: { name: rc.org.name, parentName: rc.org.parentName },
      signedOn: rc.report.signed_on,
      sections: await storedSections(ctx.db, input.reportId),
    };
  }),
  metrics: publicProcedure.input(z.object({ reportId: id })).query(({ ctx, input }) => sectionMetrics(ctx.db, input.reportId)),
});

async function reportView(ctx: Context, reportId: string) {
  const rc = await loadReportContext(ctx.db, reportId);
  return {
    id: rc.report.id,
    status: rc.report.status,
    year: rc.year,
    org: rc.org,
    /** Each section carries `required` from the year's template (the submit rule reads it). */
    outline: await reportOutline(ctx.db, ctx.sections, rc),
    templateRevision: rc.templateRevision,
    /** Data kept for sections the template no longer enables (hidden, restored when enabled again). */
    hidden: await hiddenSections(ctx.db, rc),
  };
}
