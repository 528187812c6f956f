import { sql, type DB, type Kysely } from "@nianbao/db";
import { migrateData } from "@nianbao/sdk";
import type { SectionLookup } from "../trpc.ts";
import { refreshAllRollups } from "./metrics-table.ts";
import { writeMetrics } from "./section-metrics.ts";

export interface RecomputeResult {
  sections: number;
  metrics: number;
  /** Sections whose plugin is not installed: their stored metrics are left as they were. */
  skipped: number;
}

/**
 * Recompute the stored metrics of every saved section (of one year, or all years) from its data with the
 * installed plugins' current metric definitions — after a plugin's metrics changed. Sections are read in
 * batches by id; each batch is rewritten in one transaction; then the years' rollups are recounted once.
 */
export async function recomputeMetrics(
  db: Kysely<DB>,
  sections: SectionLookup,
  options: { year?: number; batchSize?: number } = {},
): Promise<RecomputeResult> {
  const batchSize = options.batchSize ?? 500;
  const result: RecomputeResult = { sections: 0, metrics: 0, skipped: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    let q = db
      .selectFrom("report_section as s")
      .innerJoin("report as r", "r.id", "s.report_id")
      .innerJoin("report_year as y", "y.id", "r.report_year_id")
      .select([
        "s.id",
        "s.report_id as reportId",
        "s.plugin_id as pluginId",
        "s.plugin_version as pluginVersion",
        "s.data",
        "s.status",
      ])
      .where("s.id", ">", after)
      .orderBy("s.id")
      .limit(batchSize);
    if (options.year !== undefined) q = q.where("y.year", "=", options.year);
    const batch = await q.execute();
    if (batch.length === 0) break;
    await db.transaction().execute(async (trx) => {
      // One recount of the rollups at the end instead of two per section (delete and insert of its metrics).
      await sql`set local nianbao.defer_rollups = on`.execute(trx);
      for (const s of batch) {
        // A section marked 不适用 yields no figures (and one stored by old versions with plugin version 0 has no data).
        if (s.status === "not_applicable" || s.pluginVersion === 0) continue;
        const plugin = sections.get(s.pluginId);
        // No plugin, data filed under a newer version, or no data at all (不适用 before anything was entered).
        if (!plugin || s.pluginVersion > plugin.version || s.pluginVersion < 1) {
          result.skipped += 1;
          continue;
        }
        result.metrics += await writeMetrics(
          trx,
          plugin,
          { id: s.id, reportId: s.reportId },
          migrateData(plugin, s.data, s.pluginVersion),
        );
        result.sections += 1;
      }
    });
    after = batch.at(-1)!.id;
  }
  await refreshAllRollups(db, options.year);
  return result;
}
