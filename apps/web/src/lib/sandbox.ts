import { referenceOutline2023, type YearTemplate } from "@nianbao/document";
import {
  computeMetrics,
  migrateData,
  parseSettings,
  renderSection,
  runChecks,
  t,
  type AnySectionPlugin,
  type Block,
  type CheckResult,
  type Locale,
  type MetricValue,
} from "@nianbao/sdk";
import type { SectionFixtures } from "@nianbao/sdk/testing";
import { composeSectionExcerpt, documentHtml, type FullReport, type Registry } from "./preview.ts";

/** A fixture the sandbox can load: "defaults", "valid:<name>", "invalid:<name>" or "legacy:<name>". */
export interface FixtureOption {
  value: string;
  kind: "defaults" | "valid" | "invalid" | "legacy";
  name: string;
  version?: number;
}

export function fixtureOptions(fixtures: SectionFixtures | undefined): FixtureOption[] {
  return [
    { value: "defaults", kind: "defaults", name: "defaults" },
    ...Object.keys(fixtures?.valid ?? {}).map((name): FixtureOption => ({
      value: `valid:${name}`,
      kind: "valid",
      name,
    })),
    ...Object.keys(fixtures?.invalid ?? {}).map((name): FixtureOption => ({
      value: `invalid:${name}`,
      kind: "invalid",
      name,
    })),
    ...(fixtures?.legacy ?? []).map((l): FixtureOption => ({
      value: `legacy:${l.name}`,
      kind: "legacy",
      name: l.name,
      version: l.version,
    })),
  ];
}

/** The data a fixture loads into the form: legacy data is upgraded through the plugin's migrations first. */
export function fixtureData(
  plugin: AnySectionPlugin,
  fixtures: SectionFixtures | undefined,
  value: string,
): unknown {
  const [kind, ...rest] = value.split(":");
  const name = rest.join(":");
  const data =
    kind === "valid"
      ? fixtures?.valid[name]
      : kind === "invalid"
        ? fixtures?.invalid[name]
        : kind === "legacy"
          ? (() => {
              const l = fixtures?.legacy?.find((x) => x.name === name);
              return l ? migrateData(plugin, l.data, l.version) : undefined;
            })()
          : undefined;
  return structuredClone(data ?? plugin.defaults);
}

export interface SandboxResult {
  /** The schema's messages, by dot path ("" for the whole section). */
  issues: Array<{ path: string; message: string }>;
  checks: CheckResult[];
  metrics: Array<{ key: string; label: string; unit: string; aggregate: string; value: MetricValue }>;
  blocks: Block[] | null;
  html: string | null;
  renderError: string | null;
}

const ORG = { name: "荆竹铺镇", parentName: "武冈市" };
const YEAR = 2023;

/** A one-section template: the plugin's section as it reads under part 一 of the reference outline. */
function templateFor(plugin: AnySectionPlugin, settings: Record<string, unknown>): YearTemplate {
  return {
    ...referenceOutline2023,
    parts: [
      {
        key: "work",
        title: "工作开展情况",
        sections: [
          {
            key: plugin.id,
            plugin: plugin.id,
            pluginVersion: plugin.version,
            heading: t(plugin.title),
            enabled: true,
            required: true,
            settings,
          },
        ],
      },
    ],
  };
}

/** Everything the core computes from a section's data, client-side: validation, checks, metrics, blocks. */
export function evaluateSandbox(
  plugin: AnySectionPlugin,
  values: unknown,
  settings: Record<string, unknown>,
  locale: Locale,
): SandboxResult {
  const parsed = plugin.schema.safeParse(values);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
      checks: [],
      metrics: [],
      blocks: null,
      html: null,
      renderError: null,
    };
  }
  const data = parsed.data;
  const metricValues = computeMetrics(plugin, data);
  const metrics = Object.entries(plugin.metrics).map(([key, m]) => ({
    key,
    label: t(m.label, locale),
    unit: m.unit,
    aggregate: m.aggregate,
    value: metricValues[key]!,
  }));
  let blocks: Block[] | null = null;
  let html: string | null = null;
  let renderError: string | null = null;
  try {
    blocks = renderSection(plugin, data, {
      settings,
      heading: t(plugin.title),
      org: { name: ORG.name, fullName: `${ORG.parentName}${ORG.name}人民政府` },
      year: YEAR,
    });
    const registry: Registry = { get: (id) => (id === plugin.id ? plugin : undefined) };
    const full: FullReport = {
      template: templateFor(plugin, settings),
      year: YEAR,
      org: ORG,
      signedOn: null,
      sections: {},
    };
    const doc = composeSectionExcerpt(full, registry, plugin.id, {
      sectionKey: plugin.id,
      data,
      pluginVersion: plugin.version,
    });
    html = doc ? documentHtml(doc) : "";
  } catch (e) {
    renderError = e instanceof Error ? e.message : String(e);
  }
  return {
    issues: [],
    checks: runChecks(plugin, data, settings, locale),
    metrics,
    blocks,
    html,
    renderError,
  };
}

/** The settings text box as an object: null (with the reason) when it is not JSON or the plugin refuses it. */
export function parseSandboxSettings(
  plugin: AnySectionPlugin,
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = text.trim() === "" ? {} : JSON.parse(text);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  try {
    return { ok: true, value: parseSettings(plugin, json) as Record<string, unknown> };
  } catch (e) {
    const issues = (e as { issues?: Array<{ path: unknown[]; message: string }> }).issues;
    return {
      ok: false,
      error: issues ? issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") : String(e),
    };
  }
}
