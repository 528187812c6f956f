import { count, narrative, orderedItems, z } from "@nianbao/sdk";

/** What the township enters for “法治宣传教育”. */
export const legalPublicitySchema = z.object({
  /** The township's own prose; one paragraph per line. */
  summary: narrative({ max: 5000 }),
  /** Measures, printed 一是…二是… */
  measures: orderedItems({ max: 10 }),
  /** Events held this year (次). */
  events: count(),
});
export type LegalPublicity = z.output<typeof legalPublicitySchema>;

/** What an administrator sets per year. */
export const legalPublicitySettings = z.object({
  /** Events the county expects a township to hold (0: no target). */
  minEvents: z.number().int().min(0).default(0),
});
export type LegalPublicitySettings = z.output<typeof legalPublicitySettings>;

export const legalPublicityDefaults: LegalPublicity = { summary: "", measures: [], events: null };
