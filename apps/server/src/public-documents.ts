/**
 * The published reports, signed out: GET /api/public/reports/:reportId/document.html|pdf. Only a report an
 * administrator published after its secrecy review (and still approved) answers; anything else is 404, the
 * same answer as an unknown id, so nothing unpublished is reachable or even confirmed to exist. Withheld
 * passages print as ××× (`composePublicReport`).
 */
import { composePublicReport, writeReportFile, type SectionLookup } from "@nianbao/api";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { contentDisposition, sendError, type DownloadDeps } from "./downloads.ts";
import { ChromiumMissingError } from "./pdf.ts";

const params = z.object({
  reportId: z.uuid({ error: "报告编号无效" }),
  format: z.enum(["html", "pdf"], { error: "格式应为 html 或 pdf" }),
});

export function registerPublicDocuments(
  app: FastifyInstance,
  deps: DownloadDeps & { sections: SectionLookup },
): void {
  app.get("/api/public/reports/:reportId/document.:format", async (req, reply) => {
    const parsed = params.safeParse(req.params);
    if (!parsed.success) return reply.code(404).send({ error: "找不到该公开报告", reason: "not_found" });
    try {
      const { doc, orgName, year } = await composePublicReport(
        deps.database.db,
        deps.sections,
        parsed.data.reportId,
      );
      const file = await writeReportFile(doc, { orgName, year }, parsed.data.format, (html) =>
        deps.pdfQueue.render(`public:${req.ip}`, html),
      );
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", contentDisposition(file.fileName, "inline"))
        .header("cache-control", "public, max-age=300")
        .send(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
    } catch (e) {
      if (e instanceof ChromiumMissingError)
        return reply.code(503).send({ error: e.message, reason: "unavailable" });
      return sendError(app, reply, e);
    }
  });
}
