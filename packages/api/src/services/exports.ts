import type { DB, Kysely } from "@nianbao/db";
import { t, type Locale } from "@nianbao/sdk";
import writeXlsxFile from "write-excel-file/node";
import { z } from "zod";
import type { SectionLookup } from "../trpc.ts";
import { completeness, type Completeness } from "./dashboard.ts";
import { cellKey, metricsTable, type MetricsTable } from "./metrics-table.ts";

// The one table builder behind every spreadsheet: the web app's downloads (through exportDashboard, the one
// function the server's download route calls) and `nianbao metrics` both use it.

export type Cell = string | number | null;
export type Grid = Cell[][];

/** A grid with what a spreadsheet shows beyond the values: header rows and the cells below target. */
export interface Sheet {
  rows: Grid;
  headerRows: number;
  /** `[row, column]` of every figure below the year's target (highlighted in XLSX). */
  misses: Array<[number, number]>;
}

const L = {
  org: { "zh-CN": "单位", en: "Unit" },
  total: { "zh-CN": "合计", en: "Total" },
  expected: { "zh-CN": "应报", en: "Expected" },
  started: { "zh-CN": "已开始", en: "Started" },
  submitted: { "zh-CN": "已提交", en: "Submitted" },
  approved: { "zh-CN": "已通过", en: "Approved" },
  onTime: { "zh-CN": "按时提交", en: "On time" },
  rate: { "zh-CN": "按时率（%）", en: "On-time rate (%)" },
  target: { "zh-CN": "目标", en: "Target" },
  numerator: { "zh-CN": "分子", en: "numerator" },
  denominator: { "zh-CN": "分母", en: "denominator" },
  lowerBound: { "zh-CN": "为下限（余/超/达）", en: "lower bound (余/超/达)" },
  yes: { "zh-CN": "是", en: "yes" },
  stated: { "zh-CN": "仅填报百分比", en: "percentage only" },
} as const;

/** A percentage as a number rounded to one decimal, as reports print it (83.3); null for 0/0. */
const percent = (n: number | null, d: number | null): number | null =>
  n !== null && d !== null && d > 0 ? Math.round((n / d) * 1000) / 10 : null;

type Part = "value" | "numerator" | "denominator" | "lowerBound" | "stated";

/**
 * The metrics table as a spreadsheet whose figures are numbers analysts can compute with: a header row of
 * section headings and one of metric labels with their units, one row per township (or county), the total,
 * and the year's targets. A rate takes three columns (the percentage, its numerator and its denominator; 0/0
 * leaves the percentage empty); a metric that some township gave as a lower bound ("1500余") gets a column
 * marking those rows. Figures below target are listed in `misses` (highlighted in XLSX).
 */
export function metricsSheet(table: MetricsTable, locale: Locale = "zh-CN"): Sheet {
  const lines = [
    ...table.rows.map((r) => ({ name: r.org.name, cells: r.cells })),
    { name: t(L.total, locale), cells: table.total },
  ];
  const columns = table.groups.flatMap((group) =>
    group.metrics.flatMap((m) => {
      const key = cellKey(m.pluginId, m.key);
      const label = t(m.label, locale);
      const parts: Array<{ part: Part; title: string }> =
        m.aggregate === "rate"
          ? [
              { part: "value", title: `${label}（%）` },
              { part: "numerator", title: `${label}（${t(L.numerator, locale)}）` },
              { part: "denominator", title: `${label}（${t(L.denominator, locale)}）` },
            ]
          : [{ part: "value", title: `${label}（${m.unit}）` }];
      if (m.aggregate !== "rate" && lines.some((l) => l.cells[key]?.lowerBound))
        parts.push({ part: "lowerBound", title: `${label}（${t(L.lowerBound, locale)}）` });
      // Rates some township gave only as a stated percentage: which rows did (the total: how many), never counts.
      if (m.aggregate === "rate" && lines.some((l) => (l.cells[key]?.statedOnly ?? 0) > 0))
        parts.push({ part: "stated", title: `${label}（${t(L.stated, locale)}）` });
      return parts.map((p) => ({ ...p, group, m, key }));
    }),
  );
  const header1: Cell[] = [
    `${table.region.name} ${table.year}`,
    ...columns.map(({ group }) => group.heading),
  ];
  const header2: Cell[] = [t(L.org, locale), ...columns.map((c) => c.title)];
  const misses: Array<[number, number]> = [];
  const rows = lines.map((line, i): Cell[] => [
    line.name,
    ...columns.map(({ part, m, key }, j) => {
      const c = line.cells[key];
      if (!c) return null;
      if (part === "value" && c.miss) misses.push([i + 2, j + 1]);
      switch (part) {
        case "numerator":
          return c.numerator;
        case "denominator":
          return c.denominator;
        case "lowerBound":
          return c.lowerBound ? t(L.yes, locale) : null;
        case "stated":
          return c.stated ? t(L.yes, locale) : c.statedOnly > 0 ? c.statedOnly : null;
        default:
          if (m.aggregate !== "rate") return c.value;
          return c.stated ? c.value : percent(c.numerator, c.denominator);
      }
    }),
  ]);
  const targets: Cell[] = [
    t(L.target, locale),
    ...columns.map(({ part, m }) => (part === "value" ? m.target : null)),
  ];
  return { rows: [header1, header2, ...rows, targets], headerRows: 2, misses };
}

