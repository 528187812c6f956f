export { appRouter, createCaller, type AppRouter } from "./root.ts";
export type { Access, Context, FieldError, Meta, SectionLookup } from "./trpc.ts";
export { MUST_CHANGE_PASSWORD_MESSAGE, unavailableError } from "./trpc.ts";
export {
  adminProcedure,
  openProcedure,
  reportEditProcedure,
  reportReadProcedure,
  reportReviewProcedure,
  router,
  scopedProcedure,
  signedInProcedure,
} from "./trpc.ts";
export { allowed, canOnOrg, orgsInScope, type Action, type Scope } from "./services/access.ts";
export {
  authSecret,
  buildAuth,
  CLIENT_IP_HEADER,
  createAccount,
  loadSessionUser,
  sessionOf,
  sessionUser,
  setAccountPassword,
  type Auth,
  type AuthOptions,
  type SessionUser,
} from "./auth.ts";
export { audit, type AuditInput } from "./services/audit.ts";
export { auditLogCsv, auditLogFilter } from "./services/audit-log.ts";
export { saveSection, type SaveSectionInput, type SaveSectionResult } from "./services/sections.ts";
export { getSection } from "./services/section-reads.ts";
export { inReportTransaction, inTransaction, lockSection, putSection } from "./services/write-path.ts";
export { DomainError, httpError, asDomainError, type ErrorReason, type ConflictDetail } from "./errors.ts";
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
export { composePublicReport, publishedReports } from "./services/publication.ts";
export {
  exportDashboard,
  exportInput,
  metricsGrid,
  completenessGrid,
  toCsv,
  toXlsx,
  type ExportFile,
  type ExportInput,
} from "./services/exports.ts";
export { completeness, type Completeness } from "./services/dashboard.ts";
export { metricsTable, type MetricsTable } from "./services/metrics-table.ts";
export { metricsTrend } from "./services/trend.ts";
export { recomputeMetrics, type RecomputeResult } from "./services/recompute.ts";
export {
  DEMO_ACCOUNTS,
  demoAccountsPresent,
  seedDemo,
  type DemoAccount,
  type SeedResult,
} from "./services/demo.ts";
export { seedDemoOnce } from "./services/demo-once.ts";
export { publishYear } from "./services/years.ts";
export { exportYear, importYear, findYearByNumber, findRegion } from "./services/year-files.ts";
export {
  DEFAULT_LIMITS,
  normalizeUsername,
  recordSignInFailure,
  recordSignInSuccess,
  signInWait,
  type ThrottleLimits,
} from "./services/sign-in-throttle.ts";
export { createMailer, type Mailer, type MailConfig, type MailMessage } from "./services/mail.ts";
export { previewImport, acceptImport, type AcceptResult } from "./services/report-import.ts";
export { importFile, type BulkFile, type BulkOptions, type BulkOutcome } from "./services/bulk-import.ts";
