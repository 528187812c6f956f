import { describePlugin } from "@nianbao/sdk";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { composeStoredReport, storedSections, writeDocument } from "../services/documents.ts";
import { loadReportContext, openReport, reportOutline } from "../services/reports.ts";
import { getSection, listRevisions, saveSection, sectionMetrics } from "../services/sections.ts";
import { publicProcedure, router, type Context } from "../trpc.ts";

const id = z.uuid({ error: "编号格式不正确" });
const sectionKey = z.string().min(1).max(64);

export const orgRouter = router({
  /** Townships and street offices, with the county or city they belong to. */
  townships: publicProcedure.query(({ ctx }) =>
    ctx.db
      .selectFrom("org_unit as o")
      .leftJoin("org_unit as p", "p.id", "o.parent_id")
      .select(["o.id", "o.name", "o.kind", "p.name as parentName", "p.id as parentId"])
      .where("o.kind", "in", ["township", "street"])
      .orderBy("p.name")
      .orderBy("o.name")
      .execute(),
  ),
});

export const yearRouter = router({
  list: publicProcedure.query(({ ctx }) =>
    ctx.db
      .selectFrom("report_year as y")
      .innerJoin("org_unit as r", "r.id", "y.region_id")
      .select(["y.id", "y.year", "y.status", "y.deadline", "y.region_id as regionId", "r.name as regionName"])
      .orderBy("y.year", "desc")
      .execute(),
  ),
  /** The years a township must report, newest first. */
  forOrg: publicProcedure.input(z.object({ orgId: id })).query(({ ctx, input }) =>
    ctx.db
      .selectFrom("report_year as y")
      .innerJoin("report_year_assignment as a", "a.report_year_id", "y.id")
      .select(["y.id", "y.year", "y.status", "y.deadline"])
      .where("a.org_unit_id", "=", input.orgId)
      .orderBy("y.year", "desc")
      .execute(),
  ),
});

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
    outline: await reportOutline(ctx.db, ctx.sections, rc),
  };
}

export const sectionRouter = router({
  get: publicProcedure
    .input(z.object({ reportId: id, sectionKey }))
    .query(({ ctx, input }) => getSection(ctx.db, ctx.sections, input.reportId, input.sectionKey)),
  save: publicProcedure
    .input(
      z.object({
        reportId: id,
        sectionKey,
        baseRevision: z.number({ error: "缺少版本号" }).int().min(0),
        data: z.unknown(),
        complete: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) => saveSection(ctx.db, ctx.sections, input)),
  revisions: publicProcedure
    .input(z.object({ reportId: id, sectionKey }))
    .query(({ ctx, input }) => listRevisions(ctx.db, input.reportId, input.sectionKey)),
});

export const documentRouter = router({
  render: publicProcedure
    .input(z.object({ reportId: id, format: z.enum(["md", "html", "html-fragment"]), preview: z.boolean().default(false) }))
    .query(async ({ ctx, input }) => {
      const doc = await composeStoredReport(ctx.db, ctx.sections, input.reportId, { preview: input.preview });
      return { title: doc.title, content: writeDocument(doc, input.format) };
    }),
});

export const pluginRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.sections.list().map(describePlugin)),
  byId: publicProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) => {
    const p = ctx.sections.get(input.id);
    if (!p) throw new TRPCError({ code: "NOT_FOUND", message: `栏目插件“${input.id}”未安装` });
    return describePlugin(p);
  }),
});
