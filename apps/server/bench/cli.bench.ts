/**
 * `pnpm bench cli`: the compiled command and server from a cold process, beside pandoc.
 *   1. `node apps/server/dist/cli.js render --format docx` of 荆竹铺镇's 2023 report on an existing embedded
 *      database, whole process (Node start, modules, PGlite, render, write): median of --runs (default 5);
 *      beside it `pandoc -o x.docx` of the same report's Markdown, same number of runs. Goal ≤ 1 s.
 *   2. `nianbao serve` on that database: from spawning the process to the first 200 of GET /healthz.
 *      Goal ≤ 2 s.
 * The demo database is seeded once into node_modules/.cache/nianbao-bench-cli and kept for the next run
 * (--fresh seeds it again). Compiles dist/ first when stale. Figures only; never fails on a budget.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(here, "dist/cli.js");
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg("runs", 5);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function must(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
  return r.stdout;
}
const timeBin = existsSync("/usr/bin/time");
/** Wall time, and the process's CPU time (user + system) when /usr/bin/time can tell. */
function timed(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { wall: number; cpu: number } {
  const t0 = performance.now();
  const r = timeBin
    ? spawnSync("/usr/bin/time", ["-f", "%U %S", cmd, ...args], { encoding: "utf8", env })
    : spawnSync(cmd, args, { encoding: "utf8", env });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
  const [u, s] = timeBin ? r.stderr.trim().split("\n").pop()!.split(" ").map(Number) : [NaN, NaN];
  return { wall, cpu: (u! + s!) * 1000 };
}

must(process.execPath, [join(here, "build.mjs"), "--if-stale"]);
const dataDir = join(here, "node_modules/.cache/nianbao-bench-cli");
if (process.argv.includes("--fresh")) rmSync(dataDir, { recursive: true, force: true });
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" };
if (!existsSync(join(dataDir, "pglite"))) {
  mkdirSync(dataDir, { recursive: true });
  console.log(`Seeding the demo into ${dataDir} (once) …`);
  must(process.execPath, [cli, "seed", "--demo"], env);
}
const work = mkdtempSync(join(tmpdir(), "nianbao-bench-cli-"));
const report = ["--year", "2023", "--org", "荆竹铺镇"];
const md = join(work, "report.md");
writeFileSync(md, must(process.execPath, [cli, "render", ...report, "--format", "md"], env));

const ours: Array<{ wall: number; cpu: number }> = [];
const pandoc: Array<{ wall: number; cpu: number }> = [];
const hasPandoc = spawnSync("pandoc", ["--version"]).status === 0;
for (let i = 0; i < runs; i++) {
  // Interleaved, so that both see the same machine load.
  ours.push(
    timed(
      process.execPath,
      [cli, "render", ...report, "--format", "docx", "--out", join(work, "ours.docx")],
      env,
    ),
  );
  if (hasPandoc) pandoc.push(timed("pandoc", ["-o", join(work, "pandoc.docx"), md]));
}
const wall = (xs: typeof ours) => median(xs.map((x) => x.wall));
const cpu = (xs: typeof ours) => median(xs.map((x) => x.cpu));
console.log(`Whole process, one report to DOCX, median of ${runs} (wall / CPU):`);
console.log(`  nianbao render (node dist/cli.js)   ${s(wall(ours))} / ${s(cpu(ours))}   (goal ≤ 1 s)`);
if (hasPandoc) {
  console.log(`  pandoc -o x.docx report.md          ${s(wall(pandoc))} / ${s(cpu(pandoc))}`);
  console.log(
    `  ratio: ${(wall(ours) / wall(pandoc)).toFixed(1)}× pandoc by wall time, ${(cpu(ours) / cpu(pandoc)).toFixed(1)}× by CPU time`,
  );
} else console.log("  pandoc: not installed, no anchor");

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once("error", rej);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => res(port));
    });
  });
}

async function startToHealthy(): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, "serve"], {
    env: { ...env, PORT: String(port) },
    stdio: "ignore",
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      try {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (r.ok) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
}

const serve: number[] = [];
for (let i = 0; i < runs; i++) serve.push(await startToHealthy());
console.log(
  `Server start to healthy (node dist/cli.js serve → 200 /healthz), embedded database, median of ${runs}:`,
);
console.log(`  ${s(median(serve))}   (goal ≤ 2 s; runs: ${serve.map(s).join(", ")})`);
rmSync(work, { recursive: true, force: true });
