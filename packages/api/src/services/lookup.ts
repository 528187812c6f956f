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
  if (orgs.length > 1)
    throw new Error(`有多个名为“${orgName}”的乡镇（${orgs.map((o) => o.parentName).join("、")}）`);
  const org = orgs[0]!;
  const regions = [org.parent_id, org.grandparentId].filter((x): x is string => !!x);
  const y = regions.length
    ? await db
        .selectFrom("report_year")
        .select("id")
        .where("year", "=", year)
        .where("region_id", "in", regions)
        .executeTakeFirst()
    : undefined;
  if (!y) throw new Error(`${orgName}没有${year}年度的报告任务`);
  return (await openReport(db, y.id, org.id)).id;
}
