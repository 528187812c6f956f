import type { DB, Kysely } from "@nianbao/db";
import { openReport } from "./reports.ts";

/**
 * Find (or open) a township's report by year and township name, as the CLI is given them. The year is the
 * one set by the township's county or city (its parent or grandparent unit).
 */
export async function findReportByNames(db: Kysely<DB>, year: number, orgName: string): Promise<string> {
  const orgs = await db
    .selectFrom("org_unit as o")
    .leftJoin("org_unit as p", "p.id", "o.parent_id")
    .select(["o.id", "o.parent_id", "p.parent_id as grandparentId", "p.name as parentName"])
    .where("o.name", "=", orgName)
    .where("o.kind", "in", ["township", "street"])
    .execute();
  if (orgs.length === 0) throw new Error(`找不到乡镇“${orgName}”`);
  if (orgs.length > 1) throw new Error(`有多个名为“${orgName}”的乡镇（${orgs.map((o) => o.parentName).join("、")}）`);
  const org = orgs[0]!;
  const regions = [org.parent_id, org.grandparentId].filter((x): x is string => !!x);
  const y = regions.length
    ? await db.selectFrom("report_year").select("id").where("year", "=", year).where("region_id", "in", regions).executeTakeFirst()
    : undefined;
  if (!y) throw new Error(`${orgName}没有${year}年度的报告任务`);
  return (await openReport(db, y.id, org.id)).id;
}

/**
 * A region (org unit) by name, as the CLI is given it; without a name, the one top-level unit (the city or
 * county at the root of the tree) when there is exactly one.
 */
export async function findRegionByName(db: Kysely<DB>, name?: string): Promise<{ id: string; name: string }> {
  const q = db.selectFrom("org_unit").select(["id", "name"]);
  const found = await (name ? q.where("name", "=", name) : q.where("parent_id", "is", null)).limit(3).execute();
  if (found.length === 1) return found[0]!;
  if (!name) throw new Error(found.length ? `有多个顶级单位（${found.map((o) => o.name).join("、")}），请用 --region 指定` : "数据库中还没有任何单位");
  throw new Error(found.length ? `有多个名为“${name}”的单位，请换一个名称` : `找不到单位“${name}”`);
}
