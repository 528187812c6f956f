/**
 * The conformance suite every plugin runs (and the registry runs over all plugins):
 *
 *   import { runConformance } from "@nianbao/sdk/testing";
 *   runConformance(plugin, { entry: new URL("./index.ts", import.meta.url), fixtures });
 *
 * Run it in a jsdom environment (`// @vitest-environment jsdom`): one test mounts the plugin's form.
 */
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { blockSchema } from "../blocks.ts";
import {
  SECTION_ID,
  computeMetrics,
  migrateData,
  parseSettings,
  renderSection,
  runChecks,
  type AnySectionPlugin,
  type RenderContext,
} from "../define.ts";
import { t } from "../text.ts";
import { LEVELS, levelContext, strayTownTexts } from "./levels.ts";

export * from "./levels.ts";
export * from "./upgrades.ts";

export interface SectionFixtures {
  /** Named data that must parse. Put the reference report's content in one of them. */
  valid: Record<string, unknown>;
  /** Named data that must be refused by the schema. */
  invalid: Record<string, unknown>;
  /**
   * Data stored under older versions, which migrations must upgrade into valid current data. `upgradesTo`
   * names the valid fixture it must become (the same content filed under the current version): the suite
   * then checks that the upgrade equals it and renders the very same text for every level.
   */
  legacy?: Array<{ name: string; version: number; data: unknown; upgradesTo?: string }>;
}

export interface ConformanceOptions {
  /** `import.meta.url` of the calling test file. */
  base: string;
  /** The plugin's main entry relative to `base` ("./index.ts"), checked for UI-free imports in a child process. */
  entry: string;
  fixtures: SectionFixtures;
}

export const TEST_RENDER_CONTEXT: RenderContext<unknown> = {
  settings: {},
  heading: "测试标题",
  org: { name: "荆竹铺镇", fullName: "武冈市荆竹铺镇人民政府", kind: "township" },
  year: 2023,
};

