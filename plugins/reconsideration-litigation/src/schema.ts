import {
  asOf,
  count,
  emptyAsOf,
  emptyStatedRate,
  narrative,
  orderedItems,
  shortText,
  statedRate,
  z,
} from "@nianbao/sdk";

/** What the township enters for 行政复议与行政应诉. */
export const reconsiderationLitigationSchema = z.object({
  /** The lead-in, e.g. "镇政府高度重视行政复议和行政应诉工作，严格落实行政机关负责人出庭应诉制度". */
  opening: shortText(300),
  /** An optional as-of date for the figures (截至10月底), for reports written before the year ends. */
  asOf: asOf(),
  /** Administrative reconsideration with the township government as respondent. */
  reconsideration: z.object({
    /** 收到（被申请）行政复议案件, 件. */
    received: count(),
    /** 办结 (the reconsideration body decided), 件. */
    concluded: count(),
    /** 被纠错 (撤销、变更、确认违法、责令履行), 件. */
    corrected: count(),
  }),
  /** Administrative litigation with the township government as defendant. */
  litigation: z.object({
    /** 行政应诉案件, 件. */
    cases: count(),
    /** 审结, 件. */
    concluded: count(),
    /** 败诉, 件. */
    lost: count(),
    /** 行政机关负责人出庭应诉率: hearings attended / hearings, or the percentage the township states. */
    appearance: statedRate(),
  }),
  /** Measures, printed 一是…二是… (e.g. "建立行政应诉工作台账"). */
  measures: orderedItems({ max: 10 }),
  /** Further paragraphs. */
  more: narrative({ max: 5000 }),
});
export type ReconsiderationLitigation = z.output<typeof reconsiderationLitigationSchema>;

/** What an administrator sets per year. */
export const reconsiderationLitigationSettings = z.object({
  /** Target rate of court appearances by the responsible person, in percent. */
  targetAppearanceRate: z.number().min(0).max(100).default(100).describe("行政机关负责人出庭应诉率目标（%）"),
});
export type ReconsiderationLitigationSettings = z.output<typeof reconsiderationLitigationSettings>;

export const reconsiderationLitigationDefaults: ReconsiderationLitigation = {
  opening: "",
  asOf: emptyAsOf(),
  reconsideration: { received: null, concluded: null, corrected: null },
  litigation: { cases: null, concluded: null, lost: null, appearance: emptyStatedRate() },
  measures: [],
  more: "",
};
