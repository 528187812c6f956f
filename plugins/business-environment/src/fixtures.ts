import type { SectionFixtures } from "@nianbao/sdk/testing";
import {
  businessEnvironmentDefaults,
  type BusinessEnvironment,
  type BusinessEnvironmentV1,
} from "./schema.ts";

const none = businessEnvironmentDefaults;

/**
 * 荆竹铺镇 2023 (the reference report, section （五）). The report gives no dispute count and no number
 * of enterprises reached, so those stay empty; "送法进企业" was held once.
 */
export const jingzhupu2023: BusinessEnvironment = {
  opening: "镇政府高度重视招商引资工作，持续在优化营商环境上下功夫",
  leadersInCharge: true,
  service: {
    areas: {
      ...none.service.areas,
      administrativeApproval: true,
      commercialRegistration: true,
      investmentApproval: true,
    },
    otherAreas: "",
  },
  disputes: { handled: true, received: null, resolved: null },
  requests: { numerator: null, denominator: null },
  lawToEnterprise: {
    organisers: {
      ...none.lawToEnterprise.organisers,
      emergencyOffice: true,
      justiceOffice: true,
      tradeUnion: true,
    },
    otherOrganisers: "",
    events: 1,
    enterprises: null,
    effect: "切实提高了企业职工的法律常识",
  },
  legalCheckups: { firms: { value: null, qualifier: "" }, suggestions: null },
  otherWork: "在全镇认真开展扫黑除恶专项斗争，认真排查各类社会不稳定因素，营造了风清气正的营商环境。",
  more: "",
};

/** The same township's 2024 report (demo data): more activities, counted disputes and enterprise requests. */
export const demo2024: BusinessEnvironment = {
  opening: "镇政府坚持把优化营商环境作为“一把手”工程来抓",
  leadersInCharge: true,
  service: {
    areas: {
      ...none.service.areas,
      administrativeApproval: true,
      commercialRegistration: true,
      investmentApproval: true,
      enterpriseStartup: true,
    },
    otherAreas: "",
  },
  disputes: { handled: true, received: 6, resolved: 6 },
  requests: { numerator: 24, denominator: 24 },
  lawToEnterprise: {
    organisers: {
      ...none.lawToEnterprise.organisers,
      justiceOffice: true,
      policeStation: true,
      marketSupervision: true,
    },
    otherOrganisers: "律师事务所",
    events: 3,
    enterprises: 12,
    effect: "帮助企业排查法律风险隐患9处",
  },
  legalCheckups: { firms: { value: 30, qualifier: "余" }, suggestions: 45 },
  otherWork: "持续开展常态化扫黑除恶斗争，依法打击强揽工程、欺行霸市等违法行为，营造了公平竞争的市场环境。",
  more: "开展涉企行政检查规范化专项行动，杜绝多头检查、重复检查。",
};

/** 荆竹铺镇 2023 as it was filed under v1 (no 法治体检). */
const { legalCheckups: _checkups, ...jingzhupu2023v1Fields } = jingzhupu2023;
export const jingzhupu2023v1: BusinessEnvironmentV1 = jingzhupu2023v1Fields;

export const fixtures = {
  valid: { jingzhupu2023, demo2024 },
  invalid: {
    negativeEvents: { ...jingzhupu2023, lawToEnterprise: { ...jingzhupu2023.lawToEnterprise, events: -1 } },
    fractionalEnterprises: {
      ...jingzhupu2023,
      lawToEnterprise: { ...jingzhupu2023.lawToEnterprise, enterprises: 2.5 },
    },
    requestsResolvedAboveReceived: { ...demo2024, requests: { numerator: 25, denominator: 24 } },
    requestsHalfEntered: { ...demo2024, requests: { numerator: 24, denominator: null } },
    fractionalCheckupFirms: {
      ...demo2024,
      legalCheckups: { firms: { value: 30.5, qualifier: "余" }, suggestions: 45 },
    },
    negativeSuggestions: {
      ...demo2024,
      legalCheckups: { firms: { value: 30, qualifier: "余" }, suggestions: -1 },
    },
    openingTooLong: { ...jingzhupu2023, opening: "镇".repeat(301) },
  },
  legacy: [{ name: "jingzhupu2023 (v1)", version: 1, data: jingzhupu2023v1, upgradesTo: "jingzhupu2023" }],
} satisfies SectionFixtures;
