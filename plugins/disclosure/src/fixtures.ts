import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { Disclosure } from "./schema.ts";

/**
 * 荆竹铺镇 2023 (the reference report, section （八）). The report prints "在全镇17个村全部推行了村务公开":
 * stored as 17/17. It prints no disclosure figures, so those stay empty.
 */
export const jingzhupu2023: Disclosure = {
  opening: "大力推行政府信息公开",
  systems: { proactive: true, releaseCoordination: true, appraisal: true, accountability: true },
  otherSystems: "",
  systemsOutcome:
    "保证及时、准确地公开信息，群众获知公开的政务事项和信息途径方便、快捷，促进了行政权力运行公开化、透明化。",
  proactiveItems: { value: null, qualifier: "", unit: "条" },
  requests: { received: null, answered: null },
  problemAreas: "村务财务公开、土地流转、环保问题整治、市场管理",
  ruleAreas: "村务财务管理、环保问题整治、土地管理、民事纠纷调处",
  villageDisclosure: { numerator: 17, denominator: 17 },
  villageOutcome:
    "按照村务公开条例的要求，实行民主管理，接受群众监督，将各村、各单位的工作逐步纳入了法治化和规范化管理轨道。",
  more: "",
};

/** The same township's 2024 report (demo data): disclosure figures added, the village narrative left out. */
export const demo2024: Disclosure = {
  opening: "持续深化政务公开",
  systems: { proactive: true, releaseCoordination: true, appraisal: true, accountability: false },
  otherSystems: "政府信息公开保密审查",
  systemsOutcome: "做到应公开尽公开，推动政务公开标准化规范化。",
  proactiveItems: { value: 260, qualifier: "余", unit: "条" },
  requests: { received: 3, answered: 3 },
  problemAreas: "",
  ruleAreas: "",
  villageDisclosure: { numerator: 17, denominator: 17 },
  villageOutcome: "每季度公开村级财务收支情况，接受群众监督。",
  more: "开展政务公开“进村入户”活动，在各村公开栏张贴政策解读材料。",
};

/** A township with incomplete village coverage and unanswered requests. */
export const partialYear: Disclosure = {
  ...demo2024,
  opening: "",
  requests: { received: 4, answered: 2 },
  villageDisclosure: { numerator: 15, denominator: 18 },
  more: "",
};

export const fixtures = {
  valid: { jingzhupu2023, demo2024, partialYear },
  invalid: {
    villagesAboveTotal: { ...jingzhupu2023, villageDisclosure: { numerator: 18, denominator: 17 } },
    negativeRequests: { ...jingzhupu2023, requests: { received: -1, answered: null } },
    fractionalRequests: { ...jingzhupu2023, requests: { received: 2.5, answered: 2 } },
    unknownUnit: { ...jingzhupu2023, proactiveItems: { value: 10, qualifier: "", unit: "件" } },
    halfRate: { ...jingzhupu2023, villageDisclosure: { numerator: 17, denominator: null } },
  },
} satisfies SectionFixtures;
