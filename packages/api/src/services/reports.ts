import { sql, type DB, type Kysely, type Report } from "@nianbao/db";
import {
  applyTownshipOutline,
  numberOutline,
  readTownshipOutline,
  yearTemplateSchema,
  type OrgNames,
  type OutlinePart,
  type YearTemplate,
} from "@nianbao/document";
import { describePlugin } from "@nianbao/sdk";
import { notFound, wrongState } from "../errors.ts";
import { audit } from "./audit.ts";
import { compiledOnce } from "./compiled-once.ts";
import { SECTION_ROW, type SectionRow } from "./section-row.ts";
import { inTransaction } from "./write-path.ts";
import type { SectionLookup } from "../trpc.ts";

export interface ReportContext {
  report: Report;
  year: { id: string; year: number; status: string; deadline: string | null };
  org: { id: string; name: string; parentName: string | null; kind: "township" | "street" | null };
  /** The report's effective outline: the year's template with the township's own sections and headings. */
  template: YearTemplate;
  /** The year's template as the county set it. */
  yearTemplate: YearTemplate;
  templateRevision: number;
}

export async function orgNames(
  db: Kysely<DB>,
  orgId: string,
): Promise<{ id: string; name: string; parentName: string | null; kind: "township" | "street" | null }> {
  const org = await db
    .selectFrom("org_unit as o")
    .leftJoin("org_unit as p", "p.id", "o.parent_id")
    .select(["o.id", "o.name", "o.kind", "p.name as parentName"])
    .where("o.id", "=", orgId)
    .executeTakeFirst();
  if (!org) throw notFound("找不到该单位");
  const { kind, ...rest } = org;
  return { ...rest, kind: kind === "township" || kind === "street" ? kind : null };
}

/**
 * The report of a township for a year, created on first open if the township is assigned to that year. The
 * creation and its audit event ("report.create") commit together; opening an existing report changes nothing.
 */
export async function openReport(
  db: Kysely<DB>,
  yearId: string,
  orgId: string,
  userId: string | null = null,
): Promise<Report> {
  const find = (q: Kysely<DB>) =>
    q
      .selectFrom("report")
      .selectAll()
      .where("report_year_id", "=", yearId)
      .where("org_unit_id", "=", orgId)
      .executeTakeFirst();
  const existing = await find(db);
  if (existing) return existing;
  const assigned = await db
    .selectFrom("report_year_assignment")
    .select("org_unit_id")
    .where("report_year_id", "=", yearId)
    .where("org_unit_id", "=", orgId)
    .executeTakeFirst();
  if (!assigned) throw notFound("该乡镇不在本年度报送范围内");
  const year = await db
    .selectFrom("report_year")
    .select(["status", "year"])
    .where("id", "=", yearId)
    .executeTakeFirstOrThrow();
  if (year.status === "draft") throw wrongState("本年度模板尚未发布，暂不能填报");
  return inTransaction(db, async (trx) => {
    const created = await trx
      .insertInto("report")
      .values({ report_year_id: yearId, org_unit_id: orgId, signed_on: null })
      .onConflict((oc) => oc.columns(["report_year_id", "org_unit_id"]).doNothing())
      .returningAll()
      .executeTakeFirst();
    // Someone else created it a moment ago (their event records it).
    if (!created) return (await find(trx))!;
    await audit(trx, {
      actorId: userId,
      action: "report.create",
      targetType: "report",
      targetId: created.id,
      orgUnitId: orgId,
      reportId: created.id,
      after: { year: year.year, status: created.status },
    });
    return created;
  });
}

/**
 * The context query, compiled once per shape (lock or not, with a section or not): the report, its year
 * and its township in one statement (the template itself comes from the cache below), and with
 * `sectionKey` the section's row (`SECTION_ROW`) from the statement's snapshot.
 */
const contextQuery = compiledOnce((db, p: { reportId: string; sectionKey: string }, shape) => {
  const [lock, withSection] = shape.split(":");
  const q = db
    .selectFrom("report as r")
    .innerJoin("report_year as y", "y.id", "r.report_year_id")
    .innerJoin("org_unit as o", "o.id", "r.org_unit_id")
    .leftJoin("org_unit as p", "p.id", "o.parent_id")
    .selectAll("r")
    .select([
      "y.year as y_year",
      "y.status as y_status",
      "y.deadline as y_deadline",
      "y.template_revision as y_template_revision",
      // The template row's version: any change of the row gives it a new xmin (cheaper than a digest of the template).
      sql<string>`y.xmin::text`.as("y_template_version"),
      "o.name as o_name",
      "o.kind as o_kind",
      "p.name as p_name",
      (withSection === "section"
        ? sql<SectionRow | null>`(select ${SECTION_ROW} from report_section s where s.report_id = r.id and s.section_key = ${p.sectionKey})`
        : sql<SectionRow | null>`null`
      ).as("x_section"),
    ])
    .where("r.id", "=", p.reportId);
  return lock === "lock" ? q.forUpdate("r") : q;
});

