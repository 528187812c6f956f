// @vitest-environment node
/**
 * The production build keeps a first visit small: builds the web app (into a temporary folder) and reads
 * which modules each chunk holds. The entry chunk and the app shell load no page module — each page is
 * its own chunk — and the charts and the rich-text editor load only with the pages that use them.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStats, shortId, type BuildStats } from "../build/bundle-stats.ts";

const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
let stats: BuildStats;

beforeAll(async () => {
  stats = await buildStats({ root: webRoot, configFile: join(webRoot, "vite.config.ts") });
}, 180_000);
afterAll(() => stats?.dispose());

/** Every module (shortened id) loaded before the page holding `moduleSuffix` renders. */
function modulesFor(moduleSuffix?: string): string[] {
  return stats
    .filesFor(moduleSuffix)
    .js.flatMap((f) => stats.chunks.get(f)!.moduleIds.map((id) => shortId(id, webRoot)));
}
const pages = (mods: string[]) => mods.filter((m) => /^src\/pages\//.test(m));
const packages = (mods: string[], name: string) => mods.filter((m) => m.startsWith(`${name}/`));

describe("web bundle", () => {
  it("the entry chunk and what it imports statically hold no page module", () => {
    const entry = modulesFor();
    expect(entry.some((m) => m === "src/main.tsx")).toBe(true);
    expect(pages(entry)).toEqual([]);
  });

  it("the app shell loads each page lazily, in a chunk of its own", () => {
    expect(pages(modulesFor("src/App.tsx"))).toEqual([]);
    const home = stats.chunkOf("src/pages/home.page.tsx")!;
    const report = stats.chunkOf("src/pages/report.page.tsx")!;
    const dashboard = stats.chunkOf("src/pages/dashboard.page.tsx")!;
    expect(new Set([home.fileName, report.fileName, dashboard.fileName]).size).toBe(3);
  });

  it("the sign-in page loads neither the router, the API client, zod, the charts nor an editor", () => {
    const signin = modulesFor("src/pages/signin.page.tsx");
    expect(signin).toContain("src/pages/signin.page.tsx");
    expect(pages(signin)).toEqual(["src/pages/signin.page.tsx"]);
    for (const name of ["react-router", "@trpc", "@tanstack", "zod", "recharts", "@tiptap", "@mantine/form"])
      expect(packages(signin, name), name).toEqual([]);
  });

  it("the charts load only with the dashboards, the rich-text editor only with the report and sandbox", () => {
    const charted = ["dashboard.page.tsx", "township-dashboard.page.tsx"];
    const edited = ["report.page.tsx", "sandbox.page.tsx", "admin-year.page.tsx"];
    const all = ["home", "admin", "admin-years", "admin-year", "dashboard", "township-dashboard"];
    for (const page of [...all.map((p) => `${p}.page.tsx`), "report.page.tsx", "sandbox.page.tsx"]) {
      const mods = modulesFor(`src/pages/${page}`);
      if (!charted.includes(page)) expect(packages(mods, "recharts"), page).toEqual([]);
      if (!edited.includes(page)) expect(packages(mods, "@tiptap"), page).toEqual([]);
      expect(pages(mods), page).toEqual([`src/pages/${page}`]);
    }
    expect(packages(modulesFor("src/pages/dashboard.page.tsx"), "recharts").length).toBeGreaterThan(0);
  });

  it("each language's catalog is a chunk of its own", () => {
    const entry = modulesFor();
    expect(entry).not.toContain("src/i18n/zh-CN.ts");
    expect(entry).not.toContain("src/i18n/en.ts");
    expect(stats.chunkOf("src/i18n/en.ts")!.fileName).not.toBe(stats.chunkOf("src/i18n/zh-CN.ts")!.fileName);
  });
});
