import {
  asOf,
  count,
  emptyAsOf,
  emptyQualifiedCount,
  emptyStatedRate,
  narrative,
  orderedItems,
  qualifiedCount,
  shortText,
  statedRate,
  z,
} from "@nianbao/sdk";

/** What the township enters for 平安建设与信访. */
export const safetyPetitionsSchema = z.object({
  /** The lead-in, e.g. "坚持和发展新时代“枫桥经验”，深入推进平安建设". */
  opening: shortText(300),
  /** An optional as-of date for the figures (截至11月底). */
  asOf: asOf(),
  /** 平安建设: risks screened and resolved, and the year's safety record. */
  safety: z.object({
    /** 排查矛盾风险隐患, 处 (may be "100余处"). */
    risksScreened: qualifiedCount(),
    /** 化解 (整改) 风险隐患, 处. */
    risksResolved: count(),
    /** 全年未发生重大群体性事件、重大刑事案件和重大安全事故. */
    noMajorIncidents: z.boolean().default(false),
  }),
  /** 信访: petitions received and resolved (办结). */
  petitions: z.object({
    /** 受理群众来信来访, 件 (may be "超100件"). */
    received: qualifiedCount(),
    /** 办结, 件. */
    resolved: count(),
    /** 按期办结率: resolved on time / resolved, or the stated percentage. */
    onTime: statedRate(),
    /** 未发生进京赴省越级上访. */
    noEscalation: z.boolean().default(false),
  }),
  /** The 12345 hotline: cases received and resolved, satisfaction. */
  hotline: z.object({
    /** 受理12345政务服务便民热线工单, 件. */
    received: qualifiedCount(),
    /** 办结, 件. */
    resolved: count(),
    /** 群众满意率: satisfied / rated, or the stated percentage. */
    satisfaction: statedRate(),
  }),
  /** Measures, printed 一是…二是… */
  measures: orderedItems({ max: 10 }),
  /** Further paragraphs. */
  more: narrative({ max: 5000 }),
});
export type SafetyPetitions = z.output<typeof safetyPetitionsSchema>;

/** What an administrator sets per year. */
export const safetyPetitionsSettings = z.object({
  /** Target share of petitions resolved on time, in percent. */
  targetOnTimeRate: z.number().min(0).max(100).default(100).describe("信访事项按期办结率目标（%）"),
  /** Target satisfaction with the 12345 hotline, in percent (0: no target). */
  targetHotlineSatisfaction: z.number().min(0).max(100).default(90).describe("12345热线群众满意率目标（%）"),
});
export type SafetyPetitionsSettings = z.output<typeof safetyPetitionsSettings>;

export const safetyPetitionsDefaults: SafetyPetitions = {
  opening: "",
  asOf: emptyAsOf(),
  safety: { risksScreened: emptyQualifiedCount(), risksResolved: null, noMajorIncidents: false },
  petitions: {
    received: emptyQualifiedCount(),
    resolved: null,
    onTime: emptyStatedRate(),
    noEscalation: false,
  },
  hotline: { received: emptyQualifiedCount(), resolved: null, satisfaction: emptyStatedRate() },
  measures: [],
  more: "",
};
