#!/usr/bin/env node
// `pnpm bench <name> [args…]`: run the benchmark script `bench/<name>.bench.ts` of whichever workspace package
// has one (apps/*, packages/*, plugins/*), with tsx, from that package's folder. Benchmarks print their
// figures; they never fail on a budget (budgets are read by people, in the issue notes).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const [name, ...args] = process.argv.slice(2);

const found = [];
for (const group of ["apps", "packages", "plugins"]) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const pkg of readdirSync(dir)) {
    const benchDir = join(dir, pkg, "bench");
    if (!existsSync(benchDir)) continue;
    for (const f of readdirSync(benchDir)) {
      const m = /^(.+)\.bench\.ts$/.exec(f);
      if (m) found.push({ name: m[1], cwd: join(dir, pkg), file: join(benchDir, f) });
    }
  }
}

const match = found.find((b) => b.name === name);
if (!match) {
  console.error(name ? `No benchmark named "${name}".` : "Usage: pnpm bench <name> [args…]");
  console.error(
    `Available: ${
      found
        .map((b) => b.name)
        .sort()
        .join(", ") || "(none)"
    }`,
  );
  process.exit(2);
}
const tsx = join(root, "node_modules", ".bin", "tsx");
const r = spawnSync(tsx, [match.file, ...args], { cwd: match.cwd, stdio: "inherit" });
process.exit(r.status ?? 1);
