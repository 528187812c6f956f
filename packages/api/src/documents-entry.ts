/**
 * `@nianbao/api/documents`: what the command line needs to render and export reports, without the router,
 * authentication, mail, import or password checks that the rest of the API loads (`nianbao render` of one
 * report starts in under a second: `pnpm bench cli`).
 */
export {
  CONTENT_TYPES,
  FILE_FORMATS,
  renderReportFile,
  reportsOfYear,
  type FileFormat,
  type PdfWriter,
  type ReportFile,
} from "./services/documents.ts";
export { findReportByNames } from "./services/lookup.ts";
export type { SectionLookup } from "./trpc.ts";
