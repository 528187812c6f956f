import {
  checklist,
  count,
  emptyChecklist,
  emptyQualifiedCount,
  narrative,
  orderedItems,
  qualifiedCount,
  shortText,
  z,
  type ChecklistOption,
} from "@nianbao/sdk";

/** How the study was done, printed in this order ("通过专题学习、专题辅导讲座、研讨交流等形式"). */
export const STUDY_FORMS = [
  {
    key: "centralGroup",
    label: { "zh-CN": "理论学习中心组专题学习", en: "Central group study" },
    phrase: "专题学习",
  },
  { key: "lecture", label: { "zh-CN": "专题辅导讲座", en: "Lectures" } },
  { key: "seminar", label: { "zh-CN": "研讨交流", en: "Seminars" } },
  { key: "meeting", label: { "zh-CN": "会前学法", en: "Study before meetings" } },
  { key: "test", label: { "zh-CN": "知识测试", en: "Tests" } },
  {
    key: "outreach",
    label: { "zh-CN": "宣讲进村（社区）", en: "Talks in villages" },
    phrase: (w) => `宣讲进${w.village}`,
  },
] as const satisfies readonly ChecklistOption[];

/** What the township enters for 学习贯彻习近平法治思想. */
export const ruleOfLawThoughtSchema = z.object({
  /** The lead-in, e.g. "始终把学习贯彻习近平法治思想作为重要政治任务". */
  opening: shortText(300),
  /** 将习近平法治思想纳入党委理论学习中心组年度学习计划. */
  inStudyPlan: z.boolean().default(false),
  /** 党委理论学习中心组专题学习, 次. */
  centralGroupSessions: count(),
  /** How the study was done. */
  forms: checklist(STUDY_FORMS),
  /** 组织开展学习宣讲, 场次 (often "20余场次"). */
  sessions: qualifiedCount(),
  /** 覆盖干部群众, 人次. */
  participants: qualifiedCount(),
  /** What it achieved, e.g. "推动习近平法治思想入脑入心、见行见效". */
  outcome: shortText(300),
  /** Measures, printed 一是…二是… */
  measures: orderedItems({ max: 10 }),
  /** Further paragraphs. */
  more: narrative({ max: 5000 }),
});
export type RuleOfLawThought = z.output<typeof ruleOfLawThoughtSchema>;

/** What an administrator sets per year. */
export const ruleOfLawThoughtSettings = z.object({
  /** Central group study sessions on the Thought the county expects (0: no target). */
  minCentralGroupSessions: z.number().int().min(0).default(0).describe("中心组专题学习最少次数（0为不设）"),
});
export type RuleOfLawThoughtSettings = z.output<typeof ruleOfLawThoughtSettings>;

export const ruleOfLawThoughtDefaults: RuleOfLawThought = {
  opening: "",
  inStudyPlan: false,
  centralGroupSessions: null,
  forms: emptyChecklist(STUDY_FORMS),
  sessions: emptyQualifiedCount(),
  participants: emptyQualifiedCount(),
  outcome: "",
  measures: [],
  more: "",
};
