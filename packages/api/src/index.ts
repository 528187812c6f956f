export { appRouter, createCaller, type AppRouter } from "./root.ts";
export type { Context, FieldError, SectionLookup } from "./trpc.ts";
export { saveSection, getSection } from "./services/sections.ts";
export {
  composeStoredReport,
  composeStoredReportWithNames,
  CONTENT_TYPES,
  FILE_FORMATS,
  renderReportFile,
  reportsOfYear,
  writeDocument,
  writeReportFile,
  type DocumentFormat,
  type FileFormat,
  type PdfWriter,
  type ReportFile,
} from "./services/documents.ts";
export { findReportByNames } from "./services/lookup.ts";
export { seedDemo, type SeedResult } from "./services/demo.ts";
export { exportDashboard, exportInput, metricsGrid, completenessGrid, toCsv, toXlsx, type ExportFile, type ExportInput } from "./services/exports.ts";
export { metricsTable, completeness, metricsTrend, type MetricsTable, type Completeness } from "./services/dashboard.ts";
export { recomputeMetrics, type RecomputeResult } from "./services/recompute.ts";
export { exportYear, importYear, publishYear, findYearByNumber, findRegion } from "./services/years.ts";
