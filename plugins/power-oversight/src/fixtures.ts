import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { PowerOversight } from "./schema.ts";

/**
 * 荆竹铺镇 2023 (the reference report, section （七）). The report prints only the rate ("出庭应诉率达到
 * 100%") and gives no case count; the 1/1 behind it (one hearing, attended by the responsible person) is
 * an invented ledger figure. "债券债务" is the reference's own wording.
 */
export const jingzhupu2023: PowerOversight = {
  annualReport: true,
  internal: { hierarchy: true, inspectionRecords: true, caseProcedure: true, accountability: true },
  reconsideration: { cases: null, changed: null },
  litigation: {
    cases: null,
    lost: null,
    subject: "有关镇政府债券债务",
    appearance: { numerator: 1, denominator: 1 },
  },
  suggestions: { npc: null, cppcc: null },
  more: "",
};

/** The same township's 2024 report (demo data): no reconsideration, two lawsuits won, deputies' suggestions. */
export const demo2024: PowerOversight = {
  annualReport: true,
  internal: { hierarchy: true, inspectionRecords: true, caseProcedure: false, accountability: true },
  reconsideration: { cases: 0, changed: null },
  litigation: { cases: 2, lost: 0, subject: "", appearance: { numerator: 2, denominator: 2 } },
  suggestions: { npc: 8, cppcc: null },
  more: "",
};

export const fixtures = {
  valid: { jingzhupu2023, demo2024 },
  invalid: {
    appearancesAboveHearings: {
      ...jingzhupu2023,
      litigation: { ...jingzhupu2023.litigation, appearance: { numerator: 2, denominator: 1 } },
    },
    appearanceHalfEntered: {
      ...jingzhupu2023,
      litigation: { ...jingzhupu2023.litigation, appearance: { numerator: null, denominator: 1 } },
    },
    negativeCases: { ...demo2024, reconsideration: { cases: -1, changed: null } },
    fractionalLost: { ...demo2024, litigation: { ...demo2024.litigation, lost: 0.5 } },
    subjectTooLong: {
      ...jingzhupu2023,
      litigation: { ...jingzhupu2023.litigation, subject: "债".repeat(101) },
    },
  },
} satisfies SectionFixtures;
