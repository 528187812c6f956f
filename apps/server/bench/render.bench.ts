/**
 * `pnpm bench render`: how long the documents take, beside pandoc, in one run.
 *   1. DOCX per report in a batch: --reports (default 1,000) synthetic township reports (the demo content
 *      under as many township names), each composed and written to DOCX in this process; beside it pandoc
 *      converting the same report's Markdown to DOCX --pandoc-reports times (default 100) inside one pandoc
 *      process (a Lua filter calling pandoc.write), so neither pays a process start per report. Wall time
 *      and CPU time per report (the machine may be shared: CPU time is the steadier figure). Goal: ≥ 2×
 *      faster than pandoc.
 *   2. PDF of a county: --county (default 30) reports through one Chromium, pages in parallel (bounded),
 *      total time, CPU time, the PDF's size and the kinds of font it embeds (pdffonts), and which of the
 *      recommended TrueType CJK fonts are installed (without them Noto CJK is embedded as Type 3 fonts:
 *      about twice the CPU, and larger files). Goal ≤ 8 s on 2 cores. Skipped, with the reason, when
 *      Chromium is not installed.
 * Figures only; never fails on a budget. The province-scale export is `pnpm bench export`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { toHtml, toMarkdown, TRUETYPE_FALLBACKS } from "@nianbao/document";
import { toDocx } from "@nianbao/document/docx";
import { demoReport2023 } from "@nianbao/document/testing";
import { chromiumPath, openPdfRenderer } from "../src/pdf.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;
const reports = arg("reports", 1000);
const pandocReports = arg("pandoc-reports", 100);
const countySize = arg("county", 30);
const work = mkdtempSync(join(tmpdir(), "nianbao-bench-render-"));

const org = (i: number) => ({ name: `第${i + 1}测试镇`, parentName: `测试${(i % 40) + 1}县` });
const demo = demoReport2023();
console.log(
  `Node ${process.version}; demo report: ${demo.body.length} blocks, ${(await toDocx(demo)).byteLength} bytes as DOCX`,
);

// ---- 1. DOCX in a batch, ours then pandoc's
for (let i = 0; i < 20; i++) await toDocx(demoReport2023(org(i))); // warm up, as a long export is
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let bytes = 0;
for (let i = 0; i < reports; i++) bytes += (await toDocx(demoReport2023(org(i)))).byteLength;
const oursWall = (performance.now() - t0) / reports;
const c = process.cpuUsage(cpu0);
const oursCpu = (c.user + c.system) / 1000 / reports;
console.log(`\nDOCX per report, batch of ${reports} (compose + write, in process):`);
console.log(
  `  nianbao   ${ms(oursWall).padStart(10)} wall   ${ms(oursCpu).padStart(10)} CPU   (${(bytes / reports / 1000).toFixed(1)} kB each)`,
);

const hasPandoc = spawnSync("pandoc", ["--version"]).status === 0;
if (hasPandoc) {
  const md = join(work, "report.md");
  writeFileSync(md, toMarkdown(demo));
  const lua = join(work, "batch.lua");
  writeFileSync(
    lua,
    `function Pandoc(doc)
  local f = io.open(os.getenv("BATCH_MD"), "r"); local md = f:read("a"); f:close()
  for i = 1, tonumber(os.getenv("BATCH_N")) do
    local o = io.open(os.getenv("BATCH_OUT") .. "/" .. i .. ".docx", "wb")
    o:write(pandoc.write(pandoc.read(md, "markdown"), "docx")); o:close()
  end
  return doc
end
`,
  );
  const run = (n: number) => {
    // /usr/bin/time reports the child's CPU time; without it, wall time only.
    const timeBin = existsSync("/usr/bin/time");
    const args = ["-f", "markdown", "-t", "plain", "--lua-filter", lua, "/dev/null", "-o", "/dev/null"];
    const t = performance.now();
    const r = timeBin
      ? spawnSync("/usr/bin/time", ["-f", "%U %S", "pandoc", ...args], {
          encoding: "utf8",
          env: { ...process.env, BATCH_MD: md, BATCH_N: String(n), BATCH_OUT: work },
        })
      : spawnSync("pandoc", args, {
          encoding: "utf8",
          env: { ...process.env, BATCH_MD: md, BATCH_N: String(n), BATCH_OUT: work },
        });
    if (r.status !== 0) throw new Error(`pandoc failed: ${r.stderr}`);
    const wall = performance.now() - t;
    const [u, s] = timeBin ? r.stderr.trim().split("\n").pop()!.split(" ").map(Number) : [NaN, NaN];
    return { wall, cpu: (u! + s!) * 1000 };
  };
  const once = run(1); // pandoc's own start, to take out of the batch
  const batch = run(pandocReports + 1);
  const pandocWall = (batch.wall - once.wall) / pandocReports;
  const pandocCpu = (batch.cpu - once.cpu) / pandocReports;
  console.log(
    `  pandoc    ${ms(pandocWall).padStart(10)} wall   ${ms(pandocCpu).padStart(10)} CPU   (batch of ${pandocReports} in one pandoc process, start-up taken out)`,
  );
  console.log(
    `  nianbao is ${(pandocWall / oursWall).toFixed(1)}× faster by wall time, ${(pandocCpu / oursCpu).toFixed(1)}× by CPU time (goal ≥ 2×)`,
  );
} else console.log("  pandoc: not installed, no anchor (apt-get install -y pandoc)");

// ---- 2. PDF of a county

/**
 * CPU time (ms) used so far by the processes descended from this one (Chromium's browser, renderers, GPU
 * and utility processes), from /proc: what the PDFs cost whatever else the machine is doing. null off Linux.
 */
