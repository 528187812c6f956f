import { text } from "@nianbao/sdk";
import { z } from "zod";
import { saveFrame, setSignedOn } from "../services/frame.ts";
import { reportEditProcedure, router, scopedProcedure } from "../trpc.ts";
import { dateString, id } from "./inputs.ts";

const oneLine = (max: number, what: string) =>
  text({ singleLine: true })
    .trim()
    .max(max, { error: `${what}不能超过${max}个字` });

/** The document's frame: 文号, issuers and addressee (the township), the signature date (an administrator). */
export const frameRouter = router({
  save: reportEditProcedure
    .input(
      z.object({
        reportId: id,
        docNumber: oneLine(50, "文号").nullable(),
        /** null or []: the year template's issuers. */
        issuers: z
          .array(oneLine(60, "发文机关").min(1, { error: "发文机关名称不能为空" }))
          .max(4, { error: "联合发文机关最多4个" })
          .nullable(),
        /** null: the template's; "": none. */
        addressee: oneLine(100, "主送机关").nullable(),
      }),
    )
    .mutation(({ ctx, input }) => saveFrame(ctx.db, input.reportId, input, ctx.user.id)),
  /** Set (or clear) the signature date before approval; approval sets it to the day of approval otherwise. */
  setSignedOn: scopedProcedure("report", "administer")
    .input(z.object({ reportId: id, signedOn: dateString.nullable() }))
    .mutation(({ ctx, input }) => setSignedOn(ctx.db, input.reportId, input.signedOn, ctx.user.id)),
});
