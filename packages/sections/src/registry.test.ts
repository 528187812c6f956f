import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SectionRegistry, installedSections, sectionFixtures, sections } from "./index.ts";

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

describe("section fixtures", () => {
  it("has the fixtures of every installed plugin", () => {
    expect(Object.keys(sectionFixtures).sort()).toEqual(installedSections.map((p) => p.id).sort());
  });
});
