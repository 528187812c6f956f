import type { DB, Kysely } from "@nianbao/db";
import {
  composeReport,
  reportFileName,
  toHtml,
  toHtmlFragment,
  toMarkdown,
  type ReportDocument,
  type StoredSection,
} from "@nianbao/document";
import { toDocx } from "@nianbao/document/docx";
import type { SectionLookup } from "../trpc.ts";
import { documentFrame } from "./frame.ts";
import { loadReportContext, names, openReport } from "./reports.ts";

export async function storedSections(
  db: Kysely<DB>,
  reportId: string,
): Promise<Record<string, StoredSection>> {
  const rows = await db
    .selectFrom("report_section")
    .select(["section_key", "data", "plugin_version", "status", "text"])
    .where("report_id", "=", reportId)
    .execute();
  return Object.fromEntries(
    rows.map((r) => [
      r.section_key,
      { data: r.data, pluginVersion: r.plugin_version, status: r.status, text: r.text ?? null },
    ]),
  );
}

export async function composeStoredReport(
  db: Kysely<DB>,
  sections: SectionLookup,
  reportId: string,
  options: { preview?: boolean } = {},
): Promise<ReportDocument> {
  return (await composeStoredReportWithNames(db, sections, reportId, options)).doc;
}

/** The composed report with the township's name and the year (what its file is named after). */
export async function composeStoredReportWithNames(
  db: Kysely<DB>,
  sections: SectionLookup,
  reportId: string,
  options: { preview?: boolean } = {},
): Promise<{ doc: ReportDocument; orgName: string; year: number }> {
  const ctx = await loadReportContext(db, reportId);
  const doc = composeReport({
    ...documentFrame(ctx),
    template: ctx.template,
    year: ctx.year.year,
    org: names(ctx),
    sections: await storedSections(db, reportId),
    registry: sections,
    signedOn: ctx.report.signed_on,
    preview: options.preview ?? false,
  });
  return { doc, orgName: ctx.org.name, year: ctx.year.year };
}

export type DocumentFormat = "md" | "html" | "html-fragment";

export function writeDocument(doc: ReportDocument, format: DocumentFormat): string {
  switch (format) {
    case "md":
      return toMarkdown(doc);
    case "html":
      return toHtml(doc);
    case "html-fragment":
      return toHtmlFragment(doc);
  }
}

/** The formats a report is downloaded in. */
export const FILE_FORMATS = ["docx", "pdf", "md", "html"] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const CONTENT_TYPES: Record<FileFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
};

/** Turns the report's print HTML into PDF bytes (headless Chromium, on the server side: see apps/server). */
export type PdfWriter = (html: string) => Promise<Uint8Array>;

export interface ReportFile {
  /** "荆竹铺镇2023年法治政府建设年度报告.docx" */
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

/** A report as a file in any download format: DOCX (GB/T 9704), PDF (from the print HTML), Markdown or HTML. */
export async function writeReportFile(
  doc: ReportDocument,
  names: { orgName: string; year: number },
  format: FileFormat,
  pdf?: PdfWriter,
): Promise<ReportFile> {
  const fileName = reportFileName(names.orgName, names.year, format);
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case "docx":
      return { fileName, contentType, body: await toDocx(doc) };
    case "pdf":
      if (!pdf) throw new Error("PDF 输出需要服务器端的 Chromium");
      return { fileName, contentType, body: await pdf(toHtml(doc)) };
    case "md":
    case "html":
      return { fileName, contentType, body: new TextEncoder().encode(writeDocument(doc, format)) };
  }
}

/** A stored report (final form: no placeholders; `preview`: every heading, placeholders for unfilled sections) as a file. */
export async function renderReportFile(
  db: Kysely<DB>,
  sections: SectionLookup,
  reportId: string,
  format: FileFormat,
  pdf?: PdfWriter,
  options: { preview?: boolean } = {},
): Promise<ReportFile> {
  const { doc, orgName, year } = await composeStoredReportWithNames(db, sections, reportId, options);
  return writeReportFile(doc, { orgName, year }, format, pdf);
}

/** Every report of a year (by year number, in every region that set it), one per assigned township, in a stable order. */
export async function reportsOfYear(
  db: Kysely<DB>,
  year: number,
): Promise<Array<{ reportId: string; orgName: string; parentName: string | null }>> {
  const assigned = await db
    .selectFrom("report_year_assignment as a")
    .innerJoin("report_year as y", "y.id", "a.report_year_id")
    .innerJoin("org_unit as o", "o.id", "a.org_unit_id")
    .leftJoin("org_unit as p", "p.id", "o.parent_id")
    .select(["a.report_year_id as yearId", "o.id as orgId", "o.name as orgName", "p.name as parentName"])
    .where("y.year", "=", year)
    .orderBy("p.name")
    .orderBy("o.name")
    .execute();
  const out = [];
  for (const a of assigned) {
    const report = await openReport(db, a.yearId, a.orgId);
    out.push({ reportId: report.id, orgName: a.orgName, parentName: a.parentName });
  }
  return out;
}
