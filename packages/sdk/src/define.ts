import type { ComponentType } from "react";
import { z } from "zod";
import { blockSchema, type Block } from "./blocks.ts";
import { formatRate, isLowerBound, type Qualifier } from "./fields.ts";
import { formatPercent } from "./figures.ts";
import type { ReportingOrgKind } from "./level.ts";
import { formatNumber } from "./numbers.ts";
import { PROCEDURE_NAME, type SectionProcedure } from "./procedures.ts";
import { targetChecks } from "./targets.ts";
import { t, type Locale, type LocalizedText } from "./text.ts";

// ---------------------------------------------------------------- metrics

/** How a metric combines across townships: counts sum; rates sum numerators and denominators. */
export type Aggregate = "sum" | "rate" | "max" | "min";

/** What a metric's `value` function returns: a number, a quantity-like value, or a ratio. */
export type MetricInput =
  | number
  | null
  | { value: number | null; qualifier?: Qualifier }
  | { numerator: number | null; denominator: number | null }
  /** A rate known only as a stated percentage (no counts): see `statedRateMetric`. */
  | { percent: number | null; lowerBound?: boolean };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a metric declared without settings accepts any
export interface MetricDef<D, S = any> {
  label: LocalizedText;
  /** The unit users see: 次, 名, 起, 件, 个, % … */
  unit: string;
  aggregate: Aggregate;
  /** What the figure is, for the plugin's README (generated from the manifest) and the dashboard's help. */
  description?: LocalizedText;
  value: (data: D) => MetricInput;
  /**
   * The year's target for this metric, read from the section's settings: the least a township should reach
   * (a rate's target is a percentage). Null or absent: no target. The dashboard highlights misses.
   */
  target?: (settings: S) => number | null;
  /**
   * The form field (dot path) a below-target warning points at, e.g. "resolution.numerator". A metric with
   * a target gets that warning from the SDK (`targetChecks`): no hand-written check.
   */
  path?: string;
}

/** A metric value as stored (section_metric) and aggregated. */
export interface MetricValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** True when the value is a lower bound (1500余件, 80%以上). */
  lowerBound: boolean;
  /**
   * A rate given only as a stated percentage (`value`, with no numerator or denominator). Stated rates are
   * counted apart: a total rate sums the counted numerators and denominators only, and says how many
   * townships gave only a percentage.
   */
  stated?: boolean;
}

/**
 * A field a plugin declares as an insertable figure of its own words (beyond its metrics, which are figures
 * by default): its label and unit as the clerk picks it, and its value read from the data — a count, a
 * quantity ({ value, qualifier }) or a rate ({ numerator, denominator }), formatted by the SDK's formatters.
 */
export interface FigureDef<D> {
  label: LocalizedText;
  /** The unit users see: 次, 名, 起, 件, 个, % … (a quantity prints its own unit). */
  unit: string;
  value: (data: D) => MetricInput;
  /** The form field (dot path) the figure is entered in, so that a warning about it can point there. */
  path?: string;
}

export function metric<D>(def: MetricDef<D>): MetricDef<D> {
  return def;
}

/** Normalise what a metric function returned into the stored shape. */
export function toMetricValue(input: MetricInput, aggregate: Aggregate): MetricValue {
  if (input === null || input === undefined)
    return { value: null, numerator: null, denominator: null, lowerBound: false };
  if (typeof input === "number")
    return { value: input, numerator: null, denominator: null, lowerBound: false };
  if ("percent" in input) {
    if (aggregate !== "rate") throw new Error("a stated percentage is the value of a rate metric");
    if (input.percent === null) return { value: null, numerator: null, denominator: null, lowerBound: false };
    return {
      value: input.percent,
      numerator: null,
      denominator: null,
      lowerBound: !!input.lowerBound,
      stated: true,
    };
  }
  if ("numerator" in input) {
    const { numerator, denominator } = input;
    const value =
      numerator !== null && denominator !== null && denominator > 0 ? (numerator / denominator) * 100 : null;
    return { value, numerator, denominator, lowerBound: false };
  }
  if (aggregate === "rate") throw new Error("a rate metric must return { numerator, denominator }");
  return {
    value: input.value,
    numerator: null,
    denominator: null,
    lowerBound: isLowerBound(input.qualifier ?? ""),
  };
}

/**
 * A metric value — one township's or an aggregate — as users read it: "1500余" for a (total of) lower
 * bounds, "83.3%" for a rate, "无" for a rate of 0/0; null when nothing was entered.
 */
export function formatMetricValue(v: MetricValue, aggregate: Aggregate): string | null {
  if (aggregate === "rate") {
    if (v.stated && v.value !== null && v.denominator === null)
      return formatPercent(v.value, v.lowerBound ? "以上" : "");
    return formatRate(v);
  }
  if (v.value === null) return null;
  return `${formatNumber(v.value)}${v.lowerBound ? "余" : ""}`;
}

