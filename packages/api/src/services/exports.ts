import type { DB, Kysely } from "@nianbao/db";
import { formatMetricCell, t, type Locale } from "@nianbao/sdk";
import writeXlsxFile from "write-excel-file/node";
import { z } from "zod";
import type { SectionLookup } from "../trpc.ts";
import { cellKey, completeness, metricsTable, type Completeness, type MetricsTable } from "./dashboard.ts";

// The one table builder behind every spreadsheet: the web app's downloads (through exportDashboard, the one
// function the server's download route calls) and `nianbao metrics` both use it.

export type Cell = string | number | null;
export type Grid = Cell[][];

const L = {
  org: { "zh-CN": "单位", en: "Unit" },
  total: { "zh-CN": "合计", en: "Total" },
  expected: { "zh-CN": "应报", en: "Expected" },
  started: { "zh-CN": "已开始", en: "Started" },
  submitted: { "zh-CN": "已提交", en: "Submitted" },
  approved: { "zh-CN": "已通过", en: "Approved" },
  onTime: { "zh-CN": "按时提交", en: "On time" },
  rate: { "zh-CN": "按时率", en: "On-time rate" },
  target: { "zh-CN": "目标", en: "Target" },
  miss: { "zh-CN": "（未达目标）", en: " (below target)" },
} as const;

/**
 * The metrics table as rows of cells: a header row of section headings, a header row of metric labels
 * with units, one row per township (or county), the total, and the year's targets. Values read the way
 * reports print them (1500余, 83.3%, 无 for 0/0); a miss is marked in words so it survives any format.
 */
export function metricsGrid(table: MetricsTable, locale: Locale = "zh-CN"): Grid {
  const columns = table.groups.flatMap((g) => g.metrics.map((m) => ({ group: g, m })));
  const header1: Cell[] = [`${table.region.name} ${table.year}`, ...columns.map(({ group }) => group.heading)];
  const header2: Cell[] = [t(L.org, locale), ...columns.map(({ m }) => `${t(m.label, locale)}（${m.unit}）`)];
  const line = (name: string, cells: MetricsTable["total"]): Cell[] => [
    name,
    ...columns.map(({ m }) => {
      const c = cells[cellKey(m.pluginId, m.key)]!;
      return formatMetricCell(c, m.aggregate, locale, c.miss ? t(L.miss, locale) : "");
    }),
  ];
  const targets: Cell[] = [t(L.target, locale), ...columns.map(({ m }) => (m.target === null ? null : m.aggregate === "rate" ? `${m.target}%` : m.target))];
  return [header1, header2, ...table.rows.map((r) => line(r.org.name, r.cells)), line(t(L.total, locale), table.total), targets];
}

const pct = (n: number, d: number): string | null => (d > 0 ? `${Number(((n / d) * 100).toFixed(1))}%` : null);

/** Completeness and timeliness as rows of cells: one row per township (or county) and the total. */
export function completenessGrid(c: Completeness, locale: Locale = "zh-CN"): Grid {
  const header: Cell[] = [t(L.org, locale), ...(["expected", "started", "submitted", "approved", "onTime", "rate"] as const).map((k) => t(L[k], locale))];
  const line = (name: string, r: Completeness["overall"]): Cell[] => [name, r.expected, r.started, r.submitted, r.approved, r.onTime, pct(r.onTime, r.expected)];
  return [header, ...c.rows.map((r) => line(r.org.name, r)), line(t(L.total, locale), c.overall)];
}

/** RFC 4180 CSV with a BOM, so that Excel opens the Chinese text as UTF-8. */
export function toCsv(grid: Grid): string {
  const quote = (v: Cell) => {
    if (v === null) return "";
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `\uFEFF${grid.map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}

/** An XLSX workbook of one sheet; the first `headerRows` rows are bold and stay in view. */
export async function toXlsx(grid: Grid, sheet: string, headerRows = 1): Promise<Buffer> {
  const data = grid.map((row, i) => row.map((v) => (v === null ? null : { value: v, ...(i < headerRows ? { fontWeight: "bold" as const } : {}) })));
  return writeXlsxFile(data, { sheet, stickyRowsCount: headerRows }).toBuffer();
}

export const exportInput = z.object({
  kind: z.enum(["metrics", "completeness"]),
  format: z.enum(["csv", "xlsx"]),
  regionId: z.uuid({ error: "地区编号格式不正确" }),
  year: z.coerce.number().int().min(2000).max(2100),
  pluginId: z.string().min(1).max(64).optional(),
  locale: z.enum(["zh-CN", "en"]).default("zh-CN"),
});
export type ExportInput = z.input<typeof exportInput>;

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/**
 * The dashboard's spreadsheets: the metrics table or completeness of a region for a year, as CSV or XLSX.
 * The one function every download goes through (the access rule "administrator/reviewer of this region"
 * guards it by `regionId`).
 */
export async function exportDashboard(db: Kysely<DB>, sections: SectionLookup, raw: ExportInput): Promise<ExportFile> {
  const input = exportInput.parse(raw);
  let grid: Grid;
  let name: string;
  if (input.kind === "metrics") {
    const table = await metricsTable(db, sections, input);
    grid = metricsGrid(table, input.locale);
    name = `${table.region.name}-${input.year}-${input.locale === "en" ? "metrics" : "数据汇总"}`;
  } else {
    const c = await completeness(db, sections, input);
    grid = completenessGrid(c, input.locale);
    name = `${c.region.name}-${input.year}-${input.locale === "en" ? "completeness" : "报送情况"}`;
  }
  if (input.format === "csv") return { filename: `${name}.csv`, contentType: "text/csv; charset=utf-8", body: Buffer.from(toCsv(grid), "utf8") };
  return {
    filename: `${name}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: await toXlsx(grid, input.kind === "metrics" ? (input.locale === "en" ? "Metrics" : "数据汇总") : input.locale === "en" ? "Completeness" : "报送情况", input.kind === "metrics" ? 2 : 1),
  };
}
