import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { GenerateError, generateSection, pluginFiles } from "./generate.ts";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A scratch root with just what the generator reads and edits: plugins/ names and packages/sections. */
function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), "gen-section-"));
  dirs.push(root);
  cpSync(join(repo, "packages/sections/package.json"), join(root, "packages/sections/package.json"));
  cpSync(join(repo, "packages/sections/src/index.ts"), join(root, "packages/sections/src/index.ts"));
  cpSync(join(repo, "plugins/custom/package.json"), join(root, "plugins/custom/package.json"));
  return root;
}

const options = (root: string, over = {}) => ({
  root,
  id: "legal-aid",
  titleZh: "法律援助",
  titleEn: "Legal aid",
  template: "narrative" as const,
  ...over,
});

describe("gen:section", () => {
  it("writes the plugin and registers it in packages/sections", () => {
    const root = scratch();
    const files = generateSection(options(root));
    expect(files).toContain("plugins/legal-aid/src/index.ts");
    const index = readFileSync(join(root, "plugins/legal-aid/src/index.ts"), "utf8");
    expect(index).toContain('id: "legal-aid"');
    expect(index).toContain('title: { "zh-CN": "法律援助", en: "Legal aid" }');
    expect(index).not.toMatch(/__\w+__/);
    const pkg = JSON.parse(readFileSync(join(root, "packages/sections/package.json"), "utf8"));
    expect(pkg.dependencies["@nianbao/section-legal-aid"]).toBe("workspace:*");
    const registry = readFileSync(join(root, "packages/sections/src/index.ts"), "utf8");
    expect(registry).toContain('import legalAid from "@nianbao/section-legal-aid";');
    expect(registry).toContain(
      'import { fixtures as legalAidFixtures } from "@nianbao/section-legal-aid/fixtures";',
    );
    expect(registry).toContain("  custom,\n  legalAid,\n];");
    expect(registry).toContain(
      '  "safety-petitions": safetyPetitionsFixtures,\n  "legal-aid": legalAidFixtures,\n};',
    );
  });

  it("fills every placeholder of both templates", () => {
    for (const template of ["narrative", "ledger"] as const) {
      for (const [path, text] of Object.entries(pluginFiles(options("/nowhere", { template, id: "x-y2" })))) {
        expect(text, path).not.toMatch(/__[A-Za-z_]+__/);
      }
    }
  });

  it("refuses an existing, registered or invalid id and bad titles with a clear message", () => {
    const root = scratch();
    expect(() => generateSection(options(root, { id: "custom" }))).toThrow(/栏目插件“custom”已存在/);
    expect(() => generateSection(options(root, { id: "legal-study" }))).toThrow(
      /已在 packages\/sections 中注册/,
    );
    for (const id of ["Legal", "legal_aid", "1st", "-a", "a--b", ""]) {
      expect(() => generateSection(options(root, { id })), id).toThrow(GenerateError);
    }
    expect(() => generateSection(options(root, { titleZh: "Legal aid" }))).toThrow(/中文标题须包含汉字/);
    expect(() => generateSection(options(root, { titleEn: " " }))).toThrow(/英文标题/);
    expect(() => generateSection(options(root, { titleZh: '法律"援助' }))).toThrow(/标题不能包含/);
    expect(() => generateSection(options(root, { template: "table" as never }))).toThrow(/模板须为/);
  });
});
