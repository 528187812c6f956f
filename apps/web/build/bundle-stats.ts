/**
 * What a first visit downloads: build an app with Vite and read its output chunk by chunk (which modules
 * each holds, what it imports statically and lazily, its CSS), then add up the gzipped JavaScript and CSS
 * a page needs before it can render — the entry chunk, the page's lazy chunk and everything they import
 * statically. Used by `pnpm bench bundle` (our sign-in page beside Mantine's bare template) and by
 * `test/bundle.test.ts` (the entry chunk holds no page module).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type InlineConfig, type Plugin } from "vite";

export interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  /** Modules (absolute ids) whose code is in this chunk. */
  moduleIds: string[];
  /** Bytes of each module's code in the chunk, gzipped alone (a module's share, roughly). */
  moduleBytes: Map<string, number>;
  imports: string[];
  dynamicImports: string[];
  css: string[];
}

export interface BuildStats {
  outDir: string;
  chunks: Map<string, ChunkInfo>;
  entry: ChunkInfo;
  /** Gzipped size of an output file. */
  gzipped(fileName: string): number;
  /** Files loaded before a page renders: the entry's static closure, plus the chunk holding `moduleId`'s. */
  filesFor(moduleId?: string): { js: string[]; css: string[] };
  /** The chunk that holds the module whose id ends with `suffix`. */
  chunkOf(suffix: string): ChunkInfo | undefined;
  dispose(): void;
}

function collector(into: Map<string, ChunkInfo>): Plugin {
  return {
    name: "nianbao-bundle-stats",
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== "chunk") continue;
        const meta = (out as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata;
        into.set(out.fileName, {
          fileName: out.fileName,
          isEntry: out.isEntry,
          moduleIds: [...out.moduleIds],
          moduleBytes: new Map(
            Object.entries(out.modules).map(([id, m]) => [id, m.code ? gzipSync(m.code).byteLength : 0]),
          ),
          imports: [...out.imports],
          dynamicImports: [...out.dynamicImports],
          css: [...(meta?.importedCss ?? [])],
        });
      }
    },
  };
}

/** Builds `config` into a fresh temporary folder (never the app's dist/) and returns its chunks. */
export async function buildStats(config: InlineConfig): Promise<BuildStats> {
  const outDir = mkdtempSync(join(tmpdir(), "nianbao-bundle-"));
  const chunks = new Map<string, ChunkInfo>();
  await build({
    ...config,
    logLevel: "silent",
    plugins: [...(config.plugins ?? []), collector(chunks)],
    build: { ...config.build, outDir, emptyOutDir: true, write: true },
  });
  const entries = [...chunks.values()].filter((c) => c.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`);
  const entry = entries[0]!;
  const sizes = new Map<string, number>();
  const gzipped = (fileName: string) => {
    let n = sizes.get(fileName);
    if (n === undefined) {
      n = gzipSync(readFileSync(join(outDir, fileName)), { level: 9 }).byteLength;
      sizes.set(fileName, n);
    }
    return n;
  };
  const chunkOf = (suffix: string) =>
    [...chunks.values()].find((c) => c.moduleIds.some((id) => id.split("?")[0]!.endsWith(suffix)));
  const filesFor = (suffix?: string) => {
    const js = new Set<string>();
    const visit = (c: ChunkInfo | undefined) => {
      if (!c || js.has(c.fileName)) return;
      js.add(c.fileName);
      for (const i of c.imports) visit(chunks.get(i));
    };
    visit(entry);
    if (suffix) {
      const page = chunkOf(suffix);
      if (!page) throw new Error(`no chunk holds ${suffix}`);
      visit(page);
    }
    const css = new Set<string>();
    for (const f of js) for (const c of chunks.get(f)!.css) css.add(c);
    return { js: [...js], css: [...css] };
  };
  return {
    outDir,
    chunks,
    entry,
    gzipped,
    filesFor,
    chunkOf,
    dispose: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

/** Module ids shortened for people: relative to `root`, node_modules paths from the package name. */
export function shortId(id: string, root: string): string {
  const clean = id.split("?")[0]!;
  const nm = clean.lastIndexOf("/node_modules/");
  if (nm >= 0) return clean.slice(nm + "/node_modules/".length).replace(/^\.pnpm\/[^/]+\/node_modules\//, "");
  return relative(root, clean);
}
