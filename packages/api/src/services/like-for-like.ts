import { sql, type DB, type Kysely } from "@nianbao/db";
import type { AggRow } from "./metrics-table.ts";

/**
 * Year over year for a region, like for like: per metric, only the townships (and streets) below the region
 * that gave a value in every one of the years compared, so that a total of six townships is never set against
 * one of two. Each row is a year's total of one metric over those townships; its `n` is how many they are.
 */
export async function likeForLikeTotals(
  db: Kysely<DB>,
  regionId: string,
  years: readonly number[],
  pluginIds: readonly string[],
): Promise<AggRow[]> {
  if (pluginIds.length === 0 || years.length === 0) return [];
  const { rows } = await sql<AggRow>`with towns as (
      select c.descendant_id as org_id
      from org_unit_closure c join org_unit o on o.id = c.descendant_id
      where c.ancestor_id = ${regionId} and o.kind in ('township', 'street')
    ),
    m as (
      select r.org_unit_id as org_id, y.year, p.plugin_id || '.' || p.metric_key as key,
        p.sum, p.num, p.den, p.max, p.min, p.n, p.lb
      from towns t
      join report r on r.org_unit_id = t.org_id
      join report_year y on y.id = r.report_year_id and y.year in (${sql.join(years)})
      join section_metric_partial p on p.report_id = r.id and p.plugin_id in (${sql.join(pluginIds)})
      where p.n > 0
    ),
    comparable as (
      select org_id, key from m group by org_id, key having count(distinct year) = ${years.length}
    )
    select null::uuid as child_id, m.year, m.key,
      sum(m.sum) as sum, sum(m.num) as num, sum(m.den) as den, max(m.max) as max, min(m.min) as min,
      coalesce(sum(m.n), 0)::int as n, bool_or(m.lb) as lb
    from m join comparable c on c.org_id = m.org_id and c.key = m.key
    group by m.year, m.key`.execute(db);
  return rows;
}
