import type { DB, Kysely } from "@nianbao/db";
import {
  composeReport,
  toHtml,
  toHtmlFragment,
  toMarkdown,
  type ReportDocument,
  type StoredSection,
} from "@nianbao/document";
import type { SectionLookup } from "../trpc.ts";
import { loadReportContext, names } from "./reports.ts";

export async function storedSections(
  db: Kysely<DB>,
  reportId: string,
): Promise<Record<string, StoredSection>> {
  const rows = await db
    .selectFrom("report_section")
    .select(["section_key", "data", "plugin_version"])
    .where("report_id", "=", reportId)
    .execute();
  return Object.fromEntries(
    rows.map((r) => [r.section_key, { data: r.data, pluginVersion: r.plugin_version }]),
  );
}

export async function composeStoredReport(
  db: Kysely<DB>,
  sections: SectionLookup,
  reportId: string,
  options: { preview?: boolean } = {},
): Promise<ReportDocument> {
  const ctx = await loadReportContext(db, reportId);
  return composeReport({
    template: ctx.template,
    year: ctx.year.year,
    org: names(ctx),
    sections: await storedSections(db, reportId),
    registry: sections,
    signedOn: ctx.report.signed_on,
    preview: options.preview ?? false,
  });
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
