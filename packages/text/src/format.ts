import {
  formatNumber,
  formatPercent,
  formatQuantity,
  formatRate,
  ratePercent,
  type MetricInput,
  type Qualifier,
} from "@nianbao/sdk";

/** What a figure is: a count ("37起"), a quantity with its qualifier ("1500余件", "超200人") or a rate ("94.7%", 0/0 → 无). */
export type FigureKind = "count" | "quantity" | "rate";

/** A figure's value as numbers: what the recogniser and the checks compare with. */
export interface FigureNumber {
  /** The value in the figure's unit (a rate's percentage); null when empty or 0/0. */
  number: number | null;
  qualifier: Qualifier;
  /** For a rate: its sides. */
  numerator: number | null;
  denominator: number | null;
}

/** The kind of a figure from what its value function returned (or, when empty, from its unit and aggregate). */
export function figureKind(input: MetricInput, unit: string, isRate = false): FigureKind {
  if (input !== null && typeof input === "object") return "numerator" in input ? "rate" : "quantity";
  return isRate || (input === null && unit === "%") ? "rate" : "count";
}

/**
 * A figure as a token prints it, with the SDK's formatters: a count with its unit ("37起"), a quantity with
 * its qualifier ("1500余件", "超200人", "近300户"), a rate as a percentage ("94.7%") or 无 for 0/0; null when
 * nothing was entered.
 */
export function formatFigure(input: MetricInput, unit: string): string | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number") return `${formatNumber(input)}${unit}`;
  if ("numerator" in input) return formatRate(input);
  // A rate known only as a stated percentage ("96%", "80%以上").
  if ("percent" in input)
    return input.percent === null ? null : formatPercent(input.percent, input.lowerBound ? "以上" : "");
  // A quantity field carries its own unit (the township picks 件 or 起); the declared one is the default.
  return formatQuantity({ value: input.value, qualifier: input.qualifier ?? "", unit: unitOf(input, unit) });
}

/** The unit a value prints with: a quantity's own unit when it has one, else the declared unit. */
export function unitOf(input: MetricInput, unit: string): string {
  if (
    input !== null &&
    typeof input === "object" &&
    "unit" in input &&
    typeof input.unit === "string" &&
    input.unit
  )
    return input.unit;
  return unit;
}

/** A figure's value as numbers. */
export function figureNumber(input: MetricInput): FigureNumber {
  const empty: FigureNumber = { number: null, qualifier: "", numerator: null, denominator: null };
  if (input === null || input === undefined) return empty;
  if (typeof input === "number") return { ...empty, number: input };
  if ("numerator" in input) {
    return {
      ...empty,
      number: ratePercent(input),
      numerator: input.numerator,
      denominator: input.denominator,
    };
  }
  if ("percent" in input) return { ...empty, number: input.percent };
  return { ...empty, number: input.value, qualifier: input.qualifier ?? "" };
}
