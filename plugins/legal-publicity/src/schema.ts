import {
  checklist,
  count,
  emptyChecklist,
  emptyQualifiedCount,
  emptyStatedRate,
  narrative,
  orderedItems,
  qualifiedCount,
  shortText,
  statedRate,
  z,
  type ChecklistOption,
} from "@nianbao/sdk";

/** Kinds of 法治文化阵地, printed in this order. */
export const CULTURE_SITES = [
  { key: "square", label: { "zh-CN": "法治文化广场", en: "Rule-of-law square" } },
  { key: "park", label: { "zh-CN": "法治文化公园", en: "Rule-of-law park" } },
  { key: "corridor", label: { "zh-CN": "法治长廊", en: "Rule-of-law corridor" } },
  { key: "board", label: { "zh-CN": "法治宣传栏", en: "Notice boards" } },
  { key: "library", label: { "zh-CN": "法治书屋", en: "Law reading rooms" } },
] as const satisfies readonly ChecklistOption[];

/** What the township enters for 法治宣传教育 (普法). */
export const legalPublicitySchema = z.object({
  /** The lead-in, e.g. "深入实施“八五”普法规划". */
  opening: shortText(300),
  /** 落实“谁执法谁普法”普法责任制, with a responsibility list (普法责任清单). */
  responsibilityList: z.boolean().default(false),
  /** Units whose duties are on the list (个), optional. */
  listedUnits: count(),
  /** The themes of the year's campaigns, e.g. "宪法宣传周、民法典宣传月、“4·15”全民国家安全教育日". */
  themes: shortText(300),
  /** 开展普法宣传活动, 场 (often "20余场"). */
  activities: qualifiedCount(),
  /** 举办法治讲座（以案释法）, 场. */
  lectures: qualifiedCount(),
  /** 发放宣传资料, 份. */
  materials: qualifiedCount(),
  /** 受教育群众, 人次. */
  peopleReached: qualifiedCount(),
  /** The kinds of 法治文化阵地 the township has. */
  cultureKinds: checklist(CULTURE_SITES),
  /** 法治文化阵地, 个. */
  cultureSites: count(),
  /** 培育“法律明白人”, 名. */
  legalUnderstanders: count(),
  /** Villages (communities) with a 法律明白人 / all, or the stated percentage. */
  understanderCoverage: statedRate(),
  /** Measures, printed 一是…二是… */
  measures: orderedItems({ max: 10 }),
  /** Further paragraphs. */
  more: narrative({ max: 5000 }),
});
export type LegalPublicity = z.output<typeof legalPublicitySchema>;

/** What an administrator sets per year. */
export const legalPublicitySettings = z.object({
  /** Publicity events the county expects a township to hold (0: no target). */
  minActivities: z.number().int().min(0).default(0).describe("普法宣传活动最少场次（0为不设）"),
  /** Target share of villages (communities) with a 法律明白人, in percent. */
  targetUnderstanderCoverage: z
    .number()
    .min(0)
    .max(100)
    .default(100)
    .describe("“法律明白人”村（社区）覆盖率目标（%）"),
});
export type LegalPublicitySettings = z.output<typeof legalPublicitySettings>;

export const legalPublicityDefaults: LegalPublicity = {
  opening: "",
  responsibilityList: false,
  listedUnits: null,
  themes: "",
  activities: emptyQualifiedCount(),
  lectures: emptyQualifiedCount(),
  materials: emptyQualifiedCount(),
  peopleReached: emptyQualifiedCount(),
  cultureKinds: emptyChecklist(CULTURE_SITES),
  cultureSites: null,
  legalUnderstanders: null,
  understanderCoverage: emptyStatedRate(),
  measures: [],
  more: "",
};
