import {
  count,
  emptyQualifiedCount,
  emptyStatedRate,
  narrative,
  orderedItems,
  qualifiedCount,
  shortText,
  statedRate,
  z,
} from "@nianbao/sdk";

/** What the township enters for 基层依法治理. */
export const grassrootsGovernanceSchema = z.object({
  /** The lead-in, e.g. "深化“援法议事”活动，推进村（居）民自治法治化". */
  opening: shortText(300),
  /** 民主法治示范村（社区）: how many the township has, by the level that named them. */
  demoVillages: z.object({
    national: count(),
    provincial: count(),
    city: count(),
    county: count(),
    /** Named this year (any level), optional. */
    newThisYear: count(),
  }),
  /** 村规民约（居民公约）修订完善. */
  villageRules: z.boolean().default(false),
  /** Village (community) legal advisers: how many, and their coverage. */
  advisers: z.object({
    /** 法律顾问, 名. */
    count: count(),
    /** Villages (communities) with one / all, or the stated percentage ("100%"). */
    coverage: statedRate(),
  }),
  /** A 基层立法联系点 in the township. */
  legislativePoint: z.object({
    /** The point's name, e.g. "县人大常委会基层立法联系点"; empty when the township has none. */
    name: shortText(100),
    /** 征求意见的法律法规草案, 部. */
    drafts: count(),
    /** 收集报送意见建议, 条 (often "30余条"). */
    opinions: qualifiedCount(),
  }),
  /** Measures, printed 一是…二是… */
  measures: orderedItems({ max: 10 }),
  /** Further paragraphs. */
  more: narrative({ max: 5000 }),
});
export type GrassrootsGovernance = z.output<typeof grassrootsGovernanceSchema>;

/** What an administrator sets per year. */
export const grassrootsGovernanceSettings = z.object({
  /** Target share of villages (communities) with a legal adviser, in percent. */
  targetAdviserCoverage: z
    .number()
    .min(0)
    .max(100)
    .default(100)
    .describe("村（社区）法律顾问覆盖率目标（%）"),
});
export type GrassrootsGovernanceSettings = z.output<typeof grassrootsGovernanceSettings>;

export const grassrootsGovernanceDefaults: GrassrootsGovernance = {
  opening: "",
  demoVillages: { national: null, provincial: null, city: null, county: null, newThisYear: null },
  villageRules: false,
  advisers: { count: null, coverage: emptyStatedRate() },
  legislativePoint: { name: "", drafts: null, opinions: emptyQualifiedCount() },
  measures: [],
  more: "",
};

/** The township's 民主法治示范村（社区） at every level; null when none was entered. */
export function demoVillageTotal(d: GrassrootsGovernance): number | null {
  const levels = [
    d.demoVillages.national,
    d.demoVillages.provincial,
    d.demoVillages.city,
    d.demoVillages.county,
  ];
  const known = levels.filter((n): n is number => n !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}
