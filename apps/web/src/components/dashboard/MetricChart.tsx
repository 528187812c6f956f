import { Paper } from "@mantine/core";
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { MetricColumnView } from "../../lib/dashboard.ts";

export interface ChartRow {
  name: string;
  [series: string]: string | number | null;
}

const COLORS = ["var(--mantine-color-gray-5)", "var(--mantine-color-red-7)", "var(--mantine-color-blue-6)"];

/** Bars of one metric across townships (or counties), one series per year, with the target as a line. */
export function MetricChart({ rows, series, column }: { rows: ChartRow[]; series: string[]; column: MetricColumnView }) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid="metric-chart">
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
          <YAxis tick={{ fontSize: 12 }} unit={column.aggregate === "rate" ? "%" : ""} />
          <Tooltip formatter={(v) => (typeof v === "number" ? `${Number(v.toFixed(1))}${column.unit}` : String(v ?? "—"))} />
          <Legend />
          {column.target !== null ? <ReferenceLine y={column.target} stroke="var(--mantine-color-red-5)" strokeDasharray="4 4" /> : null}
          {series.map((s, i) => (
            <Bar key={s} dataKey={s} fill={COLORS[(i + (series.length === 1 ? 1 : 0)) % COLORS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Paper>
  );
}
