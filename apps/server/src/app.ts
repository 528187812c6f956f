import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import { appRouter, type AppRouter, type Context } from "@nianbao/api";
import { sql, type Database } from "@nianbao/db";
import { sections } from "@nianbao/sections";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance } from "fastify";
import { registerDownloads } from "./downloads.ts";
import { lazyPdfRenderer, type PdfRenderer } from "./pdf.ts";

export { CHROMIUM_FLAGS, chromiumPath } from "./pdf.ts";

export interface ServerOptions {
  database: Database;
  /** The built web app (apps/web/dist); absent or missing: the API runs and / explains how to build. */
  webDist?: string;
  logLevel?: string;
  /** PDF writer (default: the system Chromium, started on the first PDF and closed with the server). */
  pdf?: PdfRenderer;
}

export async function buildServer({ database, webDist, logLevel = "info", pdf = lazyPdfRenderer() }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: logLevel }, bodyLimit: 5 * 1024 * 1024 });
  app.addHook("onClose", async () => pdf.close());

  app.get("/healthz", async (_req, reply) => {
    try {
      await sql`select 1`.execute(database.db);
      return { status: "ok", engine: database.engine };
    } catch (e) {
      reply.code(503);
      return { status: "error", engine: database.engine, message: String(e) };
    }
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: (): Context => ({ db: database.db, sections }),
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ path, err: error }, "tRPC error");
      },
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);

  registerDownloads(app, { database, sections, pdf });

  const hasWeb = webDist && existsSync(join(webDist, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ["index.html"] });
  }
  // The single-page app answers every other GET with its index.html (client-side routes).
  app.setNotFoundHandler((req, reply) => {
    if (req.method !== "GET" || req.url.startsWith("/trpc") || req.url.startsWith("/api/")) {
      return reply.code(404).send({ error: "Not Found" });
    }
    if (!hasWeb) {
      return reply
        .code(503)
        .type("text/plain; charset=utf-8")
        .send("前端尚未构建：请在仓库根目录运行 `npm start`（或 `pnpm build` 后重启）。\nThe web app is not built: run `npm start` (or `pnpm build`) in the repository root.");
    }
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });

  return app;
}
