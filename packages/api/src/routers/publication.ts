import { text } from "@nianbao/sdk";
import { z } from "zod";
import {
  publishedReports,
  publishReport,
  recordSecrecyReview,
  unpublishReport,
} from "../services/publication.ts";
import { openProcedure, router, scopedProcedure } from "../trpc.ts";
import { dateString, displayName, id } from "./inputs.ts";

const passage = text({ singleLine: true })
  .trim()
  .min(2, { error: "不予公开的内容至少2个字" })
  .max(500, { error: "不予公开的内容每段不能超过500个字" });

/** The secrecy review and publication of an approved report (administrators). */
export const publicationRouter = router({
  review: scopedProcedure("report", "administer")
    .input(
      z.object({
        reportId: id,
        reviewer: displayName,
        reviewedOn: dateString,
        withheld: z.array(passage).max(50, { error: "不予公开的内容最多50段" }).default([]),
      }),
    )
    .mutation(({ ctx, input }) => recordSecrecyReview(ctx.db, input.reportId, input, ctx.user.id)),
  publish: scopedProcedure("report", "administer")
    .input(z.object({ reportId: id }))
    .mutation(({ ctx, input }) => publishReport(ctx.db, input.reportId, ctx.user.id)),
  unpublish: scopedProcedure("report", "administer")
    .input(z.object({ reportId: id }))
    .mutation(({ ctx, input }) => unpublishReport(ctx.db, input.reportId, ctx.user.id)),
});

/** What anyone may read without signing in: the published reports (the portal's 法治政府建设年度报告 column). */
export const publicRouter = router({
  reports: openProcedure.query(({ ctx }) => publishedReports(ctx.db)),
});