/**
 * What a total rate says about the townships that gave only a stated percentage (they are not in it):
 * "另有2个单位仅填报百分比"; null when there are none. A total never invents their numerators.
 */
export function statedNote(statedOnly: number, locale: Locale = "zh-CN"): string | null {
  if (!statedOnly) return null;
  return locale === "en"
    ? `${statedOnly} more gave only a percentage`
    : `另有${statedOnly}个单位仅填报百分比`;
}

/**
 * A cell of a metrics table as text: the value (formatMetricValue, "—" for none) and, on a rate that leaves
 * out stated percentages, how many gave only one ("92.5%（另有2个单位仅填报百分比）").
 */
export function formatMetricCell(
  v: MetricValue & { statedOnly?: number },
  aggregate: Aggregate,
  locale: Locale = "zh-CN",
  /** Marks the value itself ("（未达目标）"), before the note. */
  valueMark = "",
): string | null {
  const value = formatMetricValue(v, aggregate);
  const text = value === null ? null : `${value}${valueMark}`;
  const note = aggregate === "rate" && !v.stated ? statedNote(v.statedOnly ?? 0, locale) : null;
  if (!note) return text;
  return text === null ? note.replace(/^另有/, "") : `${text}（${note}）`;
}

// ---------------------------------------------------------------- checks

export type CheckLevel = "error" | "warning";

/**
 * A cross-field rule. `fails` returns true when the rule is broken. An error blocks marking the section
 * complete; a warning (a target missed, a figure that looks wrong) needs the township's attention.
 */
export interface CheckDef<D, S> {
  id: string;
  level: CheckLevel;
  message: LocalizedText | ((data: D, settings: S) => LocalizedText);
  /** The form field the message belongs to (dot path), if any. */
  path?: string;
  fails: (data: D, settings: S) => boolean;
}

export interface CheckResult {
  id: string;
  level: CheckLevel;
  message: string;
  path?: string;
}

// ---------------------------------------------------------------- the contract

export interface RenderContext<S> {
  /** The settings the year's template gives this section. */
  settings: S;
  /** The heading the section has this year (null when it prints without one). */
  heading: string | null;
  /**
   * The township: its short name (荆竹铺镇), the issuer's full name, and its org unit's kind (`township` or
   * `street`), from which `levelWords(ctx.org)` gives 全镇/全乡/全街道 and the rest.
   */
  org: { name: string; fullName: string; kind?: ReportingOrgKind | null };
  year: number;
}

export interface SectionDefinition<S extends z.ZodType, St extends z.ZodType> {
  /** kebab-case, equals the folder name, stored with data, never renamed. */
  id: string;
  /** Data-shape version, an integer ≥ 1; `migrations[n]` upgrades version n-1 data to n. */
  version: number;
  title: LocalizedText;
  description?: LocalizedText;
  /** What the township enters; parsed on the client and on the server. */
  schema: S;
  /** A starting value for an empty section. Must parse with `schema`. */
  defaults: z.output<S>;
  /** What an administrator sets per year (targets, options). `settings.parse({})` must succeed. */
  settings: St;
  metrics: Record<string, MetricDef<z.output<S>, z.output<St>>>;
  /**
   * Optional: further fields the township may insert as live figures in its own words (key → figure), in
   * addition to every metric. Keys are camelCase like metric keys; the core owns everything else.
   */
  figures?: Record<string, FigureDef<z.output<S>>>;
  checks: CheckDef<z.output<S>, z.output<St>>[];
  /** Pure: data → document blocks. */
  render: (data: z.output<S>, ctx: RenderContext<z.output<St>>) => Block[];
  /** The React form, loaded lazily so that the server never loads React. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- props are typed by the form kit (SectionFormProps)
  form: () => Promise<{ default: ComponentType<any> }>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- old data shapes are whatever they were
  migrations?: Record<number, (previous: any) => unknown>;
  /**
   * The plugin's own API calls, by name (camelCase), mounted by the core under `plugins.<id>.<name>` with
   * the access rules of the section they act on. See procedures.ts.
   */
  procedures?: Record<string, SectionProcedure<z.output<S>>>;
}

export type SectionPlugin<S extends z.ZodType = z.ZodType, St extends z.ZodType = z.ZodType> = Readonly<
  SectionDefinition<S, St>
>;

