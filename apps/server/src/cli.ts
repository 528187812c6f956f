#!/usr/bin/env tsx
/**
 * The `nianbao` command, run from the repository root as `pnpm nianbao <command>`:
 *   serve                       start the server (migrates; seeds the demo on an empty database)
 *   migrate                     run pending database migrations
 *   seed --demo                 create the demo city, townships, years and 荆竹铺镇's reports
 *   render --year Y --org NAME --format md|html|docx|pdf [--out FILE] [--preview]   (docx and pdf need --out)
 *   export --year Y --format docx|pdf --out FILE.zip   every assigned township's report of the year
 *   metrics --year Y [--region NAME] [--kind metrics|completeness] --format csv|xlsx [--out FILE]
 *   recompute-metrics [--year Y]
 *   year export --year Y [--region NAME] --out FILE     a year's template as a file
 *   year import FILE [--region NAME] [--year Y]         a template file as a new draft year (validated)
 *   year publish --year Y [--region NAME]               publish a draft year (validated)
 *   import --year Y [--org NAME] FILE | --dir FOLDER [--preset NAME] [--dry-run] [--json] [--overwrite]
 *   create-admin --username U --name NAME --org ORG [--password P]
 */
import { setFlagsFromString } from "node:v8";
import type { FileFormat } from "@nianbao/api";
import { reportFileName } from "@nianbao/document";
import { Command, Option } from "commander";
import { readEnv } from "./env.ts";
import { describe, open, parseYear, withDb } from "./commands/context.ts";
import type { ImportCommandOptions } from "./commands/import.ts";

// Each command loads its own modules when it runs (`import()`, while the database opens): `render` never
// loads the HTTP server, Chromium or the account library. `pnpm nianbao` runs the compiled build of this
// file (apps/server/dist/cli.js, see build.mjs).

// A one-shot command (render, migrate, metrics …) runs PGlite's WebAssembly for a second: V8's baseline
// compiler alone starts it with about a third less CPU than compiling it again optimised in the background.
// The server and the export run long enough for the optimised code to pay off, and keep it.
if (!["serve", "export"].includes(process.argv[2] ?? "")) setFlagsFromString("--liftoff-only");

const program = new Command()
  .name("nianbao")
  .description("年报 Nianbao — 乡镇法治政府建设年度报告平台")
  .showHelpAfterError();

program
  .command("serve")
  .description("启动服务器 / start the server (HOST, PORT, DATABASE_URL, DATA_DIR)")
  .action(async () => {
    const env = readEnv();
    const [{ serve }, database] = await Promise.all([import("./commands/serve.ts"), open(env)]);
    await serve(database, env);
  });

program
  .command("migrate")
  .description("执行数据库迁移 / run pending migrations")
  .action(() =>
    withDb(Promise.resolve(), async (_, database) => {
      console.log(`数据库已是最新结构 / migrations applied: ${describe(database)}`);
    }),
  );

program
  .command("seed")
  .description("写入演示数据 / create demo data")
  .requiredOption("--demo", "武冈市、荆竹铺镇等乡镇，2023 与 2024 年度")
  .action(() => withDb(import("./commands/manage.ts"), (m, database, env) => m.seed(database, env)));

program
  .command("render")
  .description("输出一个乡镇某年度的报告 / render a township's report")
  .requiredOption("--year <year>", "报告年度，如 2023", parseYear)
  .requiredOption("--org <name>", "乡镇名称，如 荆竹铺镇")
  .addOption(
    new Option("--format <format>", "输出格式（docx、pdf 须指定 --out）")
      .choices(["md", "html", "docx", "pdf"])
      .default("md"),
  )
  .option("--out <file>", "写入文件（默认输出到标准输出）")
  .option(
    "--preview",
    "预览：列出全部栏目标题，未填写的栏目显示占位说明 / preview: every heading, placeholders for unfilled sections",
  )
  .action((opts: { year: number; org: string; format: FileFormat; out?: string; preview?: boolean }) => {
    if ((opts.format === "docx" || opts.format === "pdf") && !opts.out) {
      throw new Error(
        `${opts.format} 是二进制格式，请用 --out 指定文件，如 --out ${reportFileName(opts.org, opts.year, opts.format)}`,
      );
    }
    return withDb(import("./commands/documents.ts"), (m, database) => m.render(database, opts));
  });

