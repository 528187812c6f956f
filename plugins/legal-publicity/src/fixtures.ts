import type { SectionFixtures } from "@nianbao/sdk/testing";
import { legalPublicityDefaults as empty, type LegalPublicity } from "./schema.ts";

const q = (value: number, qualifier: "" | "余" | "超" | "近" | "约" | "达" = "") => ({ value, qualifier });

/** A 镇 with the usual figures, "20余场" and a counted coverage. */
export const demo2024: LegalPublicity = {
  ...empty,
  opening: "深入实施“八五”普法规划",
  responsibilityList: true,
  listedUnits: 12,
  themes: "宪法宣传周、民法典宣传月",
  activities: q(20, "余"),
  lectures: q(6),
  materials: q(5000, "余"),
  peopleReached: q(8000, "超"),
  cultureKinds: { square: true, park: false, corridor: true, board: false, library: false },
  cultureSites: 3,
  legalUnderstanders: 68,
  understanderCoverage: { numerator: 17, denominator: 17, percent: null, percentQualifier: "" },
};

/** A 乡 with activities only, and a measure list. */
export const xiangItems: LegalPublicity = {
  ...empty,
  activities: q(8),
  measures: [
    { lead: "", text: "利用赶集日开展“法律进集市”活动" },
    { lead: "", text: "组织司法所干部和村法律顾问以案释法" },
  ],
};

/** A 街道 stating its coverage as a percentage. */
export const streetStated: LegalPublicity = {
  ...empty,
  responsibilityList: true,
  themes: "“4·15”全民国家安全教育日",
  lectures: q(10, "余"),
  legalUnderstanders: 120,
  understanderCoverage: { numerator: null, denominator: null, percent: 90, percentQualifier: "以上" },
};

export const fixtures = {
  valid: { demo2024, xiangItems, streetStated },
  invalid: {
    fractionalLectures: { ...demo2024, lectures: q(1.5) },
    negativeUnderstanders: { ...demo2024, legalUnderstanders: -3 },
    coverageOverWhole: {
      ...demo2024,
      understanderCoverage: { numerator: 18, denominator: 17, percent: null, percentQualifier: "" },
    },
  },
} satisfies SectionFixtures;