/** A report with its year, township and template; `lock` takes the report's row lock (the write path). */
async function reportContext(
  db: Kysely<DB>,
  reportId: string,
  lock: boolean,
  sectionKey?: string,
): Promise<ReportContext & { section?: SectionRow | null }> {
  const shape = `${lock ? "lock" : "read"}:${sectionKey === undefined ? "" : "section"}`;
  const { rows } = await contextQuery(db, { reportId, sectionKey: sectionKey ?? "" }, shape);
  const row = rows[0];
  if (!row) throw notFound("找不到该报告");
  const {
    y_year,
    y_status,
    y_deadline,
    y_template_revision,
    y_template_version,
    o_name,
    o_kind,
    p_name,
    x_section,
    ...report
  } = row;
  const county = await yearTemplate(db, report.report_year_id, y_template_version);
  return {
    report,
    year: { id: report.report_year_id, year: y_year, status: y_status, deadline: y_deadline },
    org: {
      id: report.org_unit_id,
      name: o_name,
      parentName: p_name,
      kind: o_kind === "township" || o_kind === "street" ? o_kind : null,
    },
    // The township's own sections and headings applied (new objects: the cached template stays as it is).
    template: applyTownshipOutline(county, readTownshipOutline(report.outline)),
    yearTemplate: county,
    templateRevision: y_template_revision,
    ...(sectionKey === undefined ? {} : { section: x_section }),
  };
}

/**
 * Parsed year templates, by year and the version of its stored row (xmin): a template is transferred and
 * validated once per change, not on every save, whoever changed it and however.
 */
const templates = new Map<string, { version: string; template: YearTemplate }>();

async function yearTemplate(db: Kysely<DB>, yearId: string, version: string): Promise<YearTemplate> {
  const cached = templates.get(yearId);
  if (cached?.version === version) return cached.template;
  const y = await db
    .selectFrom("report_year")
    .select("template")
    .where("id", "=", yearId)
    .executeTakeFirstOrThrow();
  const template = deepFreeze(yearTemplateSchema.parse(y.template));
  if (templates.size > 500) templates.clear();
  templates.set(yearId, { version, template });
  return template;
}

/** Shared between requests, so never changed in place: a write throws instead of corrupting the cache. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function loadReportContext(db: Kysely<DB>, reportId: string): Promise<ReportContext> {
  return reportContext(db, reportId, false);
}

/**
 * The report's context read under its row lock (taken by this call): the write path's first statement.
 * With `sectionKey`, that section's row too, from the snapshot taken before the lock was granted.
 */
export function lockReportContext(
  db: Kysely<DB>,
  reportId: string,
  sectionKey?: string,
): Promise<ReportContext & { section?: SectionRow | null }> {
  return reportContext(db, reportId, true, sectionKey);
}

export function names(ctx: ReportContext): OrgNames {
  return { name: ctx.org.name, parentName: ctx.org.parentName, kind: ctx.org.kind };
}

export type SectionState = "empty" | "draft" | "complete";

/** The report's outline as the township sees it: numbered sections with their plugin and status. */
export async function reportOutline(db: Kysely<DB>, sections: SectionLookup, ctx: ReportContext) {
  const stored = await db
    .selectFrom("report_section")
    .select(["section_key", "status", "revision", "updated_at"])
    .where("report_id", "=", ctx.report.id)
    .execute();
  const byKey = new Map(stored.map((s) => [s.section_key, s]));
  const parts: OutlinePart[] = numberOutline(ctx.template, ctx.year.year, names(ctx));
  const yearParts = new Map(ctx.yearTemplate.parts.map((p) => [p.key, p]));
  return parts.map((part) => ({
    key: part.key,
    numbering: part.numbering,
    title: part.titleText,
    /** The county lets townships add their own sections here / retitle its sections. */
    mayAdd: yearParts.get(part.key)?.townshipMayAdd ?? false,
    mayRetitle: yearParts.get(part.key)?.townshipMayRetitle ?? false,
    sections: part.sections.map((s) => {
      const county = yearParts.get(part.key)?.sections.find((x) => x.key === s.key);
      const plugin = sections.get(s.plugin);
      const row = byKey.get(s.key);
      return {
        key: s.key,
        numbering: s.numbering,
        heading: s.headingText,
        required: s.required,
        pluginId: s.plugin,
        plugin: plugin ? describePlugin(plugin) : null,
        status: (row?.status ?? "empty") as SectionState,
        revision: row?.revision ?? 0,
        updatedAt: row?.updated_at ?? null,
        /** A section the township added (the reviewer sees it marked). */
        added: s.townshipAdded ?? false,
        /** The county's heading when the township retitled it. */
        countyHeading: county && county.heading !== s.heading ? county.heading : null,
      };
    }),
  }));
}
