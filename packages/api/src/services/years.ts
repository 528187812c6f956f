import type { DB, Kysely, Transaction } from "@nianbao/db";
import {
  pinToInstalled,
  presets,
  validateTemplate,
  yearTemplateSchema,
  type TemplateChange,
  type YearTemplate,
} from "@nianbao/document";
import { conflict, invalid, notFound, wrongState } from "../errors.ts";
import type { SectionLookup } from "../trpc.ts";
import { audit } from "./audit.ts";
import { inTransaction } from "./write-path.ts";

export type PresetId = keyof typeof presets;
export const PRESET_IDS = Object.keys(presets) as [PresetId, ...PresetId[]];

export interface YearSettingsInput {
  template: unknown;
  /** yyyy-mm-dd or null. */
  deadline: string | null;
  /** The townships that must report (ids of townships or street offices under the year's region). */
  orgIds: string[];
}

export type CreateFrom = { kind: "preset"; preset: PresetId } | { kind: "copy"; yearId: string };

export function refuse(issues: Array<{ path: string; message: string }>, lead: string): never {
  throw invalid(
    `${lead}：${issues.map((i) => i.message).join("；")}`,
    issues.map((i) => ({ path: i.path ? `template.${i.path}` : "template", message: i.message })),
  );
}

/** Parse a template's structure (field errors on failure); the plugin-aware checks are validateTemplate's. */
export function parseTemplate(input: unknown): YearTemplate {
  const parsed = yearTemplateSchema.safeParse(input);
  if (!parsed.success) {
    refuse(
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
      "模板格式有误",
    );
  }
  return parsed.data;
}

export function validOrRefuse(template: unknown, sections: SectionLookup, lead: string): YearTemplate {
  const issues = validateTemplate(template, sections);
  if (issues.length) refuse(issues, lead);
  return yearTemplateSchema.parse(template);
}

/** An administrative action on a year, in the year's region (the audit log of the region's administrators). */
export async function auditYear(
  trx: Kysely<DB>,
  y: { id: string; region_id: string; year: number },
  userId: string | null | undefined,
  action: string,
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  await audit(trx, {
    actorId: userId ?? null,
    action,
    targetType: "report_year",
    targetId: y.id,
    orgUnitId: y.region_id,
    ...change,
    after: { year: y.year, ...(change.after as object | undefined) },
  });
}

/** A moved deadline opens or closes editing for every township of the year: audited on its own. */
export async function auditDeadline(
  trx: Kysely<DB>,
  y: { id: string; region_id: string; year: number; deadline: string | null },
  deadline: string | null,
  userId: string | null | undefined,
) {
  if (y.deadline === deadline) return;
  await auditYear(trx, y, userId, "year.deadline", { before: { deadline: y.deadline }, after: { deadline } });
}

export async function yearRow(db: Kysely<DB>, yearId: string) {
  const y = await db.selectFrom("report_year").selectAll().where("id", "=", yearId).executeTakeFirst();
  if (!y) throw notFound("找不到该年度");
  return y;
}

/** Cities and counties: the regions that set report years. */
export function listRegions(db: Kysely<DB>) {
  return db
    .selectFrom("org_unit")
    .select(["id", "name", "kind"])
    .where("kind", "in", ["city", "county"])
    .orderBy("name")
    .execute();
}

/** Townships and street offices under a region (its children, and its counties' children). */
export async function regionTownships(db: Kysely<DB>, regionId: string) {
  return db
    .selectFrom("org_unit as o")
    .leftJoin("org_unit as p", "p.id", "o.parent_id")
    .select(["o.id", "o.name", "o.kind", "p.name as parentName"])
    .where("o.kind", "in", ["township", "street"])
    .where((eb) => eb.or([eb("o.parent_id", "=", regionId), eb("p.parent_id", "=", regionId)]))
    .orderBy("p.name")
    .orderBy("o.name")
    .execute();
}

