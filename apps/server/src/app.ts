import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import { appRouter, exportDashboard, exportInput, type AppRouter, type Context } from "@nianbao/api";
import { sql, type Database } from "@nianbao/db";
import { sections } from "@nianbao/sections";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance } from "fastify";

export interface ServerOptions {
  database: Database;
  /** The built web app (apps/web/dist); absent or missing: the API runs and / explains how to build. */
  webDist?: string;
  logLevel?: string;
}

export async function buildServer({ database, webDist, logLevel = "info" }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: logLevel }, bodyLimit: 5 * 1024 * 1024 });

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

  // The dashboard's spreadsheets (metrics table, completeness) as CSV or XLSX. Everything goes through
  // exportDashboard, the one function the access rule for dashboards guards (by regionId).
  app.get("/exports/dashboard", async (req, reply) => {
    const parsed = exportInput.safeParse(req.query);
    if (!parsed.success) return reply.code(400).type("text/plain; charset=utf-8").send("导出参数有误：需要 kind、format、regionId 和 year");
    try {
      const file = await exportDashboard(database.db, sections, parsed.data);
      return reply
        .type(file.contentType)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .send(file.body);
    } catch (e) {
      if (e instanceof Error && "code" in e && e.code === "NOT_FOUND") return reply.code(404).type("text/plain; charset=utf-8").send(e.message);
      throw e;
    }
  });

  const hasWeb = webDist && existsSync(join(webDist, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ["index.html"] });
  }
  // The single-page app answers every other GET with its index.html (client-side routes).
  app.setNotFoundHandler((req, reply) => {
    if (req.method !== "GET" || req.url.startsWith("/trpc")) {
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
