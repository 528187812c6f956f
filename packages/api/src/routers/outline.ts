import { text } from "@nianbao/sdk";
import { z } from "zod";
import { addOwnSection, removeOwnSection, retitleSection } from "../services/township-outline.ts";
import { reportEditProcedure, router } from "../trpc.ts";
import { id, sectionKey } from "./inputs.ts";

const heading = text({ singleLine: true })
  .trim()
  .min(1, { error: "请填写栏目标题" })
  .max(100, { error: "栏目标题不能超过100个字" });

/** A township's own outline, within what the year template allows per part. */
export const outlineRouter = router({
  add: reportEditProcedure
    .input(z.object({ reportId: id, partKey: sectionKey, after: sectionKey.nullable(), heading }))
    .mutation(({ ctx, input }) => addOwnSection(ctx.db, ctx.sections, input.reportId, input, ctx.user.id)),
  retitle: reportEditProcedure
    .input(z.object({ reportId: id, sectionKey, heading: heading.nullable() }))
    .mutation(({ ctx, input }) => retitleSection(ctx.db, input.reportId, input, ctx.user.id)),
  remove: reportEditProcedure
    .input(z.object({ reportId: id, sectionKey }))
    .mutation(({ ctx, input }) => removeOwnSection(ctx.db, input.reportId, input.sectionKey, ctx.user.id)),
});
