import { count, narrative, orderedItems, z } from "@nianbao/sdk";

/** What the township enters for “平安建设与信访”. */
export const safetyPetitionsSchema = z.object({
  /** The township's own prose; one paragraph per line. */
  summary: narrative({ max: 5000 }),
  /** Measures, printed 一是…二是… */
  measures: orderedItems({ max: 10 }),
  /** Events held this year (次). */
  events: count(),
});
export type SafetyPetitions = z.output<typeof safetyPetitionsSchema>;

/** What an administrator sets per year. */
export const safetyPetitionsSettings = z.object({
  /** Events the county expects a township to hold (0: no target). */
  minEvents: z.number().int().min(0).default(0),
});
export type SafetyPetitionsSettings = z.output<typeof safetyPetitionsSettings>;

export const safetyPetitionsDefaults: SafetyPetitions = { summary: "", measures: [], events: null };