export async function region(db: Kysely<DB>, regionId: string) {
  const r = await db
    .selectFrom("org_unit")
    .select(["id", "name", "kind"])
    .where("id", "=", regionId)
    .executeTakeFirst();
  if (!r || (r.kind !== "city" && r.kind !== "county")) {
    throw notFound("找不到该市或县（报告年度只能由市、县设置）");
  }
  return r;
}

export async function listYears(db: Kysely<DB>, regionId?: string) {
  let q = db
    .selectFrom("report_year as y")
    .innerJoin("org_unit as r", "r.id", "y.region_id")
    .select((eb) => [
      "y.id",
      "y.year",
      "y.status",
      "y.deadline",
      "y.template_revision as templateRevision",
      "y.published_at as publishedAt",
      "y.region_id as regionId",
      "r.name as regionName",
      eb
        .selectFrom("report_year_assignment as a")
        .whereRef("a.report_year_id", "=", "y.id")
        .select(eb.fn.countAll<string>().as("n"))
        .as("assigned"),
    ])
    .orderBy("y.year", "desc");
  if (regionId) q = q.where("y.region_id", "=", regionId);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, assigned: Number(r.assigned ?? 0) }));
}

/** How many reports of the year hold data for each section key. */
export async function filledCounts(db: Kysely<DB>, yearId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("report_section as s")
    .innerJoin("report as r", "r.id", "s.report_id")
    .select(["s.section_key as key", (eb) => eb.fn.count<string>("s.report_id").distinct().as("n")])
    .where("r.report_year_id", "=", yearId)
    .groupBy("s.section_key")
    .execute();
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

export async function getYear(db: Kysely<DB>, sections: SectionLookup, yearId: string) {
  const y = await yearRow(db, yearId);
  const r = await region(db, y.region_id);
  const assigned = await db
    .selectFrom("report_year_assignment")
    .select("org_unit_id")
    .where("report_year_id", "=", yearId)
    .execute();
  const revisions = await db
    .selectFrom("report_year_revision")
    .select(["revision", "published_at as publishedAt", "summary", "deadline"])
    .where("report_year_id", "=", yearId)
    .orderBy("revision", "desc")
    .execute();
  const template = yearTemplateSchema.parse(y.template);
  return {
    id: y.id,
    year: y.year,
    status: y.status,
    deadline: y.deadline,
    templateRevision: y.template_revision,
    publishedAt: y.published_at,
    region: r,
    template,
    issues: validateTemplate(template, sections),
    orgIds: assigned.map((a) => a.org_unit_id),
    townships: await regionTownships(db, y.region_id),
    revisions: revisions.map((x) => ({ ...x, summary: x.summary as TemplateChange[] })),
    filled: Object.fromEntries(await filledCounts(db, yearId)),
  };
}

export async function setAssignment(
  trx: Transaction<DB>,
  yearId: string,
  regionId: string,
  orgIds: string[],
) {
  const allowed = new Set((await regionTownships(trx, regionId)).map((t) => t.id));
  const wanted = [...new Set(orgIds)];
  const outside = wanted.filter((id) => !allowed.has(id));
  if (outside.length) {
    throw invalid("报送乡镇必须属于本年度所在的市、县", [
      { path: "orgIds", message: "报送乡镇必须属于本年度所在的市、县" },
    ]);
  }
  await trx.deleteFrom("report_year_assignment").where("report_year_id", "=", yearId).execute();
  if (wanted.length) {
    await trx
      .insertInto("report_year_assignment")
      .values(wanted.map((org_unit_id) => ({ report_year_id: yearId, org_unit_id })))
      .execute();
  }
}

/** Create a draft year from a built-in preset or a copy of an earlier year, pinned to the installed plugins. */
export async function createYear(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: { regionId: string; year: number; from: CreateFrom; userId?: string | null },
): Promise<{ id: string }> {
  await region(db, input.regionId);
  const taken = await db
    .selectFrom("report_year")
    .select("id")
    .where("region_id", "=", input.regionId)
    .where("year", "=", input.year)
    .executeTakeFirst();
  if (taken) throw conflict(`该地区已有${input.year}年度，请直接修改它`);

  let source: YearTemplate;
  let orgIds: string[];
  if (input.from.kind === "preset") {
    source = presets[input.from.preset].template;
    orgIds = (await regionTownships(db, input.regionId)).map((t) => t.id);
  } else {
    const from = await yearRow(db, input.from.yearId);
    source = yearTemplateSchema.parse(from.template);
    const assigned = await db
      .selectFrom("report_year_assignment")
      .select("org_unit_id")
      .where("report_year_id", "=", from.id)
      .execute();
    orgIds = assigned.map((a) => a.org_unit_id);
  }
  const template = pinToInstalled(source, sections);
  return inTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto("report_year")
      .values({
        region_id: input.regionId,
        year: input.year,
        status: "draft",
        deadline: null,
        template: JSON.stringify(template),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await setAssignment(trx, id, input.regionId, orgIds);
    await auditYear(trx, { id, region_id: input.regionId, year: input.year }, input.userId, "year.create", {
      after: { from: input.from, townships: orgIds.length },
    });
    return { id };
  });
}

/** Save a draft year (not yet published): its outline, deadline and townships. Returns what still blocks publishing. */
export async function saveDraft(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: YearSettingsInput & { yearId: string; userId?: string | null },
) {
  const y = await yearRow(db, input.yearId);
  if (y.status !== "draft") {
    throw wrongState("模板已发布并冻结；修改请发布新的修订版");
  }
  const template = parseTemplate(input.template);
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable("report_year")
      .set({ template: JSON.stringify(template), deadline: input.deadline, updated_at: new Date() })
      .where("id", "=", y.id)
      .execute();
    await setAssignment(trx, y.id, y.region_id, input.orgIds);
    await auditYear(trx, y, input.userId, "year.save_draft", {
      after: { deadline: input.deadline, townships: input.orgIds.length },
    });
    await auditDeadline(trx, y, input.deadline, input.userId);
  });
  return { issues: validateTemplate(template, sections) };
}

