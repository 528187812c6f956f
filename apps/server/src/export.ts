/**
 * `nianbao export`: every assigned township's report of a year, as DOCX or PDF files in one zip archive,
 * each named as people name it ("荆竹铺镇2023年法治政府建设年度报告.docx").
 */
import {
  renderReportFile,
  reportsOfYear,
  type FileFormat,
  type PdfWriter,
  type SectionLookup,
} from "@nianbao/api";
import type { DB, Kysely } from "@nianbao/db";
import { zipSync, type Zippable } from "fflate";

export interface ExportResult {
  zip: Uint8Array;
  files: string[];
}

export async function exportYear(
  db: Kysely<DB>,
  sections: SectionLookup,
  year: number,
  format: FileFormat,
  options: {
    pdf?: PdfWriter;
    onFile?: (orgName: string, index: number, total: number) => void;
    onStart?: (total: number) => void;
  } = {},
): Promise<ExportResult> {
  const reports = await reportsOfYear(db, year);
  if (reports.length === 0) throw new Error(`${year}年度没有需要报送的乡镇`);
  options.onStart?.(reports.length);
  const entries: Zippable = {};
  const files: string[] = [];
  for (const [i, r] of reports.entries()) {
    const file = await renderReportFile(db, sections, r.reportId, format, options.pdf);
    // Two townships of the same name in different counties: the county goes in front.
    const name = file.fileName in entries ? `${r.parentName ?? ""}${file.fileName}` : file.fileName;
    // DOCX and PDF are compressed already: store them.
    entries[name] = [file.body, { level: 0 }];
    files.push(name);
    options.onFile?.(r.orgName, i, reports.length);
  }
  return { zip: zipSync(entries), files };
}
