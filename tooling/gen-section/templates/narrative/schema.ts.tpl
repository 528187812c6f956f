import { count, narrative, orderedItems, z } from "@nianbao/sdk";

/** What the township enters for “__TITLE_ZH__”. */
export const __name__Schema = z.object({
  /** The township's own prose; one paragraph per line. */
  summary: narrative({ max: 5000 }),
  /** Measures, printed 一是…二是… */
  measures: orderedItems({ max: 10 }),
  /** Events held this year (次). */
  events: count(),
});
export type __Name__ = z.output<typeof __name__Schema>;

/** What an administrator sets per year. */
export const __name__Settings = z.object({
  /** Events the county expects a township to hold (0: no target). */
  minEvents: z.number().int().min(0).default(0),
});
export type __Name__Settings = z.output<typeof __name__Settings>;

export const __name__Defaults: __Name__ = { summary: "", measures: [], events: null };
