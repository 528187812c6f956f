#!/usr/bin/env node
// `npm start` and `npm test` on a fresh machine with only Node and npm: make sure the pinned pnpm is
// available (installing it locally under node_modules/.cache when it is not on PATH), install the
// workspace, then start the app or run every test. Uses only Node's standard library.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmVersion = pkg.packageManager.replace(/^pnpm@/, "");
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: "1",
  TURBO_NO_UPDATE_NOTIFIER: "1",
  COREPACK_ENABLE_STRICT: "0",
};

function run(cmd, args, options = {}) {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env, ...options });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function must(cmd, args) {
  const status = run(cmd, args);
  if (status !== 0) process.exit(status);
}

function pnpmOnPath() {
  const r = spawnSync("pnpm", ["--version"], { encoding: "utf8", env });
  return r.status === 0 && r.stdout.trim() === pnpmVersion;
}

function ensurePnpm() {
  if (pnpmOnPath()) return;
  const prefix = join(root, "node_modules/.cache/pnpm-bootstrap");
  const bin = join(prefix, "node_modules/.bin");
  if (!existsSync(join(bin, "pnpm"))) {
    console.log(`pnpm ${pnpmVersion} not found: installing it locally with npm …`);
    must("npm", [
      "install",
      "--no-save",
      "--no-audit",
      "--no-fund",
      "--prefix",
      prefix,
      `pnpm@${pnpmVersion}`,
    ]);
  }
  env.PATH = `${bin}${delimiter}${env.PATH}`;
  if (!pnpmOnPath()) {
    console.error(`could not make pnpm ${pnpmVersion} available`);
    process.exit(1);
  }
}

const command = process.argv[2];
if (command !== "start" && command !== "test") {
  console.error("usage: node tooling/scripts/run.mjs start|test");
  process.exit(2);
}
ensurePnpm();
must("pnpm", ["install", "--frozen-lockfile"]);

if (command === "start") {
  // The web app and the compiled server (apps/server/dist), then the server as plain JavaScript.
  must("pnpm", ["turbo", "run", "build", "--filter=@nianbao/web", "--filter=@nianbao/server"]);
  process.exit(run(process.execPath, ["apps/server/dist/cli.js", "serve"]));
} else {
  // Formatting (prettier --check; `pnpm format` fixes it), then typecheck, lint, unit and integration tests
  // of every package (PGlite unless TEST_DATABASE_URL is set),
  // then the browser tests (skipped with a clear message when Chromium is missing, unless REQUIRE_E2E=1).
  must("pnpm", ["exec", "prettier", "--check", "."]);
  must("pnpm", ["turbo", "run", "typecheck", "lint", "test", "--concurrency=3"]);
  must("pnpm", ["e2e"]);
  console.log("\nAll tests passed.");
}
