import { text } from "@nianbao/sdk";
import { z } from "zod";
import { reviewWarnings } from "../services/review-warnings.ts";
import {
  listThreads,
  openThreadSummary,
  replyToThread,
  setThreadStatus,
  startThread,
} from "../services/threads.ts";
import { loadReportContext } from "../services/reports.ts";
import { reportReadProcedure, reportReviewProcedure, router } from "../trpc.ts";
import { id, requiredText, sectionKey } from "./inputs.ts";
import { withMail } from "./report.ts";

/** A field's dot path in a section's data ("exam.pass.denominator", "rows.2.name"). */
const fieldPath = z
  .string()
  .max(200, { error: "字段路径过长" })
  .regex(/^[A-Za-z_$][\w$]*(\.[\w$]+)*$/, { error: "字段路径格式不正确" });
const fieldLabel = text({ singleLine: true })
  .trim()
  .min(1, { error: "请填写字段名称" })
  .max(100, { error: "字段名称最多 100 个字" });

const threadRef = z.object({ reportId: id, threadId: id });

export const reviewRouter = router({
  /** Every thread of the report with its messages (resolved ones too). */
  threads: reportReadProcedure
    .input(z.object({ reportId: id }))
    .query(({ ctx, input }) => listThreads(ctx.db, input.reportId)),
  /** The open threads as a return lists them (section heading, field, first words). */
  openThreads: reportReadProcedure
    .input(z.object({ reportId: id }))
    .query(async ({ ctx, input }) =>
      openThreadSummary(ctx.db, await loadReportContext(ctx.db, input.reportId)),
    ),
  /** A reviewer opens a thread on a section, on one of its fields (path and label), or on the whole report. */
  start: reportReviewProcedure
    .input(
      z
        .object({
          reportId: id,
          sectionKey: sectionKey.nullable(),
          fieldPath: fieldPath.nullable().default(null),
          fieldLabel: fieldLabel.nullable().default(null),
          body: requiredText,
        })
        .refine((v) => !v.fieldPath || v.sectionKey, {
          error: "只有栏目里的字段可以单独提意见",
          path: ["fieldPath"],
        })
        .refine((v) => !v.fieldPath || v.fieldLabel, { error: "请填写字段名称", path: ["fieldLabel"] }),
    )
    .mutation(({ ctx, input }) => withMail(ctx, (o) => startThread(ctx.db, { ...input, user: ctx.user }, o))),
  /** Reply (a reviewer, or an editor of the township: checked in the service). */
  reply: reportReadProcedure
    .input(threadRef.extend({ body: requiredText }))
    .mutation(({ ctx, input }) =>
      withMail(ctx, (o) => replyToThread(ctx.db, { ...input, user: ctx.user }, o)),
    ),
  resolve: reportReviewProcedure
    .input(threadRef)
    .mutation(({ ctx, input }) =>
      setThreadStatus(ctx.db, { ...input, status: "resolved", userId: ctx.user.id }),
    ),
  reopen: reportReviewProcedure
    .input(threadRef)
    .mutation(({ ctx, input }) => setThreadStatus(ctx.db, { ...input, status: "open", userId: ctx.user.id })),
  /** "Unchanged from last year" and "names another township" warnings of the report, section by section. */
  warnings: reportReadProcedure
    .input(z.object({ reportId: id }))
    .query(({ ctx, input }) => reviewWarnings(ctx.db, ctx.sections, input.reportId)),
});
