import type { DB, Kysely } from "@nianbao/db";
import {
  importReport,
  overrideProblems,
  type FigureOverride,
  type ImportResult,
  type MatchTarget,
} from "@nianbao/import";
import { countUnbound, figureCatalog, textDoc } from "@nianbao/text";
import { DomainError, invalid } from "../errors.ts";
import type { SectionLookup } from "../trpc.ts";
import { audit } from "./audit.ts";
import { loadReportContext } from "./reports.ts";
import { inReportTransaction, lockSection, putSection } from "./write-path.ts";

/**
 * Importing a report from a Word or text file into a township's report: `previewImport` reads it against
 * the year's template and writes nothing; `acceptImport` writes every section that received text through the
 * write path (one transaction: each section's row, its revision — what existed stays as the previous
 * revision — its metrics, and one audit event), refusing to overwrite saved sections without a confirmation.
 */

export interface ImportRequest {
  reportId: string;
  /** The report's text (a DOCX is read to text first: `docxToText`). */
  text: string;
  /** The file's name, kept with the report. */
  fileName?: string | null;
  overrides?: Record<string, MatchTarget>;
  /** The clerk's choices of field for single figures (bound by the importer, as the preview showed them). */
  figureOverrides?: FigureOverride[];
}

export async function previewImport(
  db: Kysely<DB>,
  sections: SectionLookup,
  req: ImportRequest,
): Promise<ImportResult> {
  const rc = await loadReportContext(db, req.reportId);
  if (!req.text.trim())
    throw invalid("导入的报告没有文字内容", [{ path: "text", message: "导入的报告没有文字内容" }]);
  const result = importReport({
    text: req.text,
    template: rc.template,
    registry: sections,
    year: rc.year.year,
    org: rc.org,
    ...(req.overrides ? { overrides: req.overrides } : {}),
    ...(req.figureOverrides ? { figureOverrides: req.figureOverrides } : {}),
  });
  const problems = overrideProblems(result, req.figureOverrides ?? []);
  if (problems.length) throw invalid(problems.map((p) => p.message).join("；"), problems);
  return result;
}

/** The sections of a report that already hold saved content, by key. */
export async function savedSections(db: Kysely<DB>, reportId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("report_section")
    .select("section_key")
    .where("report_id", "=", reportId)
    .where("revision", ">", 0)
    .execute();
  return rows.map((r) => r.section_key);
}

export interface AcceptOptions extends ImportRequest {
  /** Overwrite sections that hold saved content (each keeps it as its previous revision). */
  confirmOverwrite: boolean;
  userId: string | null;
  /** File the report as a historical import: approved and read-only (the CLI's bulk import of past years). */
  historical?: boolean;
}

export interface AcceptResult {
  written: string[];
  overwritten: string[];
  summary: ImportResult["summary"];
}

export async function acceptImport(
  db: Kysely<DB>,
  sections: SectionLookup,
  opts: AcceptOptions,
): Promise<AcceptResult> {
  const result = await previewImport(db, sections, opts);
  const keys = Object.keys(result.sections);
  if (!keys.length)
    throw invalid("导入的报告没有与本年度提纲对应的内容", [{ path: "text", message: "没有匹配到任何栏目" }]);
  return inReportTransaction(db, opts.reportId, { editable: !opts.historical }, async (trx, rc) => {
    const overwritten: string[] = [];
    for (const key of keys) {
      const current = await lockSection(trx, opts.reportId, key);
      if (current && current.revision > 0) overwritten.push(key);
    }
    if (overwritten.length && !opts.confirmOverwrite) {
      throw new DomainError(
        "conflict",
        `以下栏目已有内容，确认覆盖后才会导入（原内容保留为历史版本）：${overwritten.join("、")}`,
      );
    }
    for (const key of keys) {
      const ts = rc.template.parts.flatMap((p) => p.sections).find((s) => s.key === key)!;
      const plugin = sections.get(ts.plugin)!;
      const { data, text } = result.sections[key]!;
      const doc = textDoc(text);
      const current = await lockSection(trx, opts.reportId, key);
      await putSection(trx, rc, current, {
        key,
        pluginId: plugin.id,
        pluginVersion: plugin.version,
        data,
        status: opts.historical ? "complete" : "draft",
        note: null,
        userId: opts.userId,
        metrics: { plugin, data },
        imported: { source: opts.fileName ?? null },
        text: {
          json: JSON.stringify(doc),
          unbound: countUnbound(doc, figureCatalog(plugin, data, ts.settings)),
        },
      });
    }
    const now = new Date();
    await trx
      .updateTable("report")
      .set({
        imported_at: now,
        import_source: opts.fileName ?? null,
        ...(result.front.date ? { signed_on: result.front.date } : {}),
        ...(opts.historical ? { status: "approved", approved_at: now, submitted_at: now } : {}),
      })
      .where("id", "=", opts.reportId)
      .execute();
    await audit(trx, {
      actorId: opts.userId,
      action: "report.import",
      targetType: "report",
      targetId: opts.reportId,
      orgUnitId: rc.report.org_unit_id,
      reportId: opts.reportId,
      before: { sections: overwritten },
      after: {
        file: opts.fileName ?? null,
        written: keys,
        historical: !!opts.historical,
        ...result.summary,
        figuresChosen: opts.figureOverrides?.length ?? 0,
      },
    });
    return { written: keys, overwritten, summary: result.summary };
  });
}