export function publishChecks(input: YearSettingsInput): void {
  const issues: Array<{ path: string; message: string }> = [];
  if (!input.deadline) issues.push({ path: "deadline", message: "请设置报送截止日期" });
  if (input.orgIds.length === 0) issues.push({ path: "orgIds", message: "请至少指定一个报送乡镇" });
  if (issues.length) {
    throw invalid(`不能发布：${issues.map((i) => i.message).join("；")}`, issues);
  }
}

/** Publish a draft year: validate, freeze the template as revision 1, and open it to its townships. */
export async function publishYear(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: { yearId: string; userId?: string | null },
) {
  const y = await yearRow(db, input.yearId);
  if (y.status !== "draft") throw wrongState("该年度已发布");
  const template = validOrRefuse(y.template, sections, "模板未通过校验，不能发布");
  const orgIds = (
    await db
      .selectFrom("report_year_assignment")
      .select("org_unit_id")
      .where("report_year_id", "=", y.id)
      .execute()
  ).map((a) => a.org_unit_id);
  publishChecks({ template, deadline: y.deadline, orgIds });
  const summary: TemplateChange[] = [
    { kind: "front", sectionKey: null, text: "首次发布：模板冻结，各乡镇按此提纲填报" },
  ];
  await inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable("report_year")
      .set({ status: "published", published_at: new Date(), template_revision: 1, updated_at: new Date() })
      .where("id", "=", y.id)
      .where("status", "=", "draft")
      .returning("id")
      .executeTakeFirst();
    if (!updated) throw conflict("该年度已被他人发布");
    await trx
      .insertInto("report_year_revision")
      .values({
        report_year_id: y.id,
        revision: 1,
        template: JSON.stringify(template),
        deadline: y.deadline,
        summary: JSON.stringify(summary),
        published_by: input.userId ?? null,
      })
      .execute();
    await auditYear(trx, y, input.userId, "year.publish", {
      before: { status: "draft" },
      after: { status: "published", revision: 1, deadline: y.deadline },
    });
  });
  return { revision: 1, summary };
}
