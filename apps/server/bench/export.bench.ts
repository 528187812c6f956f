/**
 * `pnpm bench export`: a province's export — --reports (default 40,000) synthetic township reports (the
 * demo content under as many names, across 400 counties), each composed and written to DOCX and streamed
 * into one zip file on disk (zipToFile, what `nianbao export` uses), with the progress bar on stderr. Prints
 * the time, the archive's size and the process's peak RSS, with the RSS after 1,000 reports and every
 * 10,000 (flat memory: the archive is never held in memory). Goal: ≤ 2 minutes.
 * Reading 40,000 reports from the database is not part of it (`pnpm bench metrics` builds such a database).
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { reportFileName } from "@nianbao/document";
import { toDocx } from "@nianbao/document/docx";
import { demoReport2023 } from "@nianbao/document/testing";
import { zipToFile, type ZipEntry } from "../src/export.ts";
import { progressBar } from "../src/progress.ts";

const i = process.argv.indexOf("--reports");
const reports = i > 0 ? Number(process.argv[i + 1]) : 40_000;
const work = mkdtempSync(join(tmpdir(), "nianbao-bench-export-"));
const path = join(work, "province.zip");
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

// A full collection before each memory reading, so that the live heap shows apart from what V8 has not yet
// collected (RSS also keeps memory V8 freed): the live heap is what must stay flat.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;
/** RSS and live heap after 1,000 reports, then every 10,000: flat memory shows as a flat series. */
const rss: string[] = [];
async function* entries(): AsyncGenerator<ZipEntry> {
  const bar = progressBar("导出 / exporting", reports, process.stderr);
  for (let n = 0; n < reports; n++) {
    const org = { name: `第${n + 1}测试镇`, parentName: `测试${(n % 400) + 1}县` };
    yield {
      name: reportFileName(`${org.parentName}${org.name}`, 2023, "docx"),
      body: await toDocx(demoReport2023(org)),
    };
    bar.tick(org.name);
    if (n === 999 || (n + 1) % 10_000 === 0) {
      const before = process.memoryUsage().rss;
      collect();
      rss.push(`${n + 1}: RSS ${mb(before)}, live heap ${mb(process.memoryUsage().heapUsed)}`);
    }
  }
  bar.done();
}

const t0 = performance.now();
const files = await zipToFile(path, entries());
const seconds = (performance.now() - t0) / 1000;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  `Province export: ${files.length} reports → DOCX → streamed zip (${mb(statSync(path).size)}) in ${seconds.toFixed(1)} s ` +
    `(${((seconds * 1000) / files.length).toFixed(2)} ms per report; goal ≤ 120 s)`,
);
console.log(`Memory: peak RSS ${mb(peak)}; after n reports: ${rss.join("; ")}`);
console.log(
  "  (the live heap grows by the zip's central directory, about 1 kB per report, written at the end; the archive itself is never in memory)",
);
rmSync(work, { recursive: true, force: true });
