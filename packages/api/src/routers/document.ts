import { z } from "zod";
import { composeStoredReport, writeDocument } from "../services/documents.ts";
import { reportReadProcedure, router } from "../trpc.ts";
import { id } from "./inputs.ts";

export const documentRouter = router({
  render: reportReadProcedure
    .input(
      z.object({
        reportId: id,
        format: z.enum(["md", "html", "html-fragment"]),
        preview: z.boolean().default(false),
      }),
    )
    .query(async ({ ctx, input }) => {
      const doc = await composeStoredReport(ctx.db, ctx.sections, input.reportId, { preview: input.preview });
      return { title: doc.title, content: writeDocument(doc, input.format) };
    }),
});
