/** The other `nianbao` commands: demo seed, metrics exports and upkeep, accounts, year templates. */
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import {
  authSecret,
  buildAuth,
  createAccount,
  exportDashboard,
  exportYear as exportYearTemplate,
  findRegion,
  findYearByNumber,
  importYear,
  publishYear,
  recomputeMetrics,
  seedDemoOnce,
} from "@nianbao/api";
import type { Database } from "@nianbao/db";
import { checkPassword } from "@nianbao/password";
import { demoFixtures, sections } from "@nianbao/sections";
import type { Env } from "../env.ts";
import { describe, outPath, printDemoAccounts, writeOutput } from "./context.ts";

export async function seed(database: Database, env: Env): Promise<void> {
  const auth = buildAuth(database.db, await authSecret(database.db, env.AUTH_SECRET));
  const r = (await seedDemoOnce(database, sections, demoFixtures, { auth }))!;
  console.log(
    r.created
      ? `演示数据已创建：填写了 ${r.sectionsFilled} 个栏目 / demo created (${describe(database)})`
      : `演示数据已存在，未作改动 / demo data already present, nothing changed (${describe(database)})`,
  );
  printDemoAccounts(r.accounts);
}

export async function metrics(
  database: Database,
  opts: {
    year: number;
    region?: string;
    kind: "metrics" | "completeness";
    format: "csv" | "xlsx";
    locale: "zh-CN" | "en";
    out?: string;
  },
): Promise<void> {
  if (opts.format === "xlsx" && !opts.out) throw new Error("xlsx 格式须用 --out 指定输出文件");
  const regionId = await findRegion(database.db, opts.region);
  const file = await exportDashboard(database.db, sections, { ...opts, regionId });
  writeOutput(file.body, opts.out);
}

export async function recompute(database: Database, opts: { year?: number }): Promise<void> {
  const r = await recomputeMetrics(database.db, sections, opts.year === undefined ? {} : { year: opts.year });
  console.log(
    `已重算 ${r.sections} 个栏目的 ${r.metrics} 项指标${r.skipped ? `；${r.skipped} 个栏目的插件未安装或版本更新，未改动` : ""} / recomputed ${r.metrics} metrics of ${r.sections} sections`,
  );
}

export async function createAdmin(
  database: Database,
  env: Env,
  opts: { username: string; name: string; org: string; password?: string },
): Promise<void> {
  const db = database.db;
  // The policy first (before any unit is created): a password given on the command line must pass it too.
  const password = opts.password ?? randomBytes(12).toString("base64url");
  const verdict = checkPassword(password, { username: opts.username, displayName: opts.name });
  if (!verdict.ok)
    throw new Error(`密码不符合要求：${verdict.reason!.zh} / password refused: ${verdict.reason!.en}`);
  let org = await db
    .selectFrom("org_unit")
    .select(["id", "kind"])
    .where("name", "=", opts.org)
    .where("kind", "in", ["city", "county"])
    .executeTakeFirst();
  if (!org) {
    org = await db
      .insertInto("org_unit")
      .values({ name: opts.org, kind: "city", parent_id: null })
      .returning(["id", "kind"])
      .executeTakeFirstOrThrow();
    console.log(`已创建单位 / org unit created: ${opts.org}`);
  }
  const auth = buildAuth(db, await authSecret(db, env.AUTH_SECRET));
  // Audited in the account's own transaction; no actor: the command line.
  await createAccount(
    auth,
    db,
    { username: opts.username, displayName: opts.name, password, role: "admin", orgUnitId: org.id },
    null,
  );
  console.log(`管理员已创建 / administrator created: ${opts.username}（${opts.org}）`);
  if (!opts.password)
    console.log(`密码 / password: ${password}  （首次登录时须修改 / to be changed at the first sign-in）`);
}

export async function yearExport(
  database: Database,
  opts: { year: number; region?: string; out: string },
): Promise<void> {
  const file = await exportYearTemplate(
    database.db,
    await findYearByNumber(database.db, opts.year, opts.region),
  );
  const out = outPath(opts.out);
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.error(
    `已导出 ${file.regionName ?? ""}${file.year}年度模板（第${file.templateRevision}版）/ exported: ${out}`,
  );
}

export async function yearImport(
  database: Database,
  path: string,
  opts: { region?: string; year?: number },
): Promise<void> {
  let file: unknown;
  try {
    file = JSON.parse(readFileSync(outPath(path), "utf8"));
  } catch (e) {
    throw new Error(`无法读取模板文件 ${path}：${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const regionId = await findRegion(database.db, opts.region);
  const r = await importYear(database.db, sections, { regionId, file, year: opts.year });
  console.log(`已导入为${r.year}年度草稿（尚未发布）/ imported as a draft year ${r.year}`);
}

export async function yearPublish(
  database: Database,
  opts: { year: number; region?: string },
): Promise<void> {
  await publishYear(database.db, sections, {
    yearId: await findYearByNumber(database.db, opts.year, opts.region),
  });
  console.log(`${opts.year}年度已发布，模板冻结为第1版 / published`);
}