function descendantsCpu(): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  const procs = new Map<number, { ppid: number; ticks: number }>();
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      procs.set(Number(pid), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // ended meanwhile
    }
  }
  const mine = new Set([process.pid]);
  let total = 0;
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of procs)
      if (!mine.has(pid) && mine.has(p.ppid)) {
        mine.add(pid);
        total += p.ticks;
        grew = true;
      }
  }
  return total * 10; // clock ticks of 10 ms
}
/** The first PDF's size and the kinds of font it embeds, and which TrueType CJK fallbacks are installed. */
function pdfFonts(pdf: Uint8Array): string {
  const size = `${(pdf.byteLength / 1000).toFixed(0)} kB per report`;
  const fcList = spawnSync("fc-list", [":", "family"], { encoding: "utf8" });
  const installed = TRUETYPE_FALLBACKS.filter((f) => fcList.stdout?.includes(f.family));
  const install = TRUETYPE_FALLBACKS.filter((f) => f.recommended).map((f) => f.debian);
  const fallbacks = installed.length
    ? `TrueType CJK fallbacks installed: ${installed.map((f) => f.family).join(", ")}`
    : `no TrueType CJK fallback installed (apt-get install -y ${install.join(" ")})`;
  const file = join(work, "county-1.pdf");
  writeFileSync(file, pdf);
  const r = spawnSync("pdffonts", [file], { encoding: "utf8" });
  if (r.status !== 0) return `${size}; ${fallbacks}`;
  const kinds = new Map<string, number>();
  for (const row of r.stdout.split("\n").slice(2).filter(Boolean)) {
    const kind = /CID TrueType|TrueType|Type 3|Type 1C|CID Type 0C|Type 1/.exec(row)?.[0] ?? "other";
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const fonts = [...kinds].map(([k, n]) => `${n} ${k}`).join(", ");
  return `${size}, fonts embedded: ${fonts}; ${fallbacks}`;
}

const chromium = chromiumPath();
if (existsSync(chromium)) {
  const t1 = performance.now();
  const pdf = await openPdfRenderer(chromium);
  const start = performance.now() - t1;
  try {
    const htmls = Array.from({ length: countySize }, (_, i) => toHtml(demoReport2023(org(i))));
    await pdf.render(htmls[0]!); // the first page's fonts
    const cpu0 = descendantsCpu();
    const node0 = process.cpuUsage();
    const t2 = performance.now();
    const pdfs = await Promise.all(htmls.map((html) => pdf.render(html)));
    const total = performance.now() - t2;
    const cpu1 = descendantsCpu();
    const nodeCpu = process.cpuUsage(node0);
    console.log(
      `\nPDF of a county, ${countySize} reports, one Chromium, ${pdf.concurrency} pages at a time: ${(total / 1000).toFixed(2)} s ` +
        `(${ms(total / countySize)} per report; Chromium's start ${ms(start)} before) (goal ≤ 8 s on 2 cores)`,
    );
    if (cpu0 !== null && cpu1 !== null) {
      const cpu = cpu1 - cpu0 + (nodeCpu.user + nodeCpu.system) / 1000;
      console.log(
        `  CPU time (Chromium's processes + this one): ${(cpu / 1000).toFixed(2)} s, ${ms(cpu / countySize)} per report — ` +
          `on 2 idle cores at least ${(cpu / 2000).toFixed(2)} s for the county`,
      );
    }
    console.log(`  ${pdfFonts(pdfs[0]!)}`);
  } finally {
    await pdf.close();
  }
  // The anchor: one page at a time (as before issue 19), on a third of the county.
  const single = await openPdfRenderer(chromium, { concurrency: 1 });
  try {
    const n = Math.max(1, Math.round(countySize / 3));
    const htmls = Array.from({ length: n }, (_, i) => toHtml(demoReport2023(org(i))));
    await single.render(htmls[0]!);
    const t3 = performance.now();
    for (const html of htmls) await single.render(html);
    const per = (performance.now() - t3) / n;
    console.log(
      `  one page at a time (same run, ${n} reports): ${ms(per)} per report, ${((per * countySize) / 1000).toFixed(2)} s for ${countySize}`,
    );
  } finally {
    await single.close();
  }
} else {
  console.log(
    `\nPDF: skipped, Chromium not found at ${chromium} (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)`,
  );
}
rmSync(work, { recursive: true, force: true });
