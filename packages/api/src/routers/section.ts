import { z } from "zod";
import { previousSection } from "../services/previous-year.ts";
import { getSection, listRevisions } from "../services/section-reads.ts";
import { prefillFromPrevious, restoreRevision, saveSection, setSectionApplicability } from "../services/sections.ts";
import { reportEditProcedure, reportReadProcedure, router } from "../trpc.ts";
import { id, note, sectionData, sectionKey } from "./inputs.ts";

export const sectionRouter = router({
  get: reportReadProcedure
    .input(z.object({ reportId: id, sectionKey }))
    .query(({ ctx, input }) => getSection(ctx.db, ctx.sections, input.reportId, input.sectionKey)),
  save: reportEditProcedure
    .input(
      z.object({
        reportId: id,
        sectionKey,
        baseRevision: z.number({ error: "缺少版本号" }).int().min(0),
        data: sectionData,
        complete: z.boolean().default(false),
        note: note.nullish(),
      }),
    )
    .mutation(({ ctx, input }) => saveSection(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
  /** Every revision (and refused conflicting save) with who, when and what changed. */
  revisions: reportReadProcedure
    .input(z.object({ reportId: id, sectionKey }))
    .query(({ ctx, input }) => listRevisions(ctx.db, input.reportId, input.sectionKey)),
  /** Restore an earlier revision's content as a new revision (a draft) — nothing is overwritten. */
  restore: reportEditProcedure
    .input(z.object({ reportId: id, sectionKey, revisionId: id, baseRevision: z.number().int().min(0) }))
    .mutation(({ ctx, input }) => restoreRevision(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
  /** 本年度不适用 (optional sections, with a reason) or back to 填写中. */
  setApplicability: reportEditProcedure
    .input(z.object({ reportId: id, sectionKey, notApplicable: z.boolean(), reason: note.nullish(), baseRevision: z.number().int().min(0).nullish() }))
    .mutation(({ ctx, input }) => setSectionApplicability(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
  /** The township's same section last year, rendered as filed, with its data upgraded to this year's plugin version. */
  previous: reportReadProcedure
    .input(z.object({ reportId: id, sectionKey }))
    .query(({ ctx, input }) => previousSection(ctx.db, ctx.sections, input.reportId, input.sectionKey)),
  /** 从上年导入: last year's data (migrated) saved as a new draft revision; stale base revisions are refused. */
  prefill: reportEditProcedure
    .input(z.object({ reportId: id, sectionKey, baseRevision: z.number({ error: "缺少版本号" }).int().min(0) }))
    .mutation(({ ctx, input }) => prefillFromPrevious(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
});
