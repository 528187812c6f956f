import { ESLint, type Linter } from "eslint";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { base, plugin, registry } from "../index.js";

/** Lint a small file with a preset, as if it were at `path` inside a package, and return the import errors. */
async function importErrors(config: Linter.Config[], path: string, imports: string[]): Promise<string[]> {
  const cwd = fileURLToPath(new URL("./fake-package/", import.meta.url));
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config });
  const code = imports
    .map((m, i) => `import * as m${i} from ${JSON.stringify(m)};\nexport { m${i} };`)
    .join("\n");
  const [result] = await eslint.lintText(code, { filePath: `${cwd}${path}` });
  return result!.messages
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => imports[Math.floor((m.line - 1) / 2)]!);
}

describe("plugin preset: a plugin imports only the SDK, zod, React and Mantine", () => {
  const allowed = [
    "@nianbao/sdk",
    "@nianbao/sdk/react",
    "zod",
    "react",
    "react/jsx-runtime",
    "@mantine/core",
    "@mantine/form",
    "./schema.ts",
    "../package.json",
  ];
  const refused = [
    "@nianbao/sections",
    "@nianbao/section-legal-study",
    "@nianbao/api",
    "@nianbao/db",
    "@trpc/server",
    "read-excel-file/node",
    "lodash",
    "node:fs",
    "fs",
    "../../legal-study/src/index.ts",
    "../../../packages/api/src/index.ts",
  ];

  it("refuses every other import in plugin source, naming the rule", async () => {
    expect(await importErrors(plugin, "src/form.tsx", [...allowed, ...refused])).toEqual(refused);
  });

  it("lets a plugin's tests use vitest and the testing library, and nothing else besides", async () => {
    expect(
      await importErrors(plugin, "src/x.test.ts", [
        "vitest",
        "@testing-library/react",
        "@nianbao/sdk/testing",
        "@nianbao/api",
      ]),
    ).toEqual(["@nianbao/api"]);
  });

  it("explains the rule in the message", async () => {
    const cwd = fileURLToPath(new URL("./fake-package/", import.meta.url));
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: plugin });
    const [r] = await eslint.lintText(`import { x } from "@nianbao/db";\nexport { x };\n`, {
      filePath: `${cwd}src/index.ts`,
    });
    expect(r!.messages[0]!.message).toContain(
      "A section plugin imports only @nianbao/sdk, zod, react and @mantine/*",
    );
  });
});

describe("base preset: the core reaches plugins only through the registry", () => {
  it("refuses importing a plugin package in core source", async () => {
    expect(
      await importErrors(base, "src/services/x.ts", [
        "@nianbao/section-dispute-resolution",
        "@nianbao/section-legal-study/fixtures",
        "@nianbao/sections",
        "@nianbao/sdk",
      ]),
    ).toEqual(["@nianbao/section-dispute-resolution", "@nianbao/section-legal-study/fixtures"]);
  });

  it("allows it in the registry (packages/sections) and in tests", async () => {
    expect(await importErrors(registry, "src/index.ts", ["@nianbao/section-legal-study"])).toEqual([]);
    expect(await importErrors(base, "src/document.test.ts", ["@nianbao/section-legal-study"])).toEqual([]);
  });
});

/** Lint a file's code with a preset, as if at `path` inside a package, and return the lines with boundary errors. */
async function boundaryLines(config: Linter.Config[], path: string, code: string): Promise<number[]> {
  const cwd = fileURLToPath(new URL("./fake-package/", import.meta.url));
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(code, { filePath: `${cwd}${path}` });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.line);
}

describe("dynamic import() and require() keep the same boundaries", () => {
  it("refuses a plugin's dynamic import of a core package, a computed import and any require", async () => {
    const code = [
      'export const form = () => import("./form.tsx");', // 1 allowed: the lazy form
      'export const sdk = () => import("@nianbao/sdk/react");', // 2 allowed
      'export const db = () => import("@nianbao/db");', // 3 refused
      'export const other = () => import("@nianbao/section-legal-study");', // 4 refused
      'export const out = () => import("../../legal-study/src/index.ts");', // 5 refused: leaves the plugin
      "const name = 'x'; export const computed = () => import(name);", // 6 refused: not a literal
      'export const fs = require("node:fs");', // 7 refused
      'export const api = require("@nianbao/api");', // 8 refused
    ].join("\n");
    // A require of a module a plugin may not import breaks both rules (two messages on its line).
    expect(await boundaryLines(plugin, "src/index.ts", code)).toEqual([3, 4, 5, 6, 7, 7, 8, 8]);
  });

  it("refuses the core's dynamic import or require of a plugin package, except in the registry and tests", async () => {
    const code = [
      'export const p = () => import("@nianbao/section-legal-study");',
      'export const q = require("@nianbao/section-dispute-resolution/fixtures");',
      'export const r = () => import("@nianbao/sections");',
    ].join("\n");
    expect(await boundaryLines(base, "src/services/x.ts", code)).toEqual([1, 2]);
    expect(await boundaryLines(registry, "src/index.ts", code)).toEqual([]);
    expect(await boundaryLines(base, "src/x.test.ts", code)).toEqual([]);
  });
});