/** Make jsdom good enough for Mantine (matchMedia, ResizeObserver, scrollIntoView). */
export function installDomShims(): void {
  const w = globalThis as unknown as Record<string, unknown> & { window?: Window };
  if (typeof window === "undefined") return;
  if (!window.matchMedia) {
    Object.defineProperty(window, "matchMedia", {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  if (!w.ResizeObserver) {
    w.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
  if (!("fonts" in document)) {
    Object.defineProperty(document, "fonts", {
      value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
    });
  }
}

export function runConformance(
  plugin: AnySectionPlugin,
  { base, entry, fixtures }: ConformanceOptions,
): void {
  const samples: Array<[string, unknown]> = [
    ["defaults", plugin.defaults],
    ...Object.entries(fixtures.valid).map(([name, data]): [string, unknown] => [
      name,
      plugin.schema.parse(data),
    ]),
  ];

  describe(`section plugin "${plugin.id}" conformance`, () => {
    it("has a kebab-case id, an integer version and a Chinese title", () => {
      expect(plugin.id).toMatch(SECTION_ID);
      expect(Number.isInteger(plugin.version) && plugin.version >= 1).toBe(true);
      expect(t(plugin.title, "zh-CN")).toMatch(/\p{Script=Han}/u);
      expect(t(plugin.title, "en")).not.toBe("");
      for (let v = 2; v <= plugin.version; v++) expect(typeof plugin.migrations?.[v]).toBe("function");
    });

    it("parses its defaults and default settings", () => {
      expect(plugin.schema.safeParse(plugin.defaults).success).toBe(true);
      expect(() => parseSettings(plugin, {})).not.toThrow();
    });

    it("has at least one valid and one invalid fixture", () => {
      expect(Object.keys(fixtures.valid).length).toBeGreaterThan(0);
      expect(Object.keys(fixtures.invalid).length).toBeGreaterThan(0);
    });

    for (const [name, data] of Object.entries(fixtures.valid)) {
      it(`accepts valid fixture "${name}"`, () => {
        const result = plugin.schema.safeParse(data);
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      });
    }

    for (const [name, data] of Object.entries(fixtures.invalid)) {
      it(`refuses invalid fixture "${name}" with a located message`, () => {
        const result = plugin.schema.safeParse(data);
        expect(result.success).toBe(false);
        for (const issue of result.error!.issues) expect(issue.message).not.toBe("");
      });
    }

    it("computes finite, deterministic metrics with a unit and a label", () => {
      expect(Object.keys(plugin.metrics).length).toBeGreaterThan(0);
      for (const m of Object.values(plugin.metrics)) {
        expect(m.unit).not.toBe("");
        expect(t(m.label)).not.toBe("");
      }
      for (const [, data] of samples) {
        const first = computeMetrics(plugin, data);
        const second = computeMetrics(plugin, structuredClone(data));
        expect(second).toEqual(first);
        for (const v of Object.values(first)) {
          for (const n of [v.value, v.numerator, v.denominator]) {
            if (n !== null) expect(Number.isFinite(n)).toBe(true);
          }
        }
      }
    });

    it("renders JSON-serialisable output made of known blocks", () => {
      for (const [, data] of samples) {
        const blocks = renderSection(plugin, data, TEST_RENDER_CONTEXT);
        expect(JSON.parse(JSON.stringify(blocks))).toEqual(blocks);
        for (const b of blocks) expect(blockSchema.safeParse(b).success).toBe(true);
        // The same data renders the same text.
        expect(renderSection(plugin, structuredClone(data), TEST_RENDER_CONTEXT)).toEqual(blocks);
      }
    });

    for (const level of LEVELS) {
      it(`renders every fixture for a ${level}`, () => {
        for (const [, data] of samples) {
          const blocks = renderSection(plugin, data, levelContext(level));
          for (const b of blocks) expect(blockSchema.safeParse(b).success).toBe(true);
        }
      });
    }

    for (const level of ["乡", "街道"] as const) {
      it(`prints no stray 镇 for a ${level} (level words come from levelWords)`, () => {
        for (const [name, data] of samples) {
          expect(strayTownTexts(plugin, data, level), `fixture "${name}"`).toEqual([]);
        }
      });
    }

    it("renders nothing dangling for its defaults (an empty section prints no half sentences)", () => {
      const text = renderSection(plugin, plugin.defaults, TEST_RENDER_CONTEXT)
        .flatMap((b) => ("text" in b ? [b.text] : []))
        .join("");
      expect(text).not.toMatch(/null|undefined|NaN|，。|，$|^，/);
    });

    it("runs its checks with readable messages", () => {
      for (const [, data] of samples) {
        for (const r of runChecks(plugin, data, {})) {
          expect(["error", "warning"]).toContain(r.level);
          expect(r.message).not.toBe("");
        }
      }
    });

    for (const legacy of fixtures.legacy ?? []) {
      it(`upgrades legacy fixture "${legacy.name}" (v${legacy.version}) to valid current data`, () => {
        const upgraded = migrateData(plugin, legacy.data, legacy.version);
        const result = plugin.schema.safeParse(upgraded);
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
        if (legacy.upgradesTo === undefined) return;
        const target = fixtures.valid[legacy.upgradesTo];
        expect(target, `no valid fixture "${legacy.upgradesTo}"`).toBeDefined();
        expect(result.data).toEqual(plugin.schema.parse(target));
        for (const level of LEVELS) {
          expect(renderSection(plugin, result.data, levelContext(level))).toEqual(
            renderSection(plugin, plugin.schema.parse(target), levelContext(level)),
          );
        }
      });
    }

    it("mounts its form with the defaults", async () => {
      expect(typeof document, "run the conformance suite with // @vitest-environment jsdom").toBe("object");
      installDomShims();
      const [{ render, cleanup }, { MantineProvider }, React, kit] = await Promise.all([
        import("@testing-library/react"),
        import("@mantine/core"),
        import("react"),
        import("../react/index.tsx"),
      ]);
      const Form = (await plugin.form()).default;
      const settings = parseSettings(plugin, {});
      function Harness() {
        const form = kit.useSectionForm(plugin, plugin.defaults);
        return React.createElement(Form, { form, settings });
      }
      const view = render(React.createElement(MantineProvider, null, React.createElement(Harness)));
      expect(view.container.querySelectorAll("input, textarea").length).toBeGreaterThan(0);
      cleanup();
    });

    it("imports its main entry without loading React or Mantine", () => {
      // Node's path functions, not URL: under jsdom the global URL is jsdom's and mishandles file: URLs.
      const register = join(dirname(fileURLToPath(import.meta.url)), "register-forbid-ui.mjs");
      const entryPath = resolve(dirname(fileURLToPath(base)), entry);
      const child = spawnSync(
        process.execPath,
        [
          "--import",
          register,
          "--input-type=module",
          "-e",
          `await import(${JSON.stringify(pathToFileURL(entryPath).href)});`,
        ],
        { encoding: "utf8", timeout: 60_000 },
      );
      expect(child.stderr + child.stdout).not.toMatch(/UI module/);
      expect(child.status, child.stderr).toBe(0);
    });
  });
}
