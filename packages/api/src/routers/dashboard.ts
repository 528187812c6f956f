import { z } from "zod";
import { completeness, dashboardFilters, metricsTable, metricsTrend, townshipMetrics } from "../services/dashboard.ts";
import { publicProcedure, router } from "../trpc.ts";
import { id } from "./inputs.ts";

// Who may call these: administrators and reviewers of the region (`regionId`) or of the township's region
// (`orgId`); a township's editors may read `township` for their own township. Every input names the org
// unit the rule checks (issue 5 adds the rule).

const year = z.number().int().min(2000).max(2100);
const scoped = z.object({ regionId: id, year });

export const dashboardRouter = router({
  /** Regions and years to choose from. */
  filters: publicProcedure.query(({ ctx }) => dashboardFilters(ctx.db)),
  /** Expected, started, submitted, approved and on-time reports: overall, per row (child unit) and per section. */
  completeness: publicProcedure.input(scoped).query(({ ctx, input }) => completeness(ctx.db, ctx.sections, input)),
  /** Metrics aggregated per row and in total, with the year's targets; optionally one section's plugin only. */
  metrics: publicProcedure
    .input(scoped.extend({ pluginId: z.string().min(1).max(64).optional() }))
    .query(({ ctx, input }) => metricsTable(ctx.db, ctx.sections, input)),
  /** A region's or a township's totals for several years (year-over-year). */
  trend: publicProcedure
    .input(z.object({ orgId: id, years: z.array(year).min(1).max(10) }))
    .query(({ ctx, input }) => metricsTrend(ctx.db, ctx.sections, input)),
  /** A township's metrics with last year's and its county's beside them. */
  township: publicProcedure.input(z.object({ orgId: id, year })).query(({ ctx, input }) => townshipMetrics(ctx.db, ctx.sections, input)),
});
