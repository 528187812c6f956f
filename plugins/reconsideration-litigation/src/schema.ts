import { count, narrative, orderedItems, z } from "@nianbao/sdk";

/** What the township enters for “行政复议与行政应诉”. */
export const reconsiderationLitigationSchema = z.object({
  /** The township's own prose; one paragraph per line. */
  summary: narrative({ max: 5000 }),
  /** Measures, printed 一是…二是… */
  measures: orderedItems({ max: 10 }),
  /** Events held this year (次). */
  events: count(),
});
export type ReconsiderationLitigation = z.output<typeof reconsiderationLitigationSchema>;

/** What an administrator sets per year. */
export const reconsiderationLitigationSettings = z.object({
  /** Events the county expects a township to hold (0: no target). */
  minEvents: z.number().int().min(0).default(0),
});
export type ReconsiderationLitigationSettings = z.output<typeof reconsiderationLitigationSettings>;

export const reconsiderationLitigationDefaults: ReconsiderationLitigation = { summary: "", measures: [], events: null };
