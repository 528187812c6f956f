import { metricTargets, t, type AnySectionPlugin, type MetricInput, type Qualifier } from "@nianbao/sdk";
import { figureKind, figureNumber, formatFigure, unitOf, type FigureKind } from "./format.ts";

/** One figure a clerk may insert in a section's own words, with its current value. */
export interface CatalogFigure {
  /** `metric:<metricKey>` or `field:<figureKey>` (a field the plugin declares as a figure). */
  key: string;
  label: { "zh-CN": string; en: string };
  unit: string;
  kind: FigureKind;
  /** As the token prints it: "1500余件", "94.7%", "无"; null when the field is empty. */
  value: string | null;
  /** The value as a number in its unit (a rate's percentage); null when empty or 0/0. */
  number: number | null;
  qualifier: Qualifier;
  numerator: number | null;
  denominator: number | null;
  /** The county expects this figure in the text (a metric with a target this year). */
  required: boolean;
  /** The form field the figure is entered in (dot path), when the plugin says. */
  path?: string;
}

export type FigureCatalog = readonly CatalogFigure[];

export const METRIC_PREFIX = "metric:";
export const FIELD_PREFIX = "field:";

function entry(
  key: string,
  label: Parameters<typeof t>[0],
  unit: string,
  input: MetricInput,
  isRate: boolean,
  extra: { required: boolean; path?: string },
): CatalogFigure {
  return {
    key,
    label: { "zh-CN": t(label, "zh-CN"), en: t(label, "en") },
    unit: unitOf(input, unit),
    kind: figureKind(input, unit, isRate),
    value: formatFigure(input, unit),
    ...figureNumber(input),
    required: extra.required,
    ...(extra.path ? { path: extra.path } : {}),
  };
}

/**
 * The figures of a section, for the editor, the documents and the checks: every metric of the plugin
 * (`metric:<key>`) and every field it declares as a figure (`field:<key>`), each with its current value
 * formatted by the SDK's formatters. `data` is the section's data at the plugin's current version; a value
 * function that throws on odd data gives an empty figure rather than failing the whole catalog.
 */
export function figureCatalog(plugin: AnySectionPlugin, data: unknown, settings?: unknown): CatalogFigure[] {
  const read = (f: (d: unknown) => MetricInput): MetricInput => {
    try {
      return f(data);
    } catch {
      return null;
    }
  };
  let targets: Record<string, number> = {};
  try {
    targets = metricTargets(plugin, settings);
  } catch {
    targets = {};
  }
  const metrics = Object.entries(plugin.metrics).map(([key, m]) =>
    entry(`${METRIC_PREFIX}${key}`, m.label, m.unit, read(m.value), m.aggregate === "rate", {
      required: key in targets,
    }),
  );
  const fields = Object.entries(plugin.figures ?? {}).map(([key, f]) =>
    entry(`${FIELD_PREFIX}${key}`, f.label, f.unit, read(f.value), false, {
      required: false,
      ...(f.path ? { path: f.path } : {}),
    }),
  );
  return [...metrics, ...fields];
}

/** The catalog as a lookup by key. */
export function catalogByKey(catalog: FigureCatalog): Map<string, CatalogFigure> {
  return new Map(catalog.map((f) => [f.key, f]));
}

/** What a token prints: its value, or its label in 【】 while its field is empty or the key is unknown. */
export function tokenText(
  figure: CatalogFigure | undefined,
  key: string,
): { text: string; missing: boolean } {
  if (figure?.value) return { text: figure.value, missing: false };
  return { text: `【${figure?.label["zh-CN"] ?? key}】`, missing: true };
}