program
  .command("import")
  .description("导入往年报告（Word 或文本）/ import past reports from DOCX or text files")
  .argument("[file]", "一个 .docx 或 .txt 文件")
  .requiredOption("--year <year>", "报告年度，如 2023", parseYear)
  .option("--org <name>", "乡镇名称（默认取自标题或文件名）")
  .option("--dir <folder>", "导入文件夹中的每个 .docx/.txt 文件")
  .addOption(
    new Option("--preset <name>", "新建历史年度时使用的提纲（默认按导入文件的提纲）").choices([
      "official",
      "reference-2023",
    ]),
  )
  .option("--dry-run", "只检查，不写入")
  .option("--json", "以 JSON 输出汇总")
  .option("--overwrite", "覆盖已有内容（原内容保留为历史版本）")
  .action(async (file: string | undefined, opts: ImportCommandOptions) => {
    // Exit 1 when a file could not be imported (an unknown township, a refusal), after the summary.
    const code = await withDb(import("./commands/import.ts"), (m, database) =>
      m.importReports(database, file, opts),
    );
    if (code) process.exit(code);
  });

program
  .command("export")
  .description("导出某年度所有乡镇的报告（zip）/ export every township's report of a year as one zip")
  .requiredOption("--year <year>", "报告年度，如 2023", parseYear)
  .addOption(new Option("--format <format>", "文件格式").choices(["docx", "pdf"]).default("docx"))
  .requiredOption("--out <file.zip>", "zip 文件")
  .action((opts: { year: number; format: "docx" | "pdf"; out: string }) =>
    withDb(import("./commands/documents.ts"), (m, database) => m.exportReports(database, opts)),
  );

// ---------------------------------------------------------------- the numbers (dashboard exports, metrics upkeep)

program
  .command("metrics")
  .description("导出某年度的数据汇总或报送情况 / export a year's metrics table or completeness")
  .requiredOption("--year <year>", "报告年度，如 2024", parseYear)
  .option("--region <name>", "市或县的名称（只有一个市县时可省略）")
  .addOption(
    new Option("--kind <kind>", "导出内容：数据汇总 metrics，报送情况 completeness")
      .choices(["metrics", "completeness"])
      .default("metrics"),
  )
  .addOption(new Option("--format <format>", "文件格式").choices(["csv", "xlsx"]).default("csv"))
  .addOption(new Option("--locale <locale>", "表头语言").choices(["zh-CN", "en"]).default("zh-CN"))
  .option("--out <file>", "写入文件（csv 默认输出到标准输出；xlsx 必须指定）")
  .action(
    (opts: {
      year: number;
      region?: string;
      kind: "metrics" | "completeness";
      format: "csv" | "xlsx";
      locale: "zh-CN" | "en";
      out?: string;
    }) => withDb(import("./commands/manage.ts"), (m, database) => m.metrics(database, opts)),
  );

program
  .command("recompute-metrics")
  .description(
    "按已安装插件的指标定义重新计算已保存的指标 / recompute stored metrics after a plugin's metrics changed",
  )
  .option("--year <year>", "只重算该年度（默认全部年度）", parseYear)
  .action((opts: { year?: number }) =>
    withDb(import("./commands/manage.ts"), (m, database) => m.recompute(database, opts)),
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
    withDb(import("./commands/manage.ts"), (m, database, env) => m.createAdmin(database, env, opts)),
  );

// ---------------------------------------------------------------- year templates (issue 4)

const year = program.command("year").description("年度模板 / year templates");

year
  .command("export")
  .description("导出某年度的模板 / export a year's template to a file")
  .requiredOption("--year <year>", "报告年度，如 2024", parseYear)
  .option("--region <name>", "市或县名称（有多个地区设置了该年度时必填）")
  .requiredOption("--out <file>", "写入的文件，如 2024.json")
  .action((opts: { year: number; region?: string; out: string }) =>
    withDb(import("./commands/manage.ts"), (m, database) => m.yearExport(database, opts)),
  );

year
  .command("import")
  .description("导入模板文件为新的年度草稿 / import a template file as a new draft year")
  .argument("<file>", "nianbao year export 写出的文件")
  .option("--region <name>", "导入到的市或县（只有一个时可省略）")
  .option("--year <year>", "改为导入为该年度（默认取文件中的年度）", parseYear)
  .action((path: string, opts: { region?: string; year?: number }) =>
    withDb(import("./commands/manage.ts"), (m, database) => m.yearImport(database, path, opts)),
  );

year
  .command("publish")
  .description("发布年度草稿（校验后冻结模板）/ publish a draft year")
  .requiredOption("--year <year>", "报告年度", parseYear)
  .option("--region <name>", "市或县名称（有多个地区设置了该年度时必填）")
  .action((opts: { year: number; region?: string }) =>
    withDb(import("./commands/manage.ts"), (m, database) => m.yearPublish(database, opts)),
  );

program.parseAsync().catch((e: unknown) => {
  console.error(`错误 / error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
