#!/usr/bin/env tsx
/**
 * The `nianbao` command, run from the repository root as `pnpm nianbao <command>`:
 *   serve                       start the server (migrates; seeds the demo on an empty database)
 *   migrate                     run pending database migrations
 *   seed --demo                 create the demo city, townships, years and 荆竹铺镇's reports
 *   render --year Y --org NAME --format md|html|docx|pdf [--out FILE]   (docx and pdf need --out)
 *   export --year Y --format docx|pdf --out FILE.zip   every assigned township's report of the year
 *   metrics --year Y [--region NAME] [--kind metrics|completeness] --format csv|xlsx [--out FILE]
 *   recompute-metrics [--year Y]
 *   year export --year Y [--region NAME] --out FILE     a year's template as a file
 *   year import FILE [--region NAME] [--year Y]         a template file as a new draft year (validated)
 *   year publish --year Y [--region NAME]               publish a draft year (validated)
 *   create-admin --username U --name NAME --org ORG [--password P]
 */
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  exportDashboard,
  authSecret,
  buildAuth,
  createAccount,
  demoAccountsPresent,
  exportYear as exportYearTemplate,
  findRegion,
  findReportByNames,
  findYearByNumber,
  importYear,
  publishYear,
  recomputeMetrics,
  renderReportFile,
  seedDemo,
  type DemoAccount,
  type FileFormat,
} from "@nianbao/api";
import { createDb, type Database } from "@nianbao/db";
import { reportFileName } from "@nianbao/document";
import { demoFixtures, sections } from "@nianbao/sections";
import { Command, InvalidArgumentError, Option } from "commander";
import { buildServer } from "./app.ts";
import { readEnv, type Env } from "./env.ts";
import { exportYear } from "./export.ts";
import { openPdfRenderer, type PdfRenderer } from "./pdf.ts";
import { progressBar } from "./progress.ts";

async function open(env: Env): Promise<Database> {
  return createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
}

function describe(database: Database): string {
  return database.engine === "pglite" ? `PGlite（嵌入式）${database.location}` : `PostgreSQL ${database.location}`;
}

async function withDb<T>(fn: (database: Database, env: Env) => Promise<T>): Promise<T> {
  const env = readEnv();
  const database = await open(env);
  try {
    return await fn(database, env);
  } finally {
    await database.close();
  }
}

function parseYear(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new InvalidArgumentError("年份应为 2000–2100 之间的整数");
  return n;
}

function authOptions(env: Env) {
  return { secret: env.AUTH_SECRET, secureCookies: env.SECURE_COOKIES, signInPerMinute: env.SIGNIN_PER_MINUTE };
}

function printDemoAccounts(accounts: DemoAccount[]): void {
  console.log("演示账号 / demo accounts (初始密码 / initial password):");
  for (const a of accounts) console.log(`  ${a.role.padEnd(9)} ${a.username.padEnd(12)} ${a.password}   ${a.displayName}（${a.org}）`);
  console.log("");
}

const program = new Command()
  .name("nianbao")
  .description("年报 Nianbao — 乡镇法治政府建设年度报告平台")
  .showHelpAfterError();

