/**
 * Report downloads over HTTP (binary, so outside tRPC): GET /api/reports/:reportId/document.:format with
 * format docx | pdf | md | html. Every download goes through `downloadReport`, the one place an access
 * rule guards. The dashboard's spreadsheets: GET /api/exports/dashboard?kind&format&regionId&year[&pluginId]
 * [&locale], through `downloadDashboard`. The audit log as CSV: GET /api/exports/audit-log?<the filters of
 * audit.list> (administrators, their own scope).
 */
import {
  auditLogCsv,
  auditLogFilter,
  httpError,
  orgsInScope,
  exportDashboard,
  exportInput,
  FILE_FORMATS,
  type ExportFile,
  type ExportInput,
  renderReportFile,
  type FileFormat,
  type ReportFile,
  type SectionLookup,
} from "@nianbao/api";
import type { Database } from "@nianbao/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { ChromiumMissingError, type PdfRenderer } from "./pdf.ts";
import type { PdfQueue } from "./pdf-queue.ts";

const params = z.object({
  reportId: z.uuid({ error: "报告编号无效" }),
  format: z.enum(FILE_FORMATS, { error: "格式应为 docx、pdf、md 或 html" }),
});

/** `attachment` with the UTF-8 file name (RFC 6266 / RFC 5987 `filename*`) and an ASCII fallback. */
export function contentDisposition(
  fileName: string,
  disposition: "attachment" | "inline" = "attachment",
): string {
  const ext = /\.[A-Za-z0-9]+$/.exec(fileName)?.[0] ?? "";
  const ascii = fileName
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "")
    .replace(/^\.+/, "")
    .trim();
  const fallback = ascii.length > ext.length ? ascii : `report${ext}`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export interface DownloadDeps {
  database: Database;
  sections: SectionLookup;
  pdf: PdfRenderer;
  /** PDF renders bounded overall and per person (pdf-queue.ts). */
  pdfQueue: PdfQueue;
}

/**
 * The one function every report download goes through; its route checks first that the signed-in person
 * may read the report (`app.requireUser`).
 */
export async function downloadReport(
  deps: DownloadDeps,
  _req: FastifyRequest,
  reportId: string,
  format: FileFormat,
  userId: string,
): Promise<ReportFile> {
  return renderReportFile(deps.database.db, deps.sections, reportId, format, (html) =>
    deps.pdfQueue.render(userId, html),
  );
}

/**
 * The one function every dashboard spreadsheet download goes through (metrics table or completeness of a
 * region for a year, CSV or XLSX); its route checks first that the signed-in person may read the region.
 */
export async function downloadDashboard(
  deps: DownloadDeps,
  _req: FastifyRequest,
  input: ExportInput,
): Promise<ExportFile> {
  return exportDashboard(deps.database.db, deps.sections, input);
}

/**
 * The one mapping of errors to HTTP for these routes (tRPC has its own, in @nianbao/api): a domain error's
 * status, message and reason; an internal fault logged here and answered with a generic message.
 */
export function sendError(app: FastifyInstance, reply: FastifyReply, e: unknown) {
  const mapped = httpError(e);
  if (mapped.internal) app.log.error({ err: e }, "download failed");
  if (mapped.retryAfter !== null) void reply.header("retry-after", String(mapped.retryAfter));
  return reply.code(mapped.status).send(mapped.body);
}

export function registerDownloads(app: FastifyInstance, deps: DownloadDeps): void {
  app.get("/api/exports/dashboard", async (req, reply) => {
    const parsed = exportInput.safeParse(req.query);
    if (!parsed.success)
      return reply.code(400).send({
        error: "导出参数有误：需要 kind、format、regionId 和 year",
        reason: "invalid",
        fieldErrors: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      });
    // Access: the signed-in person must be able to read the region (401/403/404 answered by requireUser).
    if (!(await app.requireUser(req, reply, { orgId: parsed.data.regionId }))) return reply;
    try {
      const file = await downloadDashboard(deps, req, parsed.data);
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", contentDisposition(file.filename))
        .header("cache-control", "no-store")
        .send(file.body);
    } catch (e) {
      return sendError(app, reply, e);
    }
  });

  app.get("/api/exports/audit-log", async (req, reply) => {
    const parsed = auditLogFilter.safeParse(req.query);
    if (!parsed.success) {
      return reply.code(400).send({
        error: parsed.error.issues.map((i) => i.message).join("；"),
        reason: "invalid",
        fieldErrors: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      });
    }
    const user = await app.requireUser(req, reply);
    if (!user) return reply;
    // Access: administrators only, and only the events of the units they administer.
    const scope = [...(await orgsInScope(deps.database.db, user, "administer"))];
    if (scope.length === 0)
      return reply.code(403).send({ error: "仅管理员可导出操作日志", reason: "forbidden" });
    try {
      const file = await auditLogCsv(deps.database.db, scope, parsed.data);
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", contentDisposition(file.filename))
        .header("cache-control", "no-store")
        .send(file.body);
    } catch (e) {
      return sendError(app, reply, e);
    }
  });

  app.get("/api/reports/:reportId/document.:format", async (req, reply) => {
    const parsed = params.safeParse(req.params);
    if (!parsed.success) {
      return reply
        .code(400)
        .send({ error: parsed.error.issues.map((i) => i.message).join("；"), reason: "invalid" });
    }
    // Access: the signed-in person must be able to read the report (401/403/404 answered by requireUser).
    const user = await app.requireUser(req, reply, { reportId: parsed.data.reportId });
    if (!user) return reply;
    const inline = (req.query as { inline?: string }).inline === "1";
    try {
      const file = await downloadReport(deps, req, parsed.data.reportId, parsed.data.format, user.id);
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", contentDisposition(file.fileName, inline ? "inline" : "attachment"))
        .header("cache-control", "no-store")
        .send(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
    } catch (e) {
      if (e instanceof ChromiumMissingError)
        return reply.code(503).send({ error: e.message, reason: "unavailable" });
      return sendError(app, reply, e);
    }
  });
}
