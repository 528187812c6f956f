import type { DB, Kysely } from "@nianbao/db";
import { pinToInstalled, presets, yearTemplateSchema, type YearTemplate } from "@nianbao/document";
import {
  importReport,
  orgFromTitle,
  outlineOfDocument,
  parseReport,
  type ImportSummary,
} from "@nianbao/import";
import type { SectionLookup } from "../trpc.ts";
import { auditYear } from "./years.ts";
import { acceptImport } from "./report-import.ts";
import { openReport } from "./reports.ts";
import { inTransaction } from "./write-path.ts";

/**
 * The administrator's bulk import of past years (`pnpm nianbao import`): each file's township from `--org`,
 * else its title, else its file name — never guessed beyond that; a missing year created as a historical
 * year (published, with the outline of the imported documents or a preset); each report filed approved,
 * read-only and marked imported.
 */

export interface BulkFile {
  name: string;
  text: string;
}

export interface BulkOptions {
  year: number;
  org?: string;
  preset?: keyof typeof presets;
  dryRun: boolean;
  /** Overwrite reports that already hold content (each section keeps it as its previous revision). */
  overwrite?: boolean;
  userId?: string | null;
}

export type BulkOutcome =
  | ({ file: string; org: string; status: "imported" | "dry-run"; yearCreated: boolean } & ImportSummary)
  | { file: string; org: string | null; status: "unknown-org" | "failed"; message: string };

async function findOrg(db: Kysely<DB>, name: string) {
  const rows = await db
    .selectFrom("org_unit as o")
    .select(["o.id", "o.name", "o.parent_id", "o.kind"])
    .where("o.name", "=", name)
    .where("o.kind", "in", ["township", "street"])
    .execute();
  return rows.length === 1 ? rows[0]! : null;
}

async function regionChain(db: Kysely<DB>, orgId: string): Promise<Array<{ id: string; name: string }>> {
  const out: Array<{ id: string; name: string }> = [];
  let id: string | null = orgId;
  while (id) {
    const row: { id: string; name: string; parent_id: string | null } | undefined = await db
      .selectFrom("org_unit")
      .select(["id", "name", "parent_id"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) break;
    if (row.id !== orgId) out.push({ id: row.id, name: row.name });
    id = row.parent_id;
  }
  return out;
}

async function historicalYear(
  db: Kysely<DB>,
  sections: SectionLookup,
  regionId: string,
  year: number,
  template: YearTemplate,
  userId: string | null | undefined,
) {
  return inTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto("report_year")
      .values({
        region_id: regionId,
        year,
        status: "published",
        deadline: null,
        template: JSON.stringify(template),
        template_revision: 1,
        published_at: new Date(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("report_year_revision")
      .values({
        report_year_id: id,
        revision: 1,
        template: JSON.stringify(template),
        deadline: null,
        summary: JSON.stringify([{ kind: "front", sectionKey: null, text: "历史年度：由导入的报告建立" }]),
        published_by: userId ?? null,
      })
      .execute();
    await auditYear(trx, { id, region_id: regionId, year }, userId, "year.create", {
      after: { historical: true, imported: true },
    });
    return id;
  });
}

/** Import one file (see the module's comment); a year created for one file serves the next ones. */
export async function importFile(
  db: Kysely<DB>,
  sections: SectionLookup,
  file: BulkFile,
  opts: BulkOptions,
): Promise<BulkOutcome> {
  const front = parseReport(file.text).front;
  const orgName = opts.org ?? front.org ?? orgFromTitle(file.name.replace(/\.(docx|txt|md)$/i, ""));
  if (!orgName)
    return { file: file.name, org: null, status: "unknown-org", message: "标题和文件名都没有写明乡镇" };
  const org = await findOrg(db, orgName);
  if (!org)
    return { file: file.name, org: orgName, status: "unknown-org", message: `找不到乡镇“${orgName}”` };
  const chain = await regionChain(db, org.id);
  const existing = chain.length
    ? await db
        .selectFrom("report_year")
        .select(["id", "template"])
        .where("year", "=", opts.year)
        .where(
          "region_id",
          "in",
          chain.map((c) => c.id),
        )
        .executeTakeFirst()
    : undefined;
  const names = {
    name: org.name,
    parentName: chain[0]?.name ?? null,
    kind: org.kind === "street" ? ("street" as const) : ("township" as const),
  };
  const template = existing
    ? yearTemplateSchema.parse(existing.template)
    : pinToInstalled(
        opts.preset
          ? presets[opts.preset].template
          : outlineOfDocument(file.text, sections, opts.year, names),
        sections,
      );
  if (opts.dryRun) {
    const r = importReport({ text: file.text, template, registry: sections, year: opts.year, org: names });
    return { file: file.name, org: org.name, status: "dry-run", yearCreated: !existing, ...r.summary };
  }
  const regionId = chain.find((c) => c)?.id;
  if (!existing && !regionId)
    return { file: file.name, org: org.name, status: "failed", message: "该乡镇没有上级地区" };
  const yearId =
    existing?.id ?? (await historicalYear(db, sections, regionId!, opts.year, template, opts.userId));
  const assigned = await db
    .selectFrom("report_year_assignment")
    .select("org_unit_id")
    .where("report_year_id", "=", yearId)
    .where("org_unit_id", "=", org.id)
    .executeTakeFirst();
  if (!assigned)
    await db
      .insertInto("report_year_assignment")
      .values({ report_year_id: yearId, org_unit_id: org.id })
      .execute();
  const report = await openReport(db, yearId, org.id);
  try {
    const r = await acceptImport(db, sections, {
      reportId: report.id,
      text: file.text,
      fileName: file.name,
      confirmOverwrite: !!opts.overwrite,
      userId: opts.userId ?? null,
      historical: true,
    });
    return { file: file.name, org: org.name, status: "imported", yearCreated: !existing, ...r.summary };
  } catch (e) {
    return {
      file: file.name,
      org: org.name,
      status: "failed",
      message: e instanceof Error ? e.message : String(e),
    };
  }
}
