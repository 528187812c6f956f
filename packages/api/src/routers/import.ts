import { docxToText } from "@nianbao/import/docx";
import { z } from "zod";
import { invalid } from "../errors.ts";
import { acceptImport, previewImport, savedSections } from "../services/report-import.ts";
import { reportEditProcedure, router } from "../trpc.ts";
import { id, sectionKey } from "./inputs.ts";

/** 20 MB of DOCX as base64; a report's text up to 200 000 characters. */
const source = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("text"),
    text: z.string({ error: "请粘贴报告文字" }).max(200_000, { error: "报告文字不能超过20万字" }),
  }),
  z.object({
    kind: z.literal("docx"),
    base64: z
      .string({ error: "请选择 Word 文件" })
      .max(28_000_000, { error: "Word 文件不能超过20MB" })
      .regex(/^[A-Za-z0-9+/=]*$/, { error: "文件内容格式不正确" }),
  }),
]);

const target = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("section"), sectionKey }),
  z.object({ kind: z.literal("other"), sectionKey }),
  z.object({ kind: z.literal("none") }),
]);

/** The clerk's field for one figure: the figure by its index among its section's figures; null keeps it as words. */
const figureOverride = z.object({
  sectionKey,
  figure: z
    .number({ error: "数字绑定：缺少数字的序号" })
    .int({ error: "数字绑定：数字的序号须为整数" })
    .min(0, { error: "数字绑定：数字的序号不正确" })
    .max(100_000, { error: "数字绑定：数字的序号不正确" }),
  fieldKey: z
    .string({ error: "数字绑定：请选择字段或“不绑定”" })
    .min(1, { error: "数字绑定：请选择字段或“不绑定”" })
    .max(120, { error: "数字绑定：字段名称过长" })
    .nullable(),
});

const importInput = z.object({
  reportId: id,
  source,
  fileName: z.string().max(200, { error: "文件名不能超过200字" }).nullish(),
  /** The clerk's changes of matching: unit id → target. */
  overrides: z.record(z.string().max(40), target).optional(),
  /** The clerk's changes of single figures' fields. */
  figureOverrides: z.array(figureOverride).max(5000, { error: "数字绑定：提交的修改过多" }).optional(),
});

async function readSource(s: z.infer<typeof source>): Promise<string> {
  if (s.kind === "text") return s.text;
  try {
    return await docxToText(Buffer.from(s.base64, "base64"));
  } catch {
    throw invalid("无法读取该 Word 文件（仅支持 .docx）", [
      { path: "source", message: "无法读取该 Word 文件（仅支持 .docx）" },
    ]);
  }
}

export const importRouter = router({
  /** Read a report against the year's template: matching, figures, the report as it will print. Writes nothing. */
  preview: reportEditProcedure.input(importInput).mutation(async ({ ctx, input }) => {
    const text = await readSource(input.source);
    const result = await previewImport(ctx.db, ctx.sections, {
      reportId: input.reportId,
      text,
      ...(input.overrides ? { overrides: input.overrides } : {}),
      ...(input.figureOverrides ? { figureOverrides: input.figureOverrides } : {}),
    });
    const saved = await savedSections(ctx.db, input.reportId);
    return { ...result, saved: saved.filter((k) => k in result.sections) };
  }),
  /** Write the import through the write path; sections holding content need `confirmOverwrite`. Audited. */
  accept: reportEditProcedure
    .input(importInput.extend({ confirmOverwrite: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      const text = await readSource(input.source);
      return acceptImport(ctx.db, ctx.sections, {
        reportId: input.reportId,
        text,
        fileName: input.fileName ?? null,
        ...(input.overrides ? { overrides: input.overrides } : {}),
        ...(input.figureOverrides ? { figureOverrides: input.figureOverrides } : {}),
        confirmOverwrite: input.confirmOverwrite,
        userId: ctx.user.id,
      });
    }),
});
