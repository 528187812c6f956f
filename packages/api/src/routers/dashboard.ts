import { z } from "zod";
import { completeness } from "../services/dashboard.ts";
import { dashboardFilters, metricsTable } from "../services/metrics-table.ts";
import { metricsTrend, townshipMetrics } from "../services/trend.ts";
import { orgsInScope } from "../services/access.ts";
import { router, scopedProcedure, signedInProcedure } from "../trpc.ts";
import { id } from "./inputs.ts";

// Who may call these: whoever may read the region (`regionId`: its administrators, reviewers and viewers, or
// theirs above it) or the org unit (`orgId`: a township's own editors too, for `township` and `trend`).
const regionRead = scopedProcedure("region", "read", "regionId");
const orgRead = scopedProcedure("org", "read", "orgId");

const year = z.number().int().min(2000).max(2100);
const scoped = z.object({ regionId: id, year });

export const dashboardRouter = router({
  /** Regions and years to choose from. */
  filters: signedInProcedure.query(async ({ ctx }) => {
    const [all, readable] = await Promise.all([
      dashboardFilters(ctx.db),
      orgsInScope(ctx.db, ctx.user, "read"),
    ]);
    return { ...all, regions: all.regions.filter((r) => readable.has(r.id)) };
  }),
  /** Expected, started, submitted, approved and on-time reports: overall, per row (child unit) and per section. */
  completeness: regionRead.input(scoped).query(({ ctx, input }) => completeness(ctx.db, ctx.sections, input)),
  /** Metrics aggregated per row and in total, with the year's targets; optionally one section's plugin only. */
  metrics: regionRead
    .input(scoped.extend({ pluginId: z.string().min(1).max(64).optional() }))
    .query(({ ctx, input }) => metricsTable(ctx.db, ctx.sections, input)),
  /** A region's or a township's totals for several years (year-over-year). */
  trend: orgRead
    .input(z.object({ orgId: id, years: z.array(year).min(1).max(10) }))
    .query(({ ctx, input }) => metricsTrend(ctx.db, ctx.sections, input)),
  /** A township's metrics with last year's and its county's beside them. */
  township: orgRead
    .input(z.object({ orgId: id, year }))
    .query(({ ctx, input }) => townshipMetrics(ctx.db, ctx.sections, input)),
});
