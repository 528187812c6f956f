import { z } from "zod";
import { previousSection } from "../services/previous-year.ts";
import {
  getSectionWithText,
  sectionFigures,
  switchToGenerated,
  switchToOwnWords,
} from "../services/section-mode.ts";
import { listRevisions } from "../services/section-reads.ts";
import {
  prefillFromPrevious,
  restoreRevision,
  saveSection,
  setSectionApplicability,
} from "../services/sections.ts";
import { reportEditProcedure, reportReadProcedure, router } from "../trpc.ts";
import { id, note, revisionNumber, sectionData, sectionKey } from "./inputs.ts";

export const sectionRouter = router({
  get: reportReadProcedure
    .input(z.object({ reportId: id, sectionKey }))
    .query(({ ctx, input }) => getSectionWithText(ctx.db, ctx.sections, input.reportId, input.sectionKey)),
  save: reportEditProcedure
    .input(
      z.object({
        reportId: id,
        sectionKey,
        baseRevision: revisionNumber(),
        data: sectionData,
        /** The own words (a @nianbao/text document), null for generated text; omitted: kept as stored. */
        text: z.unknown().optional(),
        complete: z.boolean().default(false),
        note: note.nullish(),
      }),
    )
    .mutation(({ ctx, input }) => saveSection(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
  /** Every revision (and refused conflicting save) with who, when and what changed. */
  revisions: reportReadProcedure
    .input(z.object({ reportId: id, sectionKey }))
    .query(({ ctx, input }) => listRevisions(ctx.db, input.reportId, input.sectionKey, ctx.sections)),
  /** Restore an earlier revision's content as a new revision (a draft) — nothing is overwritten. */
  restore: reportEditProcedure
    .input(z.object({ reportId: id, sectionKey, revisionId: id, baseRevision: revisionNumber() }))
    .mutation(({ ctx, input }) => restoreRevision(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
  /** The figures the own words may show, with current values (of `data`, the form's unsaved values, if given). */
  figures: reportReadProcedure
    .input(z.object({ reportId: id, sectionKey, data: z.unknown().optional() }))
    .query(({ ctx, input }) => sectionFigures(ctx.db, ctx.sections, input)),
  /** 用自己的话写: the generated text becomes the own words, figure tokens in place, as a new revision. */
  toOwnWords: reportEditProcedure
    .input(z.object({ reportId: id, sectionKey, baseRevision: revisionNumber() }))
    .mutation(({ ctx, input }) => switchToOwnWords(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
  /** Back to generated text; the own words stay in the history as the previous revision. */
  toGenerated: reportEditProcedure
    .input(z.object({ reportId: id, sectionKey, baseRevision: revisionNumber() }))
    .mutation(({ ctx, input }) => switchToGenerated(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
  /** 本年度不适用 (optional sections, with a reason) or back to 填写中. */
  setApplicability: reportEditProcedure
    .input(
      z.object({
        reportId: id,
        sectionKey,
        notApplicable: z.boolean(),
        reason: note.nullish(),
        baseRevision: revisionNumber().nullish(),
      }),
    )
    .mutation(({ ctx, input }) =>
      setSectionApplicability(ctx.db, ctx.sections, { ...input, userId: ctx.user.id }),
    ),
  /** The township's same section last year, rendered as filed, with its data upgraded to this year's plugin version. */
  previous: reportReadProcedure
    .input(z.object({ reportId: id, sectionKey }))
    .query(({ ctx, input }) => previousSection(ctx.db, ctx.sections, input.reportId, input.sectionKey)),
  /** 从上年导入: last year's data (migrated) saved as a new draft revision; stale base revisions are refused. */
  prefill: reportEditProcedure
    .input(z.object({ reportId: id, sectionKey, baseRevision: revisionNumber() }))
    .mutation(({ ctx, input }) =>
      prefillFromPrevious(ctx.db, ctx.sections, { ...input, userId: ctx.user.id }),
    ),
});
