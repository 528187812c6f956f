import { count, narrative, orderedItems, z } from "@nianbao/sdk";

/** What the township enters for “基层依法治理”. */
export const grassrootsGovernanceSchema = z.object({
  /** The township's own prose; one paragraph per line. */
  summary: narrative({ max: 5000 }),
  /** Measures, printed 一是…二是… */
  measures: orderedItems({ max: 10 }),
  /** Events held this year (次). */
  events: count(),
});
export type GrassrootsGovernance = z.output<typeof grassrootsGovernanceSchema>;

/** What an administrator sets per year. */
export const grassrootsGovernanceSettings = z.object({
  /** Events the county expects a township to hold (0: no target). */
  minEvents: z.number().int().min(0).default(0),
});
export type GrassrootsGovernanceSettings = z.output<typeof grassrootsGovernanceSettings>;

export const grassrootsGovernanceDefaults: GrassrootsGovernance = { summary: "", measures: [], events: null };
