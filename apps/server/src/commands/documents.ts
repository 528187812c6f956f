/** `nianbao render` and `nianbao export`: one report, or every township's report of a year in one zip. */
import { findReportByNames, renderReportFile, type FileFormat } from "@nianbao/api/documents";
import type { Database } from "@nianbao/db";
import { sections } from "@nianbao/sections";
import { exportYear } from "../export.ts";
import { progressBar } from "../progress.ts";
import { outPath, withPdf, writeOutput } from "./context.ts";

export async function render(
  database: Database,
  opts: { year: number; org: string; format: FileFormat; out?: string; preview?: boolean },
): Promise<void> {
  const reportId = await findReportByNames(database.db, opts.year, opts.org);
  const file = await withPdf(opts.format, (pdf) =>
    renderReportFile(database.db, sections, reportId, opts.format, pdf && ((html) => pdf.render(html)), {
      preview: opts.preview ?? false,
    }),
  );
  writeOutput(file.body, opts.out);
}

export async function exportReports(
  database: Database,
  opts: { year: number; format: "docx" | "pdf"; out: string },
): Promise<void> {
  await withPdf(opts.format, async (pdf) => {
    let bar: ReturnType<typeof progressBar> | undefined;
    const path = outPath(opts.out);
    const result = await exportYear(database.db, sections, opts.year, opts.format, path, {
      pdf: pdf && ((html) => pdf.render(html)),
      ...(pdf ? { concurrency: pdf.concurrency } : {}),
      onStart: (total) => (bar = progressBar("导出 / exporting", total, process.stderr)),
      onFile: (org) => bar?.tick(org),
    });
    bar?.done();
    console.error(`已导出 ${result.files.length} 份报告 / exported ${result.files.length} reports: ${path}`);
  });
}
