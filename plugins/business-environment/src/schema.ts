import {
  checklist,
  count,
  emptyQualifiedCount,
  qualifiedCount,
  narrative,
  rate,
  z,
  type ChecklistOption,
  shortText,
} from "@nianbao/sdk";

/** Where the township serves investors directly ("在行政审批、商事制度、投资项目审批上主动服务"). */
export const SERVICE_AREAS = [
  { key: "administrativeApproval", label: { "zh-CN": "行政审批", en: "Administrative approvals" } },
  { key: "commercialRegistration", label: { "zh-CN": "商事制度", en: "Commercial registration" } },
  { key: "investmentApproval", label: { "zh-CN": "投资项目审批", en: "Investment project approvals" } },
  { key: "enterpriseStartup", label: { "zh-CN": "企业开办", en: "Starting a business" } },
  {
    key: "constructionApproval",
    label: { "zh-CN": "工程建设项目审批", en: "Construction project approvals" },
  },
  {
    key: "factorSupport",
    label: { "zh-CN": "用地用电等要素保障", en: "Land, power and other inputs" },
    phrase: "要素保障",
  },
] as const satisfies readonly ChecklistOption[];

/** The township units that ran 送法进企业 ("组织应急办、司法所、镇工会开展…"), printed in this order. */
export const ORGANISERS = [
  { key: "emergencyOffice", label: { "zh-CN": "应急办", en: "Emergency management office" } },
  { key: "justiceOffice", label: { "zh-CN": "司法所", en: "Justice office" } },
  {
    key: "tradeUnion",
    label: { "zh-CN": "工会（镇、乡、街道）", en: "Township trade union" },
    phrase: (w) => `${w.level}工会`,
  },
  { key: "policeStation", label: { "zh-CN": "派出所", en: "Police station" } },
  { key: "marketSupervision", label: { "zh-CN": "市场监管所", en: "Market supervision office" } },
  { key: "taxOffice", label: { "zh-CN": "税务分局", en: "Tax office" } },
  { key: "legalAdviser", label: { "zh-CN": "法律顾问", en: "Legal adviser" } },
] as const satisfies readonly ChecklistOption[];

export const businessEnvironmentSchema = z.object({
  /** The lead-in, e.g. "镇政府高度重视招商引资工作，持续在优化营商环境上下功夫". */
  opening: shortText(300),
  /** 所有项目全部由镇主要领导亲自安排部署. */
  leadersInCharge: z.boolean().default(false),
  /** 主动服务 in these areas. */
  service: z.object({
    areas: checklist(SERVICE_AREAS),
    /** Further areas, separated by "、". */
    otherAreas: shortText(100),
  }),
  /** Business disputes (营商纠纷). */
  disputes: z.object({
    /** 及时调处化解各类营商纠纷 (the claim the reference makes without a figure). */
    handled: z.boolean().default(false),
    /** Disputes received (件), optional. */
    received: count(),
    /** Disputes resolved (件), optional. */
    resolved: count(),
  }),
  /** Enterprise requests (企业诉求, 条): resolved / received = 办结率. */
  requests: rate(),
  /** 送法进企业 activities. */
  lawToEnterprise: z.object({
    organisers: checklist(ORGANISERS),
    /** Further organisers, separated by "、". */
    otherOrganisers: shortText(100),
    /** Activities held (次). */
    events: count(),
    /** Enterprises reached (家), optional. */
    enterprises: count(),
    /** What the activities achieved, e.g. "切实提高了企业职工的法律常识". */
    effect: shortText(300),
  }),
  /** 法治体检 (v2): firms given a legal check-up (家, often "30余家") and the legal advice given (条). */
  legalCheckups: z
    .object({ firms: qualifiedCount(), suggestions: count() })
    .default({ firms: emptyQualifiedCount(), suggestions: null }),
  /** Other work for the business environment, in the same paragraph (扫黑除恶专项斗争 …). */
  otherWork: narrative({ max: 2000 }),
  /** Further paragraphs. */
  more: narrative({ max: 5000 }),
});

export type BusinessEnvironment = z.output<typeof businessEnvironmentSchema>;

export const businessEnvironmentSettings = z.object({
  /** 送法进企业 at least this many times a year. */
  minLawToEnterpriseEvents: z
    .number()
    .int()
    .min(0)
    .max(100)
    .default(1)
    .describe("送法进企业活动不少于（次）"),
  /** Target 办结率 of enterprise requests, in percent. */
  targetRequestRate: z.number().min(0).max(100).default(100).describe("企业诉求办结率目标（%）"),
  /** Firms given a 法治体检 at least; 0 sets no target. */
  minLegalCheckupFirms: z
    .number()
    .int()
    .min(0)
    .max(10000)
    .default(0)
    .describe("“法治体检”企业不少于（家，0为不设目标）"),
});
export type BusinessEnvironmentSettings = z.output<typeof businessEnvironmentSettings>;

export const businessEnvironmentDefaults: BusinessEnvironment = {
  opening: "",
  leadersInCharge: false,
  service: {
    areas: {
      administrativeApproval: false,
      commercialRegistration: false,
      investmentApproval: false,
      enterpriseStartup: false,
      constructionApproval: false,
      factorSupport: false,
    },
    otherAreas: "",
  },
  disputes: { handled: false, received: null, resolved: null },
  requests: { numerator: null, denominator: null },
  lawToEnterprise: {
    organisers: {
      emergencyOffice: false,
      justiceOffice: false,
      tradeUnion: false,
      policeStation: false,
      marketSupervision: false,
      taxOffice: false,
      legalAdviser: false,
    },
    otherOrganisers: "",
    events: null,
    enterprises: null,
    effect: "",
  },
  legalCheckups: { firms: emptyQualifiedCount(), suggestions: null },
  otherWork: "",
  more: "",
};

/** v1 (until 2026-11): no 法治体检 of firms. */
export type BusinessEnvironmentV1 = Omit<BusinessEnvironment, "legalCheckups">;

/** v1 → v2: the 法治体检 figures start empty, so v1 data reads exactly as it was filed. */
export function migrateV1toV2(v1: BusinessEnvironmentV1): BusinessEnvironment {
  return { ...v1, legalCheckups: { firms: emptyQualifiedCount(), suggestions: null } };
}
