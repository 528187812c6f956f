import { z } from "zod";
import { getSection, listRevisions, prefillFromPrevious, previousSection, saveSection } from "../services/sections.ts";
import { publicProcedure, router } from "../trpc.ts";
import { id, sectionKey } from "./inputs.ts";

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
  /** The township's same section last year, rendered as filed, with its data upgraded to this year's plugin version. */
  previous: publicProcedure
    .input(z.object({ reportId: id, sectionKey }))
    .query(({ ctx, input }) => previousSection(ctx.db, ctx.sections, input.reportId, input.sectionKey)),
  /** 从上年导入: last year's data (migrated) saved as a new draft revision; stale base revisions are refused. */
  prefill: publicProcedure
    .input(z.object({ reportId: id, sectionKey, baseRevision: z.number({ error: "缺少版本号" }).int().min(0) }))
    .mutation(({ ctx, input }) => prefillFromPrevious(ctx.db, ctx.sections, input)),
});
