import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SectionRegistry, installedSections, sectionFixtures, sections } from "./index.ts";
import { METRICS_START, withMetricsTable } from "./readme.ts";

const pluginsDir = fileURLToPath(new URL("../../../plugins/", import.meta.url));

describe("section registry", () => {
  it("registers every folder under plugins/, with the folder name as the id", () => {
    const folders = readdirSync(pluginsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(installedSections.map((p) => p.id).sort()).toEqual(folders);
    for (const folder of folders) {
      const pkg = JSON.parse(readFileSync(`${pluginsDir}/${folder}/package.json`, "utf8"));
      expect(pkg.name).toBe(`@nianbao/section-${folder}`);
    }
  });

  it("finds plugins by id and refuses a plugin registered twice", () => {
    expect(sections.get("legal-study")?.id).toBe("legal-study");
    expect(sections.get("nope")).toBeUndefined();
    expect(() => new SectionRegistry([installedSections[0]!, installedSections[0]!])).toThrow(
      /registered twice/,
    );
  });
});

describe("plugin packages", () => {
  const folders = readdirSync(pluginsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const PEERS = /^(zod|react|react-dom|@mantine\/[a-z-]+)$/;

  it("depend on the SDK alone, with zod, React and Mantine as peers", () => {
    for (const folder of folders) {
      const pkg = JSON.parse(readFileSync(`${pluginsDir}/${folder}/package.json`, "utf8"));
      expect(Object.keys(pkg.dependencies ?? {}), folder).toEqual(["@nianbao/sdk"]);
      for (const peer of Object.keys(pkg.peerDependencies ?? {}))
        expect(peer, `${folder}: peer ${peer}`).toMatch(PEERS);
      expect(pkg.optionalDependencies, folder).toBeUndefined();
    }
  });

  it("import, outside their tests, only the SDK and their declared peers", () => {
    for (const folder of folders) {
      const pkg = JSON.parse(readFileSync(`${pluginsDir}/${folder}/package.json`, "utf8"));
      const allowed = new Set(["@nianbao/sdk", ...Object.keys(pkg.peerDependencies ?? {})]);
      const files = readdirSync(`${pluginsDir}/${folder}/src`).filter(
        (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f),
      );
      for (const file of files) {
        const source = readFileSync(`${pluginsDir}/${folder}/src/${file}`, "utf8");
        for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*"([^".][^"]*)"/g)) {
          const name = spec!.startsWith("@") ? spec!.split("/").slice(0, 2).join("/") : spec!.split("/")[0]!;
          expect(allowed.has(name), `${folder}/src/${file} imports "${spec}"`).toBe(true);
        }
      }
    }
  });

  it("export the manifest and its types only from their main entry", async () => {
    for (const folder of folders) {
      const entry = await import(`${pluginsDir}${folder}/src/index.ts`);
      expect(Object.keys(entry), folder).toEqual(["default"]);
      expect(entry.default.id, folder).toBe(folder);
    }
  });
});

describe("plugin READMEs", () => {
  it("carry the metric table their manifest gives (run `pnpm readme:metrics` after changing a metric)", () => {
    for (const plugin of installedSections) {
      const readme = readFileSync(`${pluginsDir}${plugin.id}/README.md`, "utf8");
      expect(readme, plugin.id).toContain(METRICS_START);
      expect(
        readme,
        `plugins/${plugin.id}/README.md has drifted from the manifest: run pnpm readme:metrics`,
      ).toBe(withMetricsTable(readme, plugin));
    }
  });

  it("notice a README that drifted", () => {
    const plugin = sections.get("legal-study")!;
    const readme = withMetricsTable("# x\n\n## Metrics\n\nold table\n\n## Settings\n", plugin);
    expect(readme).toContain("| `studySessions` |");
    expect(readme).not.toContain("old table");
    expect(readme).toMatch(/## Settings\n$/);
    expect(withMetricsTable(readme.replace("| `studySessions` |", "| `sessions` |"), plugin)).toBe(readme);
  });
});

describe("section fixtures", () => {
  it("has the fixtures of every installed plugin", () => {
    expect(Object.keys(sectionFixtures).sort()).toEqual(installedSections.map((p) => p.id).sort());
  });
});
