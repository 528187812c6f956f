/**
 * The slow end-to-end test of `pnpm gen:section`: copy the workspace (without node_modules, .git, .data,
 * build output) to a temporary folder, run the scaffolder's CLI there for both templates (it registers the
 * plugins and runs `pnpm install --offline`, which links from the shared pnpm store), then typecheck, lint
 * and test the new plugins (their own tests and the SDK conformance suite) and the registry, exactly as
 * a developer would. Runs in `npm test` (not in the PostgreSQL-only integration run: it has no database).
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const SKIP = new Set(["node_modules", ".git", ".data", ".turbo", "dist", "test-results", ".vite"]);
let copy: string;

function run(cmd: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, {
    cwd: copy,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 300_000,
  });
  if (r.status !== 0) console.error(`$ ${cmd} ${args.join(" ")}\n${r.stdout}\n${r.stderr}`);
  return r;
}

const tsx = join(repo, "node_modules/tsx/dist/cli.mjs");
const gen = (...args: string[]) => run(process.execPath, [tsx, "tooling/gen-section/src/cli.ts", ...args]);

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "nianbao-gen-"));
  cpSync(repo, copy, {
    recursive: true,
    filter: (src) => !SKIP.has(basename(src)) || relative(repo, src) === "",
  });
}, 120_000);
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("pnpm gen:section in a copy of the workspace", () => {
  it("generates a narrative and a ledger plugin that install, typecheck, lint and pass their tests and conformance", () => {
    expect(
      gen(
        "--id",
        "legal-aid",
        "--title-zh",
        "法律援助",
        "--title-en",
        "Legal aid",
        "--template",
        "narrative",
        "--no-install",
      ).status,
    ).toBe(0);
    const r = gen(
      "--id",
      "publicity-ledger",
      "--title-zh",
      "普法活动台账",
      "--title-en",
      "Legal publicity ledger",
      "--template",
      "ledger",
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("已生成栏目插件 @nianbao/section-publicity-ledger");
    expect(existsSync(join(copy, "plugins/legal-aid/node_modules/@nianbao/sdk"))).toBe(true);
    expect(existsSync(join(copy, "packages/sections/node_modules/@nianbao/section-publicity-ledger"))).toBe(
      true,
    );

    const filters = [
      "--filter",
      "@nianbao/section-legal-aid",
      "--filter",
      "@nianbao/section-publicity-ledger",
      "--filter",
      "@nianbao/sections",
    ];
    const typecheck = run("pnpm", [...filters, "run", "typecheck"]);
    expect(typecheck.status, typecheck.stdout + typecheck.stderr).toBe(0);
    const lint = run("pnpm", [...filters, "run", "lint"]);
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
    const test = run("pnpm", ["--workspace-concurrency=1", ...filters, "run", "test"]);
    expect(test.status, test.stdout + test.stderr).toBe(0);
    // Each plugin's conformance suite ran (and the registry test found both folders registered).
    expect(test.stdout).toMatch(/section plugin "legal-aid" conformance|conformance\.test\.ts/);
    expect(test.stdout).not.toMatch(/\b[1-9]\d* failed/);
    const registry = readFileSync(join(copy, "packages/sections/src/index.ts"), "utf8");
    expect(registry).toContain("  legalAid,\n  publicityLedger,\n];");
  }, 900_000);

  it("refuses an existing id with a clear message and changes nothing", () => {
    const before = readFileSync(join(copy, "packages/sections/src/index.ts"), "utf8");
    const r = gen("--id", "legal-aid", "--title-zh", "法律援助", "--title-en", "Legal aid", "--no-install");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("栏目插件“legal-aid”已存在");
    const bad = gen("--id", "Legal_Aid", "--title-zh", "法律援助", "--title-en", "Legal aid", "--no-install");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("栏目编号“Legal_Aid”不合法");
    expect(readFileSync(join(copy, "packages/sections/src/index.ts"), "utf8")).toBe(before);
  });
});
