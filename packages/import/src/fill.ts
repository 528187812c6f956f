import type { AnySectionPlugin, MetricInput } from "@nianbao/sdk";
import type { ParsedFigure } from "@nianbao/text";

/**
 * Where a figure of a section is entered, found without knowing the plugin's fields: every number (or empty)
 * leaf of the plugin's defaults is set to a probe value in turn, and the path whose probe the figure's value
 * function reads back is the field. The role says which part of the value it is.
 */
export interface FigureSlot {
  path: string[];
  role: "count" | "value" | "numerator" | "denominator" | "percent";
  /** The object holding the field has a qualifier (余/超/近/约/达) or a percent qualifier beside it. */
  qualifier: boolean;
}

const PROBE = 7919;

function leaves(value: unknown, path: string[] = []): string[][] {
  if (value === null || typeof value === "number") return [path];
  if (Array.isArray(value) || typeof value !== "object") return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));
}

function setAt(obj: unknown, path: string[], v: unknown): unknown {
  if (!path.length) return v;
  const [head, ...rest] = path;
  const o = (obj ?? {}) as Record<string, unknown>;
  return { ...o, [head!]: setAt(o[head!], rest, v) };
}

function getAt(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined),
    obj,
  );
}

function roleOf(input: MetricInput): FigureSlot["role"] | null {
  if (input === PROBE) return "count";
  if (input === null || typeof input !== "object") return null;
  if ("percent" in input && input.percent === PROBE) return "percent";
  if ("numerator" in input)
    return input.numerator === PROBE ? "numerator" : input.denominator === PROBE ? "denominator" : null;
  if ("value" in input && input.value === PROBE) return "value";
  return null;
}

/** The slots of a figure's value function over the plugin's defaults (several for a rate: numerator, denominator, percent). */
export function probeSlots(plugin: AnySectionPlugin, value: (d: never) => MetricInput): FigureSlot[] {
  const base = plugin.defaults;
  const out: FigureSlot[] = [];
  for (const path of leaves(base)) {
    let got: MetricInput;
    try {
      got = value(setAt(base, path, PROBE) as never);
    } catch {
      continue;
    }
    const role = roleOf(got);
    if (!role) continue;
    const parent = getAt(base, path.slice(0, -1)) as Record<string, unknown> | undefined;
    const qualifier = !!parent && (role === "percent" ? "percentQualifier" in parent : "qualifier" in parent);
    out.push({ path, role, qualifier });
  }
  return out;
}

const PERCENT_QUALIFIER: Record<string, string> = {
  "": "",
  以上: "以上",
  余: "以上",
  超: "超",
  近: "近",
  约: "左右",
  左右: "左右",
  达: "",
};

/**
 * The section's data with a recognised figure written into its field, or why it cannot be: a count needs a
 * whole number; a qualifier (余, 超…) needs a field that keeps one; a percentage needs a rate the township may
 * state as a percentage (counts are never invented); the result must still pass the plugin's schema.
 */
export function writeFigure(
  plugin: AnySectionPlugin,
  data: unknown,
  slots: FigureSlot[],
  figure: ParsedFigure & { suffix?: string; whole?: boolean },
): { data: unknown } | { refused: string } {
  let next: unknown;
  if (figure.whole) {
    // "17个村全部…": the rate is N of N.
    const num = slots.find((s) => s.role === "numerator");
    const den = slots.find((s) => s.role === "denominator");
    if (!num || !den || !Number.isInteger(figure.number)) return { refused: "该比率须填写分子和分母" };
    next = setAt(setAt(data, num.path, figure.number), den.path, figure.number);
  } else if (figure.percent) {
    const slot = slots.find((s) => s.role === "percent");
    if (!slot) return { refused: "该比率须填写分子和分母，正文只写了百分比" };
    const parent = slot.path.slice(0, -1);
    next = setAt(data, slot.path, figure.number);
    const q = PERCENT_QUALIFIER[figure.suffix || figure.qualifier] ?? "";
    if (slot.qualifier) next = setAt(next, [...parent, "percentQualifier"], q);
    else if (q) return { refused: "该字段不能记录“以上/左右”等限定" };
    for (const k of ["numerator", "denominator"])
      if (getAt(next, [...parent, k]) !== undefined) next = setAt(next, [...parent, k], null);
  } else {
    const slot = slots.find((s) => s.role === "count" || s.role === "value");
    if (!slot) return { refused: "该数字对应的是比率的分子或分母" };
    if (!Number.isInteger(figure.number)) return { refused: "该字段只能填写整数" };
    next = setAt(data, slot.path, figure.number);
    if (slot.qualifier) next = setAt(next, [...slot.path.slice(0, -1), "qualifier"], figure.qualifier);
    else if (figure.qualifier && figure.qualifier !== "达")
      return { refused: `该字段不能记录“${figure.qualifier}”` };
  }
  const parsed = plugin.schema.safeParse(next);
  if (!parsed.success) return { refused: `数值不符合栏目要求：${parsed.error.issues[0]?.message ?? ""}` };
  return { data: parsed.data };
}
