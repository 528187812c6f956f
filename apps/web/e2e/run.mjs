#!/usr/bin/env node
/**
 * `pnpm --filter @nianbao/web e2e`: the browser tests.
 *
 * 1. Finds the system Chromium (CHROMIUM_PATH, else /usr/bin/chromium). Without it the tests are skipped
 *    (exit 0) — unless REQUIRE_E2E=1, as CI sets, which makes a missing browser a failure.
 * 2. Builds the web app (vite build), so the server serves what the source says.
 * 3. Runs the specs with Vitest (e2e/vitest.config.ts); its global setup starts the real server in-process
 *    on a random port with a fresh, seeded database, and stops it afterwards.
 */
import { spawn } from "node:child_process";
import console from "node:console";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const webRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

if (!existsSync(chromium)) {
  const why = `Chromium not found at ${chromium} (install with apt-get install -y chromium fonts-noto-cjk)`;
  if (process.env.REQUIRE_E2E === "1") {
    console.error(`FAILED browser tests: ${why}; REQUIRE_E2E=1 requires them to run.`);
    process.exit(1);
  }
  console.log(`SKIPPED browser tests: ${why}`);
  process.exit(0);
}

/** Run a Node script of a dependency, inheriting stdio; resolves with its exit code. */
function run(script, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: webRoot,
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    const forward = (signal) => child.kill(signal);
    process.once("SIGINT", forward);
    process.once("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const bin = (pkg, file) => join(webRoot, "node_modules", pkg, file);

console.log("Building the web app (vite build)…");
const built = await run(bin("vite", "bin/vite.js"), ["build", "--logLevel", "warn"]);
if (built !== 0) process.exit(built);

console.log(`Running the browser tests with ${chromium}…`);
const reportFile = join(webRoot, "test-results/e2e-report.json");
rmSync(reportFile, { force: true });
const code = await run(
  bin("vitest", "vitest.mjs"),
  ["run", "--config", "e2e/vitest.config.ts", ...process.argv.slice(2)],
  {
    CHROMIUM_PATH: chromium,
  },
);

// Trust the report as well as the exit code: a failed or empty run must never pass.
let report = null;
try {
  report = JSON.parse(readFileSync(reportFile, "utf8"));
} catch {
  // no report: Vitest did not get far; its exit code says why
}
if (code !== 0) process.exit(code);
if (!report) {
  console.error("FAILED browser tests: Vitest wrote no report (test-results/e2e-report.json).");
  process.exit(1);
}
if (
  report.numTotalTests === 0 ||
  report.numFailedTests > 0 ||
  report.numFailedTestSuites > 0 ||
  report.success === false
) {
  console.error(
    `FAILED browser tests: ${report.numFailedTests} failed, ${report.numFailedTestSuites} failed files, ${report.numTotalTests} in all.`,
  );
  process.exit(1);
}
process.exit(0);
