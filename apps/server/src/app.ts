import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import {
  appRouter,
  authSecret,
  buildAuth,
  canOnOrg,
  CLIENT_IP_HEADER,
  DEFAULT_LIMITS,
  httpError,
  MUST_CHANGE_PASSWORD_MESSAGE,
  sessionOf,
  unavailableError,
  type Action,
  type AppRouter,
  type Auth,
  type AuthOptions,
  type Context,
  type SessionUser,
  type Mailer,
} from "@nianbao/api";
import { sql, type Database } from "@nianbao/db";
import { sections } from "@nianbao/sections";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { handleAuthRequest } from "./auth-route.ts";
import { registerDownloads } from "./downloads.ts";
import { registerPublicDocuments } from "./public-documents.ts";
import { registerSecurityHeaders, type SecureHeadersOptions } from "./security-headers.ts";
import { lazyPdfRenderer, type PdfRenderer } from "./pdf.ts";
import { pdfQueue, type PdfQueueOptions } from "./pdf-queue.ts";

export { CHROMIUM_FLAGS, chromiumPath } from "./pdf.ts";

export interface ServerOptions {
  database: Database;
  /** The built web app (apps/web/dist); absent or missing: the API runs and / explains how to build. */
  webDist?: string;
  logLevel?: string;
  /** Accounts: session secret (default: generated once, kept in the database), sign-in rate limit, secure cookies. */
  auth?: AuthOptions;
  /** PDF writer (default: the system Chromium, started on the first PDF and closed with the server). */
  pdf?: PdfRenderer;
  /** How many PDF renders may run or wait, overall and per person (pdf-queue.ts). */
  pdfLimits?: PdfQueueOptions;
  /** The reverse proxy's address(es), trusted for X-Forwarded-For / -Proto (Fastify's trustProxy). */
  trustProxy?: string;
  /** Security headers (CSP and the rest always; HSTS when served over HTTPS). */
  secureHeaders?: SecureHeadersOptions;
  /** Notification e-mail (SMTP_URL and MAIL_FROM); absent: in-app notifications only. */
  mailer?: Mailer;
}

/**
 * Largest request body accepted: a plugin upload (ledger file, at most MAX_UPLOAD_BYTES = 2 MB) arrives as
 * base64 in JSON (~2.7 MB); a section's data is far smaller. Larger requests get 413 with a clear message.
 */
export const BODY_LIMIT = 4 * 1024 * 1024;

/** What a 503 for an unavailable database asks the client to wait before trying again. */
const RETRY_AFTER_SECONDS = "2";

/** The request's headers as a fetch Headers, with the client address set by us (for better-auth's rate limit). */
export function requestHeaders(req: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined || k === CLIENT_IP_HEADER) continue;
    headers.set(k, Array.isArray(v) ? v.join(", ") : v);
  }
  headers.set(CLIENT_IP_HEADER, req.ip);
  return headers;
}

