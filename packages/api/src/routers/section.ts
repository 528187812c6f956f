import { z } from "zod";
import { getSection, listRevisions, saveSection } from "../services/sections.ts";
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
});
