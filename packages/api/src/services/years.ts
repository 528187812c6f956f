import type { DB, Kysely, Transaction } from "@nianbao/db";
import {
  TEMPLATE_FILE_FORMAT,
  diffTemplates,
  pinToInstalled,
  presets,
  templateFileSchema,
  validateTemplate,
  yearTemplateSchema,
  type TemplateChange,
  type TemplateFile,
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

function refuse(issues: Array<{ path: string; message: string }>, lead: string): never {
  throw invalid(
    `${lead}：${issues.map((i) => i.message).join("；")}`,
    issues.map((i) => ({ path: i.path ? `template.${i.path}` : "template", message: i.message })),
  );
}

/** Parse a template's structure (field errors on failure); the plugin-aware checks are validateTemplate's. */
function parseTemplate(input: unknown): YearTemplate {
  const parsed = yearTemplateSchema.safeParse(input);
  if (!parsed.success) {
    refuse(
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
      "模板格式有误",
    );
  }
  return parsed.data;
}

function validOrRefuse(template: unknown, sections: SectionLookup, lead: string): YearTemplate {
  const issues = validateTemplate(template, sections);
  if (issues.length) refuse(issues, lead);
  return yearTemplateSchema.parse(template);
}

/** An administrative action on a year, in the year's region (the audit log of the region's administrators). */
async function auditYear(
  trx: Kysely<DB>,
  y: { id: string; region_id: string; year: number },
  userId: string | null | undefined,
  action: string,
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  await audit(trx, { actorId: userId ?? null, action, targetType: "report_year", targetId: y.id, orgUnitId: y.region_id, ...change, after: { year: y.year, ...(change.after as object | undefined) } });
}

/** A moved deadline opens or closes editing for every township of the year: audited on its own. */
async function auditDeadline(trx: Kysely<DB>, y: { id: string; region_id: string; year: number; deadline: string | null }, deadline: string | null, userId: string | null | undefined) {
  if (y.deadline === deadline) return;
  await auditYear(trx, y, userId, "year.deadline", { before: { deadline: y.deadline }, after: { deadline } });
}

async function yearRow(db: Kysely<DB>, yearId: string) {
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

async function region(db: Kysely<DB>, regionId: string) {
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

async function setAssignment(trx: Transaction<DB>, yearId: string, regionId: string, orgIds: string[]) {
  const allowed = new Set((await regionTownships(trx, regionId)).map((t) => t.id));
  const wanted = [...new Set(orgIds)];
  const outside = wanted.filter((id) => !allowed.has(id));
  if (outside.length) {
    throw invalid("报送乡镇必须属于本年度所在的市、县", [{ path: "orgIds", message: "报送乡镇必须属于本年度所在的市、县" }]);
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
    await auditYear(trx, y, input.userId, "year.save_draft", { after: { deadline: input.deadline, townships: input.orgIds.length } });
    await auditDeadline(trx, y, input.deadline, input.userId);
  });
  return { issues: validateTemplate(template, sections) };
}

function publishChecks(input: YearSettingsInput): void {
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
    await auditYear(trx, y, input.userId, "year.publish", { before: { status: "draft" }, after: { status: "published", revision: 1, deadline: y.deadline } });
  });
  return { revision: 1, summary };
}

async function revisionChanges(
  db: Kysely<DB>,
  y: { id: string; region_id: string; template: unknown; deadline: string | null },
  input: YearSettingsInput,
  next: YearTemplate,
) {
  const filled = await filledCounts(db, y.id);
  const changes = diffTemplates(yearTemplateSchema.parse(y.template), next, (k) => filled.get(k) ?? 0);
  if (input.deadline !== y.deadline) {
    changes.push({
      kind: "front",
      sectionKey: null,
      text: `截止日期由${y.deadline ?? "未设置"}改为${input.deadline ?? "未设置"}`,
    });
  }
  const before = new Set(
    (
      await db
        .selectFrom("report_year_assignment")
        .select("org_unit_id")
        .where("report_year_id", "=", y.id)
        .execute()
    ).map((a) => a.org_unit_id),
  );
  const after = new Set(input.orgIds);
  const names = new Map((await regionTownships(db, y.region_id)).map((t) => [t.id, t.name]));
  const added = [...after].filter((x) => !before.has(x)).map((x) => names.get(x) ?? x);
  const removed = [...before].filter((x) => !after.has(x)).map((x) => names.get(x) ?? x);
  if (added.length)
    changes.push({ kind: "front", sectionKey: null, text: `新增报送乡镇：${added.join("、")}` });
  if (removed.length)
    changes.push({
      kind: "front",
      sectionKey: null,
      text: `不再要求报送：${removed.join("、")}（已填数据保留）`,
    });
  return changes;
}

/** What a revision of a published year would change, before it is published. */
export async function previewRevision(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: YearSettingsInput & { yearId: string },
) {
  const y = await yearRow(db, input.yearId);
  const template = parseTemplate(input.template);
  return {
    issues: validateTemplate(template, sections),
    changes: y.status === "draft" ? [] : await revisionChanges(db, y, input, template),
  };
}

/**
 * Publish a new revision of a published year. The previous revision stays frozen in report_year_revision;
 * no township data is touched: a removed section's data stays stored (hidden, restored by enabling it
 * again), an added section starts empty. The summary says so, with the number of townships affected.
 */
