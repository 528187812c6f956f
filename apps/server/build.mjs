#!/usr/bin/env node
/* global process, console, performance */
/**
 * Compiles the server and the `nianbao` command into `dist/` (JavaScript, no transpiler at run time):
 * esbuild bundles our TypeScript — this app and the workspace packages it imports, which export their
 * source — into `dist/cli.js` plus lazily loaded chunks (the plugins' React forms are never loaded by
 * the server). Third-party packages stay outside the bundle and load from node_modules as usual: each
 * import is rewritten to the file esbuild resolves, relative to dist/, because pnpm only links a
 * package's own dependencies next to it.
 *
 *   node build.mjs            build (what `npm start`, `pnpm build` and `pnpm nianbao` do when stale)
 *   node build.mjs --if-stale build only when a source file, the lockfile or this script is newer
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const dist = join(here, "dist");
const meta = join(dist, "meta.json");
export const cliPath = join(dist, "cli.js");

/** Third-party imports stay external, pointing at the file they resolve to (relative to dist/). */
const externalNodeModules = {
  name: "external-node-modules",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "resolving") return undefined;
      if (args.path.startsWith("node:")) return { path: args.path, external: true };
      if (args.path.startsWith("@nianbao/")) return undefined; // ours: bundled
      const r = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: "resolving",
      });
      if (r.errors.length) return { errors: r.errors };
      if (r.external || !r.path.includes(`${sep}node_modules${sep}`))
        return { path: r.path, external: r.external };
      let rel = relative(dist, r.path).split(sep).join("/");
      if (!rel.startsWith(".")) rel = `./${rel}`;
      return { path: rel, external: true };
    });
  },
};

/** True when dist/ is missing or older than any input of the last build, the lockfile or this script. */
export function isStale() {
  if (!existsSync(meta) || !existsSync(cliPath)) return true;
  const built = statSync(meta).mtimeMs;
  const inputs = Object.keys(JSON.parse(readFileSync(meta, "utf8")).inputs);
  const extra = [join(root, "pnpm-lock.yaml"), fileURLToPath(import.meta.url)];
  for (const f of [...inputs.map((i) => resolve(root, i)), ...extra]) {
    try {
      if (statSync(f).mtimeMs > built) return true;
    } catch {
      return true; // an input was deleted or moved
    }
  }
  return false;
}

export async function buildServer() {
  rmSync(dist, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: join(here, "src/cli.ts") },
    outdir: dist,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    metafile: true,
    jsx: "automatic",
    logLevel: "warning",
    // Every output file sits in dist/ itself: the relative paths to node_modules hold for each.
    chunkNames: "chunk-[hash]",
    plugins: [externalNodeModules],
  });
  writeFileSync(meta, JSON.stringify(result.metafile));
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes("--if-stale");
  if (ifStale && !isStale()) process.exit(0);
  const t0 = performance.now();
  await buildServer();
  console.error(
    `nianbao: server compiled to ${relative(process.cwd(), dist) || "."} in ${Math.round(performance.now() - t0)} ms`,
  );
}
