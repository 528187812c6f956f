import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { z } from "zod";

/** The repository root (apps/server/src → ../../..). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

const envSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** postgres://… to use PostgreSQL; unset to use the embedded PGlite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL 必须以 postgres:// 开头" })
    .optional(),
  /**
   * PostgreSQL only: prepare each repeated statement once per connection (faster saves). "0" behind a
   * connection pooler in transaction mode that does not keep prepared statements (PgBouncer before 1.21).
   */
  DATABASE_PREPARED_STATEMENTS: z
    .enum(["0", "1", "true", "false"])
    .default("1")
    .transform((v) => v === "1" || v === "true"),
  /** Where PGlite keeps its data. */
  DATA_DIR: z.string().min(1).default(resolve(REPO_ROOT, ".data")),
  /** The built web app. */
  WEB_DIST: z.string().min(1).default(resolve(REPO_ROOT, "apps/web/dist")),
  /** Signs session cookies; every server on one database must share it. Unset: generated once and kept in the database. */
  AUTH_SECRET: z.string().min(32, { error: "AUTH_SECRET 至少 32 个字符" }).optional(),
  /** Send cookies with Secure (set when the site is served over HTTPS). */
  SECURE_COOKIES: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  /** Failed sign-ins from one client address (over every account) before it is slowed down; per account see SECURITY.md. */
  SIGNIN_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(50),
  /** Behind a reverse proxy: the proxy's address(es) (e.g. "127.0.0.1"), so the client's address comes from X-Forwarded-For. */
  TRUST_PROXY: z.string().min(1).optional(),
  /** Notification e-mail: smtp://user:pass@host:587 or smtps://…; unset: in-app notifications only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: "SMTP_URL 必须以 smtp:// 或 smtps:// 开头" })
    .optional(),
  /** The sender of notification e-mail, e.g. "年报 <nianbao@example.gov.cn>" (required with SMTP_URL). */
  MAIL_FROM: z.string().min(3).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.output<typeof envSchema>;

/** Read and validate the environment: the one place the server reads env vars. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`环境变量有误 / invalid environment:\n${lines}`);
  }
  if (parsed.data.SMTP_URL && !parsed.data.MAIL_FROM) {
    throw new Error(
      "环境变量有误 / invalid environment:\n  MAIL_FROM: 设置 SMTP_URL 时须同时设置发件人 MAIL_FROM",
    );
  }
  return { ...parsed.data, DATA_DIR: resolve(parsed.data.DATA_DIR), WEB_DIST: resolve(parsed.data.WEB_DIST) };
}
