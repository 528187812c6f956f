import type { DB, Kysely } from "@nianbao/db";
import type { Aggregate } from "@nianbao/sdk";
import type { SectionLookup } from "../trpc.ts";
import { isTownship, region, yearSections, type OrgRef } from "./dashboard.ts";
import {
  aggregate,
  cellKey,
  cellsBy,
  columnGroups,
  toCell,
  type ColumnGroup,
  type MetricCell,
  type MetricColumn,
} from "./metrics-table.ts";
import { likeForLikeTotals } from "./like-for-like.ts";

// Year over year: a region's (or a township's) figures across years, and a township's own view with its
// county beside it. The aggregation itself is the dashboard's (dashboard.ts).

export interface TrendPoint {
  year: number;
  cells: Record<string, MetricCell>;
}

export interface MetricsTrend {
  org: OrgRef;
  years: number[];
  /**
   * For a region compared over several years: each metric's totals count only the townships that gave it in
   * every year (a cell's `reporting` says how many); false for a township's own figures or a single year.
   */
  likeForLike: boolean;
  groups: ColumnGroup[];
  points: TrendPoint[];
}

/**
 * A region's (or one township's) totals for several years, per metric — for the year-over-year comparison.
 * Columns are those of the latest year's outline; a metric is matched across years by plugin and key. A
 * region's comparison is like for like (likeForLikeTotals).
 */
export async function metricsTrend(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: { orgId: string; years: number[] },
): Promise<MetricsTrend> {
  const org = await region(db, input.orgId);
  const years = [...new Set(input.years)].sort((a, b) => a - b);
  const latest = years.at(-1)!;
  const ys = await yearSections(db, input.orgId, latest);
  const groups = columnGroups(ys.sections, sections);
  const township = isTownship(org.kind);
  const likeForLike = !township && years.length > 1;
  const pluginIds = groups.map((g) => g.pluginId);
  const rows = likeForLike
    ? await likeForLikeTotals(db, input.orgId, years, pluginIds)
    : await aggregate(db, input.orgId, years, pluginIds, false);
  const cellsOf = cellsBy(groups, rows, (r) => r.year);
  return {
    org: { id: org.id, name: org.name, kind: org.kind },
    years,
    likeForLike,
    groups,
    points: years.map((year) => ({
      year,
      cells: cellsOf(year, !township),
    })),
  };
}

/** A change from last year large enough to ask about: more than half up or down (and at least 5 units), or from/to nothing. */
export function isLargeJump(previous: number | null, current: number | null, aggregate: Aggregate): boolean {
  if (previous === null || current === null) return false;
  if (aggregate === "rate") return Math.abs(current - previous) >= 20;
  if (Math.abs(current - previous) < 5) return false;
  if (previous === 0) return current !== 0;
  return Math.abs(current - previous) / Math.abs(previous) > 0.5;
}

export interface TownshipMetricLine {
  column: MetricColumn;
  group: string;
  current: MetricCell;
  previous: MetricCell;
  /** The township's county (or city): its total this year. */
  region: MetricCell;
  jump: boolean;
}

/** A township's own metrics this year, last year's and its county's beside them, with large jumps flagged. */
export async function townshipMetrics(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: { orgId: string; year: number },
) {
  const org = await region(db, input.orgId);
  const trend = await metricsTrend(db, sections, { orgId: input.orgId, years: [input.year - 1, input.year] });
  const parent = org.parentId
    ? await metricsTrend(db, sections, { orgId: org.parentId, years: [input.year] })
    : null;
  const [previous, current] = trend.points;
  const reports = await db
    .selectFrom("report as r")
    .innerJoin("report_year as y", "y.id", "r.report_year_id")
    .select(["r.id", "y.year", "r.status"])
    .where("r.org_unit_id", "=", input.orgId)
    .where("y.year", "in", [input.year - 1, input.year])
    .execute();
  const lines: TownshipMetricLine[] = trend.groups.flatMap((g) =>
    g.metrics.map((column) => {
      const k = cellKey(column.pluginId, column.key);
      const cur = current!.cells[k]!;
      const prev = previous!.cells[k]!;
      return {
        column,
        group: g.heading,
        current: cur,
        previous: prev,
        region: parent?.points[0]?.cells[k] ?? toCell(undefined, column, true),
        jump: isLargeJump(prev.value, cur.value, column.aggregate),
      };
    }),
  );
  return {
    org: { id: org.id, name: org.name, kind: org.kind },
    parent: parent?.org ?? null,
    year: input.year,
    reportId: reports.find((r) => r.year === input.year)?.id ?? null,
    previousReportId: reports.find((r) => r.year === input.year - 1)?.id ?? null,
    status: reports.find((r) => r.year === input.year)?.status ?? null,
    lines,
  };
}
