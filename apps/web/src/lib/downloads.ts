/** The server's download URL of a report in a format (GET /api/reports/:reportId/document.:format). */
export const DOWNLOAD_FORMATS = ["docx", "pdf", "md", "html"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export function downloadUrl(reportId: string, format: DownloadFormat): string {
  return `/api/reports/${encodeURIComponent(reportId)}/document.${format}`;
}

export function printViewPath(reportId: string): string {
  return `/reports/${encodeURIComponent(reportId)}/print`;
}
