import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { Leadership, LeadershipV1 } from "./schema.ts";

/** 荆竹铺镇 2023 (the reference report, section （十）). The report prints no figures for this section. */
export const jingzhupu2023: Leadership = {
  opening: "",
  firstResponsible: true,
  oneJobTwoDuties: true,
  leadingGroup: {
    name: "依法行政工作领导小组",
    leader: "镇政府镇长",
    deputy: "分管领导",
    members: "相关站所负责人",
  },
  meetings: null,
  issuesResolved: null,
  annualReport: false,
  targetManagement: true,
  appraisalWeight: null,
  enforcementAppraisal: true,
  appraisalOutcome: "进一步落实了工作目标，强化了工作责任。",
  inspections: { value: null, qualifier: "" },
  problems: { found: null, rectified: null },
  responsibilityList: true,
  publicitySystem:
    "充分发挥国家机关在普法工作中的职能作用，形成了“党政统一领导、人大加强监督、司法行政部门组织、部门分工负责”的法治宣传教育体系，促进法治宣传教育深入开展。",
  more: "",
};

/**
 * The same township's 2024 report (demo data), written for the official part "党政主要负责人履行推进法治
 * 建设第一责任人职责……": the figures are plausible invented ledger figures; the narratives are left empty.
 */
export const demo2024: Leadership = {
  opening: "镇党委书记、镇长高度重视法治政府建设",
  firstResponsible: true,
  oneJobTwoDuties: true,
  leadingGroup: {
    name: "法治政府建设工作领导小组",
    leader: "镇党委书记、镇长",
    deputy: "分管副镇长",
    members: "各站所负责人",
  },
  meetings: 4,
  issuesResolved: 6,
  annualReport: true,
  targetManagement: true,
  appraisalWeight: 10,
  enforcementAppraisal: true,
  appraisalOutcome: "",
  inspections: { value: 2, qualifier: "" },
  problems: { found: 5, rectified: 5 },
  responsibilityList: true,
  publicitySystem: "",
  more: "",
};

/** A township whose figures do not hang together and that missed its targets. */
export const partialYear: Leadership = {
  ...demo2024,
  opening: "",
  firstResponsible: false,
  leadingGroup: { name: "", leader: "", deputy: "分管领导", members: "" },
  meetings: null,
  issuesResolved: 3,
  annualReport: false,
  targetManagement: false,
  appraisalWeight: 5,
  inspections: { value: null, qualifier: "" },
  problems: { found: 5, rectified: 3 },
  more: "组织开展法治政府建设示范创建自查。",
};

/**
 * A 乡 whose report says "开展法治督查20余次，发现问题5项" — a qualified count, and the problems found with no
 * count of those rectified.
 */
export const foundOnly: Leadership = {
  ...demo2024,
  opening: "",
  inspections: { value: 20, qualifier: "余" },
  problems: { found: 5, rectified: null },
};

/** The data as it was filed under v1: inspections a plain count, the problems a rate (rectified / found). */
export function asV1(d: Leadership): LeadershipV1 {
  return {
    ...d,
    inspections: d.inspections.value,
    problems: { numerator: d.problems.rectified, denominator: d.problems.found },
  };
}

export const demo2024v1 = asV1(demo2024);

export const fixtures = {
  valid: { jingzhupu2023, demo2024, partialYear, foundOnly },
  invalid: {
    rectifiedAboveFound: { ...demo2024, problems: { found: 5, rectified: 6 } },
    rectifiedWithoutFound: { ...demo2024, problems: { found: null, rectified: 3 } },
    problemsAsV1Rate: { ...demo2024, problems: { numerator: 5, denominator: 5 } },
    inspectionsAsPlainNumber: { ...demo2024, inspections: 2 },
    unknownInspectionsQualifier: { ...foundOnly, inspections: { value: 20, qualifier: "多" } },
    weightAbove100: { ...demo2024, appraisalWeight: 120 },
    negativeMeetings: { ...demo2024, meetings: -1 },
    notAYesNo: { ...jingzhupu2023, firstResponsible: "是" },
  },
  legacy: [
    { name: "jingzhupu2023 (v1)", version: 1, data: asV1(jingzhupu2023), upgradesTo: "jingzhupu2023" },
    { name: "demo2024 (v1)", version: 1, data: demo2024v1, upgradesTo: "demo2024" },
    { name: "partialYear (v1)", version: 1, data: asV1(partialYear), upgradesTo: "partialYear" },
  ],
} satisfies SectionFixtures;