/** A state-changing request from another site (by Origin, or by Fetch Metadata): refused everywhere. */
function crossSite(req: FastifyRequest): boolean {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return false;
  if (req.headers["sec-fetch-site"] === "cross-site") return true;
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/** What an HTTP route acts on: a report, or an org unit (e.g. the region of a dashboard export). */
export type AccessTarget = { reportId: string; action?: Action } | { orgId: string; action?: Action };

declare module "fastify" {
  interface FastifyInstance {
    /**
     * For HTTP routes outside tRPC (downloads, uploads): the signed-in person, or a 401 sent and null.
     * With a target, also checks `action` (read by default) on that report, or on that org unit (a township, a
     * county or city and everything below it): 403/404 sent and null when refused.
     */
    requireUser(req: FastifyRequest, reply: FastifyReply, target?: AccessTarget): Promise<SessionUser | null>;
    auth: Auth;
  }
}

export async function buildServer({
  database,
  webDist,
  logLevel = "info",
  auth: authOptions = {},
  pdf = lazyPdfRenderer(),
  pdfLimits,
  trustProxy,
  secureHeaders = {},
  mailer,
}: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: logLevel },
    bodyLimit: BODY_LIMIT,
    ...(trustProxy ? { trustProxy } : {}),
  });
  app.addHook("onClose", async () => pdf.close());
  await registerSecurityHeaders(app, secureHeaders);
  const auth = buildAuth(database.db, await authSecret(database.db, authOptions.secret), authOptions);
  app.decorate("auth", auth);

  app.addHook("onRequest", async (req, reply) => {
    if (crossSite(req)) {
      return reply.code(403).send({ error: "拒绝跨站请求 / cross-site request refused" });
    }
  });
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE" || err.statusCode === 413) {
      return reply
        .code(413)
        .send({ error: `提交的内容过大（上限 ${BODY_LIMIT / 1024} KB）/ payload too large` });
    }
    if (err.statusCode && err.statusCode < 500)
      return reply.code(err.statusCode).send({ error: err.message });
    // Domain errors and database faults as the HTTP routes answer them; anything else logged, never shown.
    const mapped = httpError(err);
    if (mapped.internal) app.log.error(err);
    else if (mapped.status === 503) app.log.warn({ err }, "database unavailable");
    if (mapped.status === 503) void reply.header("retry-after", RETRY_AFTER_SECONDS);
    return reply.code(mapped.status).send(mapped.body);
  });

  const sessionOfRequest = (req: FastifyRequest) => sessionOf(auth, database.db, requestHeaders(req));
  // A notification e-mail that could not be sent is logged; the request it belongs to has already succeeded.
  const onMailError = (err: unknown) => app.log.warn({ err }, "notification e-mail not sent");

  app.decorate("requireUser", async (req: FastifyRequest, reply: FastifyReply, target?: AccessTarget) => {
    const { user } = await sessionOfRequest(req);
    if (!user) {
      await reply.code(401).send({ error: "请先登录" });
      return null;
    }
    if (user.mustChangePassword) {
      await reply.code(403).send({ error: MUST_CHANGE_PASSWORD_MESSAGE, reason: "forbidden" });
      return null;
    }
    if (target) {
      const org =
        "reportId" in target
          ? (
              await database.db
                .selectFrom("report")
                .select("org_unit_id")
                .where("id", "=", target.reportId)
                .executeTakeFirst()
            )?.org_unit_id
          : (
              await database.db
                .selectFrom("org_unit")
                .select("id")
                .where("id", "=", target.orgId)
                .executeTakeFirst()
            )?.id;
      if (!org) {
        await reply.code(404).send({ error: "reportId" in target ? "找不到该报告" : "找不到该单位" });
        return null;
      }
      if (!(await canOnOrg(database.db, user, target.action ?? "read", org))) {
        await reply
          .code(403)
          .send({ error: "reportId" in target ? "您无权查看该报告" : "您无权查看该单位的内容" });
        return null;
      }
    }
    return user;
  });

  // better-auth: sign-in, sign-out and the session read only, throttled (auth-route.ts).
  const limits = { ...DEFAULT_LIMITS, address: authOptions.signInPerMinute ?? DEFAULT_LIMITS.address };
  app.route({
    method: ["GET", "POST", "PUT", "PATCH", "DELETE"],
    url: "/api/auth/*",
    handler: async (req, reply) => {
      const url = new URL(req.url, `${req.protocol}://${req.headers.host ?? "localhost"}`);
      const request = new Request(url, {
        method: req.method,
        headers: requestHeaders(req),
        body: req.method !== "GET" && req.body !== undefined ? JSON.stringify(req.body) : undefined,
      });
      const response = await handleAuthRequest(auth, request, { db: database.db, address: req.ip, limits });
      reply.status(response.status);
      for (const [k, v] of response.headers) if (k !== "set-cookie") reply.header(k, v);
      const cookies = response.headers.getSetCookie();
      if (cookies.length) reply.header("set-cookie", cookies);
      return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
    },
  });

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
      createContext: async ({ req }): Promise<Context> => {
        try {
          return { db: database.db, sections, auth, ...(await sessionOfRequest(req)), mailer, onMailError };
        } catch (e) {
          throw unavailableError(e) ?? e;
        }
      },
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ path, err: error }, "tRPC error");
        if (error.code === "SERVICE_UNAVAILABLE")
          app.log.warn({ path, err: error.cause?.cause }, "database unavailable");
      },
      responseMeta({ errors }) {
        return errors.some((e) => e.code === "SERVICE_UNAVAILABLE")
          ? { headers: { "retry-after": RETRY_AFTER_SECONDS } }
          : {};
      },
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);

  // One bounded PDF queue for signed-in downloads and the public page (a visitor counts by address).
  const queue = pdfQueue(pdf, pdfLimits);
  registerDownloads(app, { database, sections, pdf, pdfQueue: queue });
  registerPublicDocuments(app, { database, sections, pdf, pdfQueue: queue });

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
        .send(
          "前端尚未构建：请在仓库根目录运行 `npm start`（或 `pnpm build` 后重启）。\nThe web app is not built: run `npm start` (or `pnpm build`) in the repository root.",
        );
    }
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });

  return app;
}