/** The metrics table's cells (see metricsSheet). */
export function metricsGrid(table: MetricsTable, locale: Locale = "zh-CN"): Grid {
  return metricsSheet(table, locale).rows;
}

/** Completeness and timeliness as rows of cells: one row per township (or county) and the total. */
export function completenessGrid(c: Completeness, locale: Locale = "zh-CN"): Grid {
  const header: Cell[] = [
    t(L.org, locale),
    ...(["expected", "started", "submitted", "approved", "onTime", "rate"] as const).map((k) =>
      t(L[k], locale),
    ),
  ];
  const line = (name: string, r: Completeness["overall"]): Cell[] => [
    name,
    r.expected,
    r.started,
    r.submitted,
    r.approved,
    r.onTime,
    percent(r.onTime, r.expected),
  ];
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

/**
 * An XLSX workbook of one sheet: numbers stay numbers (type Number), the first `headerRows` rows are bold
 * and stay in view, figures below target are highlighted.
 */
export async function toXlsx(
  grid: Grid,
  sheet: string,
  headerRows = 1,
  misses: Sheet["misses"] = [],
): Promise<Buffer> {
  const missed = new Set(misses.map(([r, c]) => `${r}:${c}`));
  const data = grid.map((row, i) =>
    row.map((v, j) => {
      if (v === null) return null;
      const style = {
        ...(i < headerRows ? { fontWeight: "bold" as const } : {}),
        ...(missed.has(`${i}:${j}`) ? { backgroundColor: "#FDE2E1" } : {}),
      };
      return typeof v === "number"
        ? { value: v, type: Number, ...style }
        : { value: v, type: String, ...style };
    }),
  );
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
export async function exportDashboard(
  db: Kysely<DB>,
  sections: SectionLookup,
  raw: ExportInput,
): Promise<ExportFile> {
  const input = exportInput.parse(raw);
  let sheet: Sheet;
  let name: string;
  if (input.kind === "metrics") {
    const table = await metricsTable(db, sections, input);
    sheet = metricsSheet(table, input.locale);
    name = `${table.region.name}-${input.year}-${input.locale === "en" ? "metrics" : "数据汇总"}`;
  } else {
    const c = await completeness(db, sections, input);
    sheet = { rows: completenessGrid(c, input.locale), headerRows: 1, misses: [] };
    name = `${c.region.name}-${input.year}-${input.locale === "en" ? "completeness" : "报送情况"}`;
  }
  if (input.format === "csv")
    return {
      filename: `${name}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: Buffer.from(toCsv(sheet.rows), "utf8"),
    };
  const sheetName =
    input.kind === "metrics"
      ? input.locale === "en"
        ? "Metrics"
        : "数据汇总"
      : input.locale === "en"
        ? "Completeness"
        : "报送情况";
  return {
    filename: `${name}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: await toXlsx(sheet.rows, sheetName, sheet.headerRows, sheet.misses),
  };
}
