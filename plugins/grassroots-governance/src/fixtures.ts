import type { SectionFixtures } from "@nianbao/sdk/testing";
import { grassrootsGovernanceDefaults as empty, type GrassrootsGovernance } from "./schema.ts";

/** A 镇 with model villages at several levels, full adviser coverage and a contact point. */
export const demo2024: GrassrootsGovernance = {
  ...empty,
  opening: "深化“援法议事”活动，推进村民自治法治化",
  demoVillages: { national: 1, provincial: 2, city: null, county: 2, newThisYear: 1 },
  villageRules: true,
  advisers: { count: 6, coverage: { numerator: 17, denominator: 17, percent: null, percentQualifier: "" } },
  legislativePoint: {
    name: "县人大常委会基层立法联系点",
    drafts: 4,
    opinions: { value: 30, qualifier: "余" },
  },
};

/** A 乡 with one county-level model village and a stated coverage. */
export const xiangSmall: GrassrootsGovernance = {
  ...empty,
  demoVillages: { national: null, provincial: null, city: null, county: 1, newThisYear: null },
  advisers: {
    count: 3,
    coverage: { numerator: null, denominator: null, percent: 80, percentQualifier: "以上" },
  },
};

/** A 街道 with communities, residents' conventions and measures. */
export const streetCommunities: GrassrootsGovernance = {
  ...empty,
  demoVillages: { national: null, provincial: 1, city: 2, county: null, newThisYear: null },
  villageRules: true,
  advisers: { count: 9, coverage: { numerator: 9, denominator: 9, percent: null, percentQualifier: "" } },
  measures: [{ lead: "", text: "推行“法律顾问+网格员”工作模式，每月开展一次法律咨询进社区" }],
};

export const fixtures = {
  valid: { demo2024, xiangSmall, streetCommunities },
  invalid: {
    negativeCounty: { ...demo2024, demoVillages: { ...demo2024.demoVillages, county: -1 } },
    percentBesideCounts: {
      ...demo2024,
      advisers: {
        count: 6,
        coverage: { numerator: 17, denominator: 17, percent: 100, percentQualifier: "" },
      },
    },
  },
} satisfies SectionFixtures;
