/**
 * `pnpm bench render`: how long the documents take.
 *   1. DOCX of the full demo 2023 report (荆竹铺镇): median of the writer alone, and of compose + writer.
 *   2. PDF of the same report with headless Chromium (one browser kept open, as the server does): median per
 *      report, and Chromium's start-up once. Skipped, with the reason, when Chromium is not installed.
 *   3. 1,000 synthetic township reports (the demo content under 1,000 township names) composed, written to
 *      DOCX and zipped, as `nianbao export` does: total time.
 * Budgets (2-core machine): DOCX ≤ 30 ms median per report; 1,000 reports ≤ 60 s. Figures only; never fails.
 * Options: --runs N (default 50 DOCX / 10 PDF), --reports N (default 1000).
 */
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { toHtml } from "@nianbao/document";
import { toDocx } from "@nianbao/document/docx";
import { demoReport2023 } from "@nianbao/document/testing";
import { zipSync, type Zippable } from "fflate";
import { reportFileName } from "@nianbao/document";
import { chromiumPath, openPdfRenderer } from "../src/pdf.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function timeRuns(runs: number, warmup: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const doc = demoReport2023();
const docxRuns = arg("runs", 50);
console.log(
  `Node ${process.version}; demo report: ${doc.body.length} blocks, ${(await toDocx(doc)).byteLength} bytes as DOCX`,
);

const writer = await timeRuns(docxRuns, 10, () => toDocx(doc));
const composed = await timeRuns(docxRuns, 5, () => toDocx(demoReport2023()));
console.log(
  `DOCX, demo report, writer only:     median ${ms(median(writer))} over ${docxRuns} runs (budget ≤ 30 ms)`,
);
console.log(`DOCX, demo report, compose + write: median ${ms(median(composed))} over ${docxRuns} runs`);

const chromium = chromiumPath();
if (existsSync(chromium)) {
  const t0 = performance.now();
  const pdf = await openPdfRenderer(chromium);
  const start = performance.now() - t0;
  try {
    const html = toHtml(doc);
    const pdfRuns = Math.max(3, Math.round(arg("runs", 50) / 5));
    const times = await timeRuns(pdfRuns, 2, () => pdf.render(html));
    console.log(
      `PDF, demo report (Chromium):        median ${ms(median(times))} over ${pdfRuns} runs (Chromium start once: ${ms(start)})`,
    );
  } finally {
    await pdf.close();
  }
} else {
  console.log(
    `PDF: skipped, Chromium not found at ${chromium} (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)`,
  );
}

const reports = arg("reports", 1000);
const t1 = performance.now();
const entries: Zippable = {};
for (let i = 0; i < reports; i++) {
  const org = { name: `第${i + 1}测试镇`, parentName: `测试${(i % 40) + 1}县` };
  entries[reportFileName(org.name, 2023, "docx")] = [await toDocx(demoReport2023(org)), { level: 0 }];
}
const zip = zipSync(entries);
const total = performance.now() - t1;
console.log(
  `Export, ${reports} synthetic township reports → DOCX → zip: ${(total / 1000).toFixed(2)} s total, ${ms(total / reports)} per report, ${(zip.byteLength / 1e6).toFixed(1)} MB (budget ≤ 60 s)`,
);
