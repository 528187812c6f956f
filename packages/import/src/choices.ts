import type { AnySectionPlugin } from "@nianbao/sdk";
import { figureCatalog, type RecognisedFigure } from "@nianbao/text";
import type { FieldChoice, FieldTie } from "./bind.ts";
import { writeFigure, type FigureSlot } from "./fill.ts";

/**
 * The clerk's part in binding (the review screen): which of a section's fields can hold a figure, and the
 * clerk's choice of field taken as the binder's.
 */

export interface FieldOption {
  key: string;
  label: string;
  unit: string;
}

/** The clerk's choices for a section's figures: figure index → field key, or null to keep the figure as words. */
export type FigureChoices = ReadonlyMap<number, string | null>;

/** The clerk's field for a figure as the binder's choice: the binder's own reading kept when it is the same field. */
export function clerkChoice(
  choice: string | null,
  auto: FieldChoice | FieldTie | null,
  f: RecognisedFigure,
): FieldChoice | null {
  if (choice === null) return null;
  if (auto && !("tied" in auto) && auto.key === choice) return auto;
  return { key: choice, confidence: f.candidates.find((c) => c.key === choice)?.confidence ?? 1 };
}

/**
 * The section's fields that can hold a figure as written (written into the plugin's defaults, the schema
 * accepts it): the review screen's choices for that figure. The same catalog and writer the binder uses.
 */
export function fieldOptions(
  plugin: AnySectionPlugin,
  settings: unknown,
  slots: (key: string) => FigureSlot[],
): (value: Parameters<typeof writeFigure>[3]) => FieldOption[] {
  const catalog = figureCatalog(plugin, plugin.defaults, settings);
  const cache = new Map<string, FieldOption[]>();
  return (value) => {
    const sig = [value.number, value.percent, value.qualifier, value.unit, value.suffix ?? ""].join("|");
    const hit = cache.get(sig);
    if (hit) return hit;
    // Fields in the unit as written first.
    const fit = catalog
      .filter((c) => !("refused" in writeFigure(plugin, plugin.defaults, slots(c.key), value)))
      .map((c) => ({ key: c.key, label: c.label["zh-CN"], unit: c.unit }))
      .sort((a, b) => Number(b.unit === value.unit) - Number(a.unit === value.unit));
    cache.set(sig, fit);
    return fit;
  };
}
