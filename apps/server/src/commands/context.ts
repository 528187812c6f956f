/**
 * What every `nianbao` command shares: the database (opened while the command's own modules load), where
 * output goes, and the Chromium PDF renderer (loaded only for PDF). Kept light: `cli.ts` loads this and
 * commander at start, each command loads the rest of what it needs when it runs.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { DemoAccount } from "@nianbao/api";
import { createDb, type Database } from "@nianbao/db";
import { InvalidArgumentError } from "commander";
import { readEnv, type Env } from "../env.ts";
import type { PdfRenderer } from "../pdf.ts";

export async function open(env: Env): Promise<Database> {
  return createDb({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
  });
}

export function describe(database: Database): string {
  return database.engine === "pglite"
    ? `PGlite（嵌入式）${database.location}`
    : `PostgreSQL ${database.location}`;
}

/**
 * Opens the database, runs `fn` with the command's module once both are ready, closes the database. The
 * module (`load`, an `import()` started by the caller) loads while PGlite starts: the two overlap.
 */
export async function withDb<M, T>(
  load: Promise<M>,
  fn: (mod: M, database: Database, env: Env) => Promise<T>,
): Promise<T> {
  const env = readEnv();
  const opening = open(env);
  let mod: M;
  try {
    mod = await load;
  } catch (e) {
    await (await opening).close();
    throw e;
  }
  const database = await opening;
  try {
    return await fn(mod, database, env);
  } finally {
    await database.close();
  }
}

export function parseYear(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2000 || n > 2100)
    throw new InvalidArgumentError("年份应为 2000–2100 之间的整数");
  return n;
}

export function authOptions(env: Env) {
  return {
    secret: env.AUTH_SECRET,
    secureCookies: env.SECURE_COOKIES,
    signInPerMinute: env.SIGNIN_PER_MINUTE,
  };
}

export function printDemoAccounts(accounts: DemoAccount[]): void {
  console.log("演示账号 / demo accounts (初始密码 / initial password):");
  for (const a of accounts)
    console.log(
      `  ${a.role.padEnd(9)} ${a.username.padEnd(12)} ${a.password}   ${a.displayName}（${a.org}）`,
    );
  console.log("");
}

/** A path as the user typed it, relative to where `pnpm nianbao` was run. */
export function outPath(file: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** Write a command's output to `--out` (relative to where the command was typed) or, without it, to stdout. */
export function writeOutput(body: string | Uint8Array, out: string | undefined): void {
  if (!out) {
    process.stdout.write(body);
    return;
  }
  const path = outPath(out);
  writeFileSync(path, body);
  console.error(`已写入 / written: ${path}`);
}

/** Run with a Chromium PDF renderer when the format is pdf (started once, closed at the end). */
export async function withPdf<T>(
  format: string,
  fn: (pdf: PdfRenderer | undefined) => Promise<T>,
): Promise<T> {
  if (format !== "pdf") return fn(undefined);
  const { openPdfRenderer } = await import("../pdf.ts");
  const pdf = await openPdfRenderer();
  try {
    return await fn(pdf);
  } finally {
    await pdf.close();
  }
}
