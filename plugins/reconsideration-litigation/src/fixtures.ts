import type { SectionFixtures } from "@nianbao/sdk/testing";
import { reconsiderationLitigationDefaults as empty, type ReconsiderationLitigation } from "./schema.ts";

const rate = (numerator: number | null, denominator: number | null) => ({
  numerator,
  denominator,
  percent: null,
  percentQualifier: "" as const,
});

/** A 镇 with a few cases, every hearing attended. */
export const demo2024: ReconsiderationLitigation = {
  ...empty,
  opening: "镇政府高度重视行政复议和行政应诉工作，严格落实行政机关负责人出庭应诉制度",
  reconsideration: { received: 3, concluded: 3, corrected: 1 },
  litigation: { cases: 2, concluded: 2, lost: 0, appearance: rate(2, 2) },
  measures: [
    { lead: "", text: "建立行政复议和行政应诉案件工作台账，实行专人负责" },
    { lead: "", text: "对被纠错案件逐案分析原因，督促相关站所整改到位" },
  ],
};

/** A 乡 with no case at all (most townships): both 0, no rate. */
export const xiangNoCases: ReconsiderationLitigation = {
  ...empty,
  reconsideration: { received: 0, concluded: null, corrected: null },
  litigation: { cases: 0, concluded: null, lost: null, appearance: rate(null, null) },
};

/** A 街道 that knows its appearance rate only as a stated percentage, figures as of the end of October. */
export const streetStated: ReconsiderationLitigation = {
  ...empty,
  asOf: { month: 10, day: null },
  reconsideration: { received: 5, concluded: 4, corrected: 0 },
  litigation: {
    cases: 4,
    concluded: 3,
    lost: 1,
    appearance: { numerator: null, denominator: null, percent: 90, percentQualifier: "以上" },
  },
  more: "下一步将加强行政执法人员应诉能力培训，从源头上减少行政争议。",
};

export const fixtures = {
  valid: { demo2024, xiangNoCases, streetStated },
  invalid: {
    negativeCases: { ...demo2024, litigation: { ...demo2024.litigation, cases: -1 } },
    percentBesideCounts: {
      ...demo2024,
      litigation: {
        ...demo2024.litigation,
        appearance: { ...rate(2, 2), percent: 100, percentQualifier: "" },
      },
    },
    percentAbove100: {
      ...streetStated,
      litigation: {
        ...streetStated.litigation,
        appearance: { numerator: null, denominator: null, percent: 120, percentQualifier: "" },
      },
    },
  },
} satisfies SectionFixtures;
