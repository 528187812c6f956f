import { count, narrative, orderedItems, z } from "@nianbao/sdk";

/** What the township enters for “学习贯彻习近平法治思想”. */
export const ruleOfLawThoughtSchema = z.object({
  /** The township's own prose; one paragraph per line. */
  summary: narrative({ max: 5000 }),
  /** Measures, printed 一是…二是… */
  measures: orderedItems({ max: 10 }),
  /** Events held this year (次). */
  events: count(),
});
export type RuleOfLawThought = z.output<typeof ruleOfLawThoughtSchema>;

/** What an administrator sets per year. */
export const ruleOfLawThoughtSettings = z.object({
  /** Events the county expects a township to hold (0: no target). */
  minEvents: z.number().int().min(0).default(0),
});
export type RuleOfLawThoughtSettings = z.output<typeof ruleOfLawThoughtSettings>;

export const ruleOfLawThoughtDefaults: RuleOfLawThought = { summary: "", measures: [], events: null };
