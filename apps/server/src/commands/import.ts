/** `nianbao import`: bring past years' reports in from Word or text files (one file, or a folder). */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { importFile, type BulkOutcome } from "@nianbao/api";
import type { Database } from "@nianbao/db";
import { docxToText } from "@nianbao/import/docx";
import { sections } from "@nianbao/sections";
import { progressBar } from "../progress.ts";

export interface ImportCommandOptions {
  year: number;
  org?: string;
  dir?: string;
  preset?: "official" | "reference-2023";
  dryRun?: boolean;
  json?: boolean;
  overwrite?: boolean;
}

async function readReport(path: string): Promise<string> {
  const buf = readFileSync(path);
  return /\.docx$/i.test(path) ? docxToText(buf) : buf.toString("utf8");
}

function filesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(docx|txt|md)$/i.test(f) && !f.startsWith("~$"))
    .sort()
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function importReports(
  database: Database,
  file: string | undefined,
  opts: ImportCommandOptions,
): Promise<number> {
  if (!file && !opts.dir) throw new Error("请指定要导入的文件，或用 --dir 指定文件夹");
  const paths = opts.dir ? filesOf(resolve(opts.dir)) : [resolve(file!)];
  const bar = progressBar("导入 / importing", paths.length, process.stderr);
  const outcomes: BulkOutcome[] = [];
  for (const path of paths) {
    let outcome: BulkOutcome;
    try {
      outcome = await importFile(
        database.db,
        sections,
        { name: basename(path), text: await readReport(path) },
        {
          year: opts.year,
          ...(opts.org ? { org: opts.org } : {}),
          ...(opts.preset ? { preset: opts.preset } : {}),
          dryRun: !!opts.dryRun,
          overwrite: !!opts.overwrite,
        },
      );
    } catch (e) {
      outcome = {
        file: basename(path),
        org: null,
        status: "failed",
        message: e instanceof Error ? e.message : String(e),
      };
    }
    outcomes.push(outcome);
    bar.tick(outcome.org ?? basename(path));
  }
  bar.done();
  if (opts.json) {
    console.log(JSON.stringify(opts.dir ? outcomes : outcomes[0], null, 2));
  } else {
    const done = outcomes.filter((o) => o.status === "imported" || o.status === "dry-run");
    const sum = (f: (o: Extract<BulkOutcome, { sections: unknown }>) => number) =>
      done.reduce((n, o) => n + ("sections" in o ? f(o) : 0), 0);
    const chars = done.length
      ? done.reduce((n, o) => n + ("textPreserved" in o ? o.textPreserved : 0), 0) / done.length
      : 0;
    console.log(
      `${opts.dryRun ? "试运行（未写入）/ dry run" : "已导入 / imported"}: ${done.length} 份报告 / reports`,
    );
    console.log(
      `栏目 / sections: ${sum((o) => o.sections.matched)}/${sum((o) => o.sections.found)} 已匹配 / matched`,
    );
    console.log(
      `数字 / figures: ${sum((o) => o.figures.bound)}/${sum((o) => o.figures.found)} 已绑定 / bound`,
    );
    console.log(`保留原文 / text preserved: ${pct(chars)}`);
    for (const o of outcomes) {
      if ("message" in o) console.log(`  ✗ ${o.file}${o.org ? `（${o.org}）` : ""}: ${o.message}`);
    }
  }
  return outcomes.some((o) => o.status === "failed" || o.status === "unknown-org") ? 1 : 0;
}