/** Any plugin, whatever its data type: what the core holds in its registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySectionPlugin = SectionPlugin<z.ZodType<any, any>, z.ZodType<any, any>>;

export const SECTION_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Declare a section plugin. Validates the declaration itself, so a broken plugin fails at import. */
export function defineSection<S extends z.ZodType, St extends z.ZodType>(
  def: SectionDefinition<S, St>,
): SectionPlugin<S, St> {
  if (!SECTION_ID.test(def.id)) throw new Error(`section id "${def.id}" must be kebab-case`);
  if (!Number.isInteger(def.version) || def.version < 1)
    throw new Error(`section ${def.id}: version must be an integer ≥ 1`);
  for (let v = 2; v <= def.version; v++) {
    if (typeof def.migrations?.[v] !== "function") {
      throw new Error(`section ${def.id}: version ${def.version} needs migrations[${v}] (v${v - 1} → v${v})`);
    }
  }
  for (const key of Object.keys(def.figures ?? {})) {
    if (!PROCEDURE_NAME.test(key))
      throw new Error(`section ${def.id}: figure key "${key}" must be camelCase`);
  }
  for (const name of Object.keys(def.procedures ?? {})) {
    if (!PROCEDURE_NAME.test(name))
      throw new Error(`section ${def.id}: procedure name "${name}" must be camelCase`);
  }
  const ids = new Set<string>();
  for (const c of def.checks) {
    if (ids.has(c.id)) throw new Error(`section ${def.id}: duplicate check id "${c.id}"`);
    ids.add(c.id);
  }
  return Object.freeze({ ...def });
}

// ---------------------------------------------------------------- what the core calls

/** Upgrade data stored under `fromVersion` to the plugin's current version through its migrations. */
export function migrateData(plugin: AnySectionPlugin, data: unknown, fromVersion: number): unknown {
  if (fromVersion > plugin.version) {
    throw new Error(
      `section ${plugin.id}: data is version ${fromVersion}, newer than the plugin (${plugin.version})`,
    );
  }
  let current = data;
  for (let v = fromVersion + 1; v <= plugin.version; v++) current = plugin.migrations![v]!(current);
  return current;
}

/** The year's settings for a plugin, with defaults filled in. */
export function parseSettings(plugin: AnySectionPlugin, settings: unknown): unknown {
  return plugin.settings.parse(settings ?? {});
}

/** The plugin's checks and its metrics' below-target warnings (see targetChecks). */
export function runChecks(
  plugin: AnySectionPlugin,
  data: unknown,
  settings: unknown,
  locale: Locale = "zh-CN",
): CheckResult[] {
  const s = parseSettings(plugin, settings);
  const own = plugin.checks
    .filter((c) => c.fails(data, s))
    .map((c) => ({
      id: c.id,
      level: c.level,
      message: t(typeof c.message === "function" ? c.message(data, s) : c.message, locale),
      ...(c.path ? { path: c.path } : {}),
    }));
  return [
    ...own,
    ...targetChecks(plugin, computeMetrics(plugin, data), metricTargets(plugin, settings), locale),
  ];
}

export function computeMetrics(plugin: AnySectionPlugin, data: unknown): Record<string, MetricValue> {
  return Object.fromEntries(
    Object.entries(plugin.metrics).map(([key, m]) => [key, toMetricValue(m.value(data), m.aggregate)]),
  );
}

/** The targets the year's settings give a plugin's metrics (metric key → least value), defaults filled in. */
export function metricTargets(plugin: AnySectionPlugin, settings: unknown): Record<string, number> {
  const s = parseSettings(plugin, settings);
  const targets: Record<string, number> = {};
  for (const [key, m] of Object.entries(plugin.metrics)) {
    const target = m.target?.(s);
    if (typeof target === "number" && Number.isFinite(target)) targets[key] = target;
  }
  return targets;
}

/** Render a section and check that what the plugin returned is made of known blocks. */
export function renderSection(plugin: AnySectionPlugin, data: unknown, ctx: RenderContext<unknown>): Block[] {
  const blocks = plugin.render(data, { ...ctx, settings: parseSettings(plugin, ctx.settings) });
  return z.array(blockSchema).parse(blocks);
}

/** What the core and the admin console show about a plugin (no functions, serialisable). */
export function describePlugin(plugin: AnySectionPlugin) {
  return {
    id: plugin.id,
    version: plugin.version,
    title: plugin.title,
    description: plugin.description ?? null,
    metrics: Object.entries(plugin.metrics).map(([key, m]) => ({
      key,
      label: m.label,
      unit: m.unit,
      aggregate: m.aggregate,
    })),
    procedures: Object.entries(plugin.procedures ?? {}).map(([name, p]) => ({ name, kind: p.kind })),
    figures: Object.entries(plugin.figures ?? {}).map(([key, f]) => ({ key, label: f.label, unit: f.unit })),
  };
}
export type PluginInfo = ReturnType<typeof describePlugin>;
