import type { DB, Kysely } from "@nianbao/db";
import {
  TEMPLATE_FILE_FORMAT,
  templateFileSchema,
  yearTemplateSchema,
  type TemplateFile,
} from "@nianbao/document";
import { conflict } from "../errors.ts";
import type { SectionLookup } from "../trpc.ts";
import { inTransaction } from "./write-path.ts";
import {
  auditYear,
  listRegions,
  refuse,
  region,
  regionTownships,
  setAssignment,
  validOrRefuse,
  yearRow,
} from "./years.ts";

/** A year's template as a file (`nianbao year export` / import), and finding years and regions by name for the CLI. */

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
      after: {
        formatVersion: file.formatVersion,
        fromYear: file.year,
        fromRegion: file.regionName,
        deadline: file.deadline,
      },
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