program
  .command("serve")
  .description("启动服务器 / start the server (HOST, PORT, DATABASE_URL, DATA_DIR)")
  .action(async () => {
    const env = readEnv();
    const database = await open(env);
    const app = await buildServer({ database, webDist: env.WEB_DIST, logLevel: env.LOG_LEVEL, auth: authOptions(env) });
    const empty = !(await database.db.selectFrom("org_unit").select("id").limit(1).executeTakeFirst());
    if (empty) {
      const r = await seedDemo(database.db, sections, demoFixtures, { auth: app.auth });
      console.log(`空数据库：已创建演示数据（填写了 ${r.sectionsFilled} 个栏目）/ empty database: demo data created`);
    }
    const demo = await demoAccountsPresent(database.db);
    const close = async () => {
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once("SIGINT", close);
    process.once("SIGTERM", close);
    await app.listen({ host: env.HOST, port: env.PORT });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    console.log(`\n年报 Nianbao 已启动 / running: http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${port}`);
    console.log(`数据库 / database: ${describe(database)}\n`);
    if (demo.length) printDemoAccounts(demo);
  });

program
  .command("migrate")
  .description("执行数据库迁移 / run pending migrations")
  .action(() =>
    withDb(async (database) => {
      console.log(`数据库已是最新结构 / migrations applied: ${describe(database)}`);
    }),
  );

program
  .command("seed")
  .description("写入演示数据 / create demo data")
  .requiredOption("--demo", "武冈市、荆竹铺镇等乡镇，2023 与 2024 年度")
  .action(() =>
    withDb(async (database, env) => {
      const auth = buildAuth(database.db, await authSecret(database.db, env.AUTH_SECRET));
      const r = await seedDemo(database.db, sections, demoFixtures, { auth });
      console.log(
        r.created
          ? `演示数据已创建：填写了 ${r.sectionsFilled} 个栏目 / demo created (${describe(database)})`
          : `演示数据已存在，未作改动 / demo data already present, nothing changed (${describe(database)})`,
      );
      printDemoAccounts(r.accounts);
    }),
  );

/** A path as the user typed it, relative to where `pnpm nianbao` was run. */
function outPath(file: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** Write a command's output to `--out` (relative to where the command was typed) or, without it, to stdout. */
function writeOutput(body: string | Uint8Array, out: string | undefined): void {
  if (!out) {
    process.stdout.write(body);
    return;
  }
  const path = outPath(out);
  writeFileSync(path, body);
  console.error(`已写入 / written: ${path}`);
}

/** Run with a Chromium PDF renderer when the format is pdf (started once, closed at the end). */
async function withPdf<T>(format: string, fn: (pdf: PdfRenderer | undefined) => Promise<T>): Promise<T> {
  if (format !== "pdf") return fn(undefined);
  const pdf = await openPdfRenderer();
  try {
    return await fn(pdf);
  } finally {
    await pdf.close();
  }
}

program
  .command("render")
  .description("输出一个乡镇某年度的报告 / render a township's report")
  .requiredOption("--year <year>", "报告年度，如 2023", parseYear)
  .requiredOption("--org <name>", "乡镇名称，如 荆竹铺镇")
  .addOption(new Option("--format <format>", "输出格式（docx、pdf 须指定 --out）").choices(["md", "html", "docx", "pdf"]).default("md"))
  .option("--out <file>", "写入文件（默认输出到标准输出）")
  .action((opts: { year: number; org: string; format: FileFormat; out?: string }) => {
    if ((opts.format === "docx" || opts.format === "pdf") && !opts.out) {
      throw new Error(`${opts.format} 是二进制格式，请用 --out 指定文件，如 --out ${reportFileName(opts.org, opts.year, opts.format)}`);
    }
    return withDb(async (database) => {
      const reportId = await findReportByNames(database.db, opts.year, opts.org);
      const file = await withPdf(opts.format, (pdf) => renderReportFile(database.db, sections, reportId, opts.format, pdf && ((html) => pdf.render(html))));
      writeOutput(file.body, opts.out);
    });
  });

program
  .command("export")
  .description("导出某年度所有乡镇的报告（zip）/ export every township's report of a year as one zip")
  .requiredOption("--year <year>", "报告年度，如 2023", parseYear)
  .addOption(new Option("--format <format>", "文件格式").choices(["docx", "pdf"]).default("docx"))
  .requiredOption("--out <file.zip>", "zip 文件")
  .action((opts: { year: number; format: "docx" | "pdf"; out: string }) =>
    withDb((database) =>
      withPdf(opts.format, async (pdf) => {
        let bar: ReturnType<typeof progressBar> | undefined;
        const result = await exportYear(database.db, sections, opts.year, opts.format, {
          pdf: pdf && ((html) => pdf.render(html)),
          onStart: (total) => (bar = progressBar("导出 / exporting", total, process.stderr)),
          onFile: (org) => bar?.tick(org),
        });
        bar?.done();
        const path = outPath(opts.out);
        writeFileSync(path, result.zip);
        console.error(`已导出 ${result.files.length} 份报告 / exported ${result.files.length} reports: ${path}`);
      }),
    ),
  );

// ---------------------------------------------------------------- the numbers (dashboard exports, metrics upkeep)

program
  .command("metrics")
  .description("导出某年度的数据汇总或报送情况 / export a year's metrics table or completeness")
  .requiredOption("--year <year>", "报告年度，如 2024", parseYear)
  .option("--region <name>", "市或县的名称（只有一个市县时可省略）")
  .addOption(new Option("--kind <kind>", "导出内容：数据汇总 metrics，报送情况 completeness").choices(["metrics", "completeness"]).default("metrics"))
  .addOption(new Option("--format <format>", "文件格式").choices(["csv", "xlsx"]).default("csv"))
  .addOption(new Option("--locale <locale>", "表头语言").choices(["zh-CN", "en"]).default("zh-CN"))
  .option("--out <file>", "写入文件（csv 默认输出到标准输出；xlsx 必须指定）")
  .action((opts: { year: number; region?: string; kind: "metrics" | "completeness"; format: "csv" | "xlsx"; locale: "zh-CN" | "en"; out?: string }) =>
    withDb(async (database) => {
      if (opts.format === "xlsx" && !opts.out) throw new Error("xlsx 格式须用 --out 指定输出文件");
      const regionId = await findRegion(database.db, opts.region);
      const file = await exportDashboard(database.db, sections, { ...opts, regionId });
      writeOutput(file.body, opts.out);
    }),
  );

program
  .command("recompute-metrics")
  .description("按已安装插件的指标定义重新计算已保存的指标 / recompute stored metrics after a plugin's metrics changed")
  .option("--year <year>", "只重算该年度（默认全部年度）", parseYear)
  .action((opts: { year?: number }) =>
    withDb(async (database) => {
      const r = await recomputeMetrics(database.db, sections, opts.year === undefined ? {} : { year: opts.year });
      console.log(`已重算 ${r.sections} 个栏目的 ${r.metrics} 项指标${r.skipped ? `；${r.skipped} 个栏目的插件未安装或版本更新，未改动` : ""} / recomputed ${r.metrics} metrics of ${r.sections} sections`);
    }),
  );

// ---------------------------------------------------------------- accounts

program
  .command("create-admin")
  .description("创建管理员账号 / create an administrator account")
  .requiredOption("--username <username>", "登录用户名（字母、数字、下划线）")
  .requiredOption("--name <name>", "姓名")
  .requiredOption("--org <name>", "管辖的县市（不存在则创建为顶级单位）")
  .option("--password <password>", "密码（不填则生成一个随机密码并显示）")
  .action((opts: { username: string; name: string; org: string; password?: string }) =>
    withDb(async (database, env) => {
      const db = database.db;
      let org = await db.selectFrom("org_unit").select(["id", "kind"]).where("name", "=", opts.org).where("kind", "in", ["city", "county"]).executeTakeFirst();
      if (!org) {
        org = await db.insertInto("org_unit").values({ name: opts.org, kind: "city", parent_id: null }).returning(["id", "kind"]).executeTakeFirstOrThrow();
        console.log(`已创建单位 / org unit created: ${opts.org}`);
      }
      const password = opts.password ?? randomBytes(12).toString("base64url");
      const auth = buildAuth(db, await authSecret(db, env.AUTH_SECRET));
      // Audited in the account's own transaction; no actor: the command line.
      await createAccount(auth, db, { username: opts.username, displayName: opts.name, password, role: "admin", orgUnitId: org.id }, null);
      console.log(`管理员已创建 / administrator created: ${opts.username}（${opts.org}）`);
      if (!opts.password) console.log(`密码 / password: ${password}  （请登录后修改 / change it after signing in）`);
    }),
  );

// ---------------------------------------------------------------- year templates (issue 4)

/** A path the user typed, relative to where they ran `pnpm nianbao`. */
function userPath(file: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

const year = program.command("year").description("年度模板 / year templates");

year
  .command("export")
  .description("导出某年度的模板 / export a year's template to a file")
  .requiredOption("--year <year>", "报告年度，如 2024", parseYear)
  .option("--region <name>", "市或县名称（有多个地区设置了该年度时必填）")
  .requiredOption("--out <file>", "写入的文件，如 2024.json")
  .action((opts: { year: number; region?: string; out: string }) =>
    withDb(async (database) => {
      const file = await exportYearTemplate(database.db, await findYearByNumber(database.db, opts.year, opts.region));
      const out = userPath(opts.out);
      writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
      console.error(`已导出 ${file.regionName ?? ""}${file.year}年度模板（第${file.templateRevision}版）/ exported: ${out}`);
    }),
  );

year
  .command("import")
  .description("导入模板文件为新的年度草稿 / import a template file as a new draft year")
  .argument("<file>", "nianbao year export 写出的文件")
  .option("--region <name>", "导入到的市或县（只有一个时可省略）")
  .option("--year <year>", "改为导入为该年度（默认取文件中的年度）", parseYear)
  .action((path: string, opts: { region?: string; year?: number }) =>
    withDb(async (database) => {
      let file: unknown;
      try {
        file = JSON.parse(readFileSync(userPath(path), "utf8"));
      } catch (e) {
        throw new Error(`无法读取模板文件 ${path}：${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
      const regionId = await findRegion(database.db, opts.region);
      const r = await importYear(database.db, sections, { regionId, file, year: opts.year });
      console.log(`已导入为${r.year}年度草稿（尚未发布）/ imported as a draft year ${r.year}`);
    }),
  );

year
  .command("publish")
  .description("发布年度草稿（校验后冻结模板）/ publish a draft year")
  .requiredOption("--year <year>", "报告年度", parseYear)
  .option("--region <name>", "市或县名称（有多个地区设置了该年度时必填）")
  .action((opts: { year: number; region?: string }) =>
    withDb(async (database) => {
      await publishYear(database.db, sections, { yearId: await findYearByNumber(database.db, opts.year, opts.region) });
      console.log(`${opts.year}年度已发布，模板冻结为第1版 / published`);
    }),
  );

program.parseAsync().catch((e: unknown) => {
  console.error(`错误 / error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