export async function reviseYear(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: YearSettingsInput & { yearId: string; baseRevision: number; userId?: string | null },
) {
  const y = await yearRow(db, input.yearId);
  if (y.status === "draft")
    throw wrongState("该年度尚未发布，直接保存草稿即可");
  if (y.template_revision !== input.baseRevision) {
    throw conflict(`模板已被他人修订（当前为第${y.template_revision}版），请重新载入后再修改`);
  }
  const template = validOrRefuse(input.template, sections, "模板未通过校验，不能发布修订");
  publishChecks({ ...input, template });
  const changes = await revisionChanges(db, y, input, template);
  if (changes.length === 0)
    throw invalid("模板没有任何变化，无需发布修订");
  const revision = y.template_revision + 1;
  await inTransaction(db, async (trx) => {
    // The year's reports first, in one order (the write path locks a report before anything else): a new
    // deadline, outline or required section applies to every save and submission that commits after it.
    await trx.selectFrom("report").select("id").where("report_year_id", "=", y.id).orderBy("id").forUpdate().execute();
    const updated = await trx
      .updateTable("report_year")
      .set({
        template: JSON.stringify(template),
        deadline: input.deadline,
        template_revision: revision,
        updated_at: new Date(),
      })
      .where("id", "=", y.id)
      .where("template_revision", "=", input.baseRevision)
      .returning("id")
      .executeTakeFirst();
    if (!updated) throw conflict("模板已被他人修订，请重新载入后再修改");
    await setAssignment(trx, y.id, y.region_id, input.orgIds);
    await trx
      .insertInto("report_year_revision")
      .values({
        report_year_id: y.id,
        revision,
        template: JSON.stringify(template),
        deadline: input.deadline,
        summary: JSON.stringify(changes),
        published_by: input.userId ?? null,
      })
      .execute();
    await auditYear(trx, y, input.userId, "year.revise", { before: { revision: input.baseRevision }, after: { revision, changes: changes.map((c) => c.text) } });
    await auditDeadline(trx, y, input.deadline, input.userId);
  });
  return { revision, summary: changes };
}

/** A frozen revision of a year's template. */
export async function yearRevision(db: Kysely<DB>, yearId: string, revision: number) {
  const r = await db
    .selectFrom("report_year_revision")
    .selectAll()
    .where("report_year_id", "=", yearId)
    .where("revision", "=", revision)
    .executeTakeFirst();
  if (!r) throw notFound(`该年度没有第${revision}版模板`);
  return {
    revision: r.revision,
    template: yearTemplateSchema.parse(r.template),
    deadline: r.deadline,
    summary: r.summary as TemplateChange[],
    publishedAt: r.published_at,
  };
}

// ---------------------------------------------------------------- export / import

export async function exportYear(db: Kysely<DB>, yearId: string): Promise<TemplateFile> {
  const y = await yearRow(db, yearId);
  const r = await region(db, y.region_id);
  return {
    format: TEMPLATE_FILE_FORMAT,
    formatVersion: 1,
    year: y.year,
    regionName: r.name,
    deadline: y.deadline,
    templateRevision: y.template_revision,
    template: yearTemplateSchema.parse(y.template),
  };
}

/**
 * Import a template file as a new draft year of a region (every township under the region assigned).
 * The file is validated like a template an administrator saves: format, structure, installed plugins,
 * pinned versions, duplicate keys, empty parts, settings.
 */
export async function importYear(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: { regionId: string; file: unknown; year?: number; userId?: string | null },
): Promise<{ id: string; year: number }> {
  const parsed = templateFileSchema.safeParse(input.file);
  if (!parsed.success) {
    refuse(
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
      "模板文件无效",
    );
  }
  const file = parsed.data;
  const template = validOrRefuse(file.template, sections, "模板文件未通过校验");
  const year = input.year ?? file.year;
  await region(db, input.regionId);
  const taken = await db
    .selectFrom("report_year")
    .select("id")
    .where("region_id", "=", input.regionId)
    .where("year", "=", year)
    .executeTakeFirst();
  if (taken) throw conflict(`该地区已有${year}年度，未导入`);
  const orgIds = (await regionTownships(db, input.regionId)).map((t) => t.id);
  return inTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto("report_year")
      .values({
        region_id: input.regionId,
        year,
        status: "draft",
        deadline: file.deadline,
        template: JSON.stringify(template),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await setAssignment(trx, id, input.regionId, orgIds);
    await auditYear(trx, { id, region_id: input.regionId, year }, input.userId, "year.import", {
      after: { formatVersion: file.formatVersion, fromYear: file.year, fromRegion: file.regionName, deadline: file.deadline },
    });
    return { id, year };
  });
}

/** Find a year by its number and (when several regions have it) region name, as the CLI is given them. */
export async function findYearByNumber(db: Kysely<DB>, year: number, regionName?: string): Promise<string> {
  let q = db
    .selectFrom("report_year as y")
    .innerJoin("org_unit as r", "r.id", "y.region_id")
    .select(["y.id", "r.name"])
    .where("y.year", "=", year);
  if (regionName) q = q.where("r.name", "=", regionName);
  const rows = await q.execute();
  if (rows.length === 0) throw new Error(`找不到${regionName ?? ""}${year}年度`);
  if (rows.length > 1)
    throw new Error(
      `有多个地区设置了${year}年度（${rows.map((r) => r.name).join("、")}），请用 --region 指定`,
    );
  return rows[0]!.id;
}

/** Find a region by name; without a name, the only city or county there is. */
export async function findRegion(db: Kysely<DB>, name?: string): Promise<string> {
  const rows = (await listRegions(db)).filter((r) => !name || r.name === name);
  if (rows.length === 0) throw new Error(name ? `找不到市或县“${name}”` : "还没有任何市或县");
  if (rows.length > 1)
    throw new Error(`有多个市、县（${rows.map((r) => r.name).join("、")}），请用 --region 指定`);
  return rows[0]!.id;
}
