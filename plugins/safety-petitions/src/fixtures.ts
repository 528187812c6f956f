import type { SectionFixtures } from "@nianbao/sdk/testing";
import { safetyPetitionsDefaults as empty, type SafetyPetitions } from "./schema.ts";

const counted = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  percent: null,
  percentQualifier: "" as const,
});
const stated = (percent: number, percentQualifier: "" | "以上" | "左右" | "近" = "") => ({
  numerator: null,
  denominator: null,
  percent,
  percentQualifier,
});

/** A 镇 with counted figures. */
export const demo2024: SafetyPetitions = {
  ...empty,
  opening: "坚持和发展新时代“枫桥经验”，深入推进平安建设",
  safety: { risksScreened: { value: 126, qualifier: "" }, risksResolved: 120, noMajorIncidents: true },
  petitions: {
    received: { value: 32, qualifier: "" },
    resolved: 32,
    onTime: counted(32, 32),
    noEscalation: true,
  },
  hotline: { received: { value: 1800, qualifier: "超" }, resolved: 1796, satisfaction: stated(98.6) },
  measures: [
    { lead: "", text: "落实领导干部接访下访制度，班子成员每周轮流接待来访群众" },
    { lead: "", text: "建立信访积案化解专班，逐案明确责任人和化解时限" },
  ],
};

/** A 乡 reporting before the year ends, with lower-bound counts. */
export const xiangAsOf: SafetyPetitions = {
  ...empty,
  asOf: { month: 11, day: null },
  safety: { risksScreened: { value: 50, qualifier: "余" }, risksResolved: null, noMajorIncidents: false },
  petitions: {
    received: { value: 20, qualifier: "余" },
    resolved: null,
    onTime: stated(95, "以上"),
    noEscalation: false,
  },
};

/** A 街道 with only the hotline and petitions. */
export const streetHotline: SafetyPetitions = {
  ...empty,
  petitions: {
    received: { value: 45, qualifier: "" },
    resolved: 44,
    onTime: counted(43, 44),
    noEscalation: false,
  },
  hotline: { received: { value: 2310, qualifier: "" }, resolved: 2310, satisfaction: counted(2200, 2310) },
  more: "持续开展“信访积案化解年”活动，推动信访工作法治化。",
};

export const fixtures = {
  valid: { demo2024, xiangAsOf, streetHotline },
  invalid: {
    negativeResolved: { ...demo2024, petitions: { ...demo2024.petitions, resolved: -1 } },
    unknownQualifier: {
      ...demo2024,
      hotline: { ...demo2024.hotline, received: { value: 10, qualifier: "多" } },
    },
    dayWithoutMonth: { ...demo2024, asOf: { month: null, day: 5 } },
  },
} satisfies SectionFixtures;
