import { Paper } from "@mantine/core";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { MetricColumnView } from "../../lib/dashboard.ts";

export interface ChartRow {
  name: string;
  /** This year's figure is below the year's target (its bar is red); false when met or when there is no target. */
  miss: boolean;
  [series: string]: string | number | boolean | null;
}

/** Earlier years grey; this year by the target rule: red below target, green when met, blue with no target. */
export const BAR_COLORS = {
  previous: "var(--mantine-color-gray-5)",
  miss: "var(--mantine-color-red-7)",
  met: "var(--mantine-color-teal-6)",
  noTarget: "var(--mantine-color-blue-6)",
} as const;

export function barColor(row: ChartRow, current: boolean, hasTarget: boolean): string {
  if (!current) return BAR_COLORS.previous;
  if (!hasTarget) return BAR_COLORS.noTarget;
  return row.miss ? BAR_COLORS.miss : BAR_COLORS.met;
}

/**
 * Bars of one metric across townships (or counties), one series per year (the last is this year), with the
 * target as a line; this year's bars are coloured by the target rule.
 */
export function MetricChart({
  rows,
  series,
  column,
}: {
  rows: ChartRow[];
  series: string[];
  column: MetricColumnView;
}) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid="metric-chart">
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
          <YAxis tick={{ fontSize: 12 }} unit={column.aggregate === "rate" ? "%" : ""} />
          <Tooltip
            formatter={(v) =>
              typeof v === "number" ? `${Number(v.toFixed(1))}${column.unit}` : String(v ?? "—")
            }
          />
          <Legend />
          {column.target !== null ? (
            <ReferenceLine y={column.target} stroke="var(--mantine-color-red-5)" strokeDasharray="4 4" />
          ) : null}
          {series.map((s, i) => {
            const current = i === series.length - 1;
            const hasTarget = column.target !== null;
            return (
              <Bar
                key={s}
                dataKey={s}
                fill={current ? (hasTarget ? BAR_COLORS.met : BAR_COLORS.noTarget) : BAR_COLORS.previous}
                isAnimationActive={false}
              >
                {rows.map((row) => (
                  <Cell
                    key={row.name}
                    data-miss={current && row.miss ? "true" : undefined}
                    fill={barColor(row, current, hasTarget)}
                  />
                ))}
              </Bar>
            );
          })}
        </BarChart>
      </ResponsiveContainer>
    </Paper>
  );
}
