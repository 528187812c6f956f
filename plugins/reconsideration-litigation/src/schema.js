"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reconsiderationLitigationDefaults =
  exports.reconsiderationLitigationSettings =
  exports.reconsiderationLitigationSchema =
    void 0;
var sdk_1 = require("@nianbao/sdk");
/** What the township enters for 行政复议与行政应诉. */
exports.reconsiderationLitigationSchema = sdk_1.z.object({
  /** The lead-in, e.g. "镇政府高度重视行政复议和行政应诉工作，严格落实行政机关负责人出庭应诉制度". */
  opening: (0, sdk_1.shortText)(300),
  /** An optional as-of date for the figures (截至10月底), for reports written before the year ends. */
  asOf: (0, sdk_1.asOf)(),
  /** Administrative reconsideration with the township government as respondent. */
  reconsideration: sdk_1.z.object({
    /** 收到（被申请）行政复议案件, 件. */
    received: (0, sdk_1.count)(),
    /** 办结 (the reconsideration body decided), 件. */
    concluded: (0, sdk_1.count)(),
    /** 被纠错 (撤销、变更、确认违法、责令履行), 件. */
    corrected: (0, sdk_1.count)(),
  }),
  /** Administrative litigation with the township government as defendant. */
  litigation: sdk_1.z.object({
    /** 行政应诉案件, 件. */
    cases: (0, sdk_1.count)(),
    /** 审结, 件. */
    concluded: (0, sdk_1.count)(),
    /** 败诉, 件. */
    lost: (0, sdk_1.count)(),
    /** 行政机关负责人出庭应诉率: hearings attended / hearings, or the percentage the township states. */
    appearance: (0, sdk_1.statedRate)(),
  }),
  /** Measures, printed 一是…二是… (e.g. "建立行政应诉工作台账"). */
  measures: (0, sdk_1.orderedItems)({ max: 10 }),
  /** Further paragraphs. */
  more: (0, sdk_1.narrative)({ max: 5000 }),
});
/** What an administrator sets per year. */
exports.reconsiderationLitigationSettings = sdk_1.z.object({
  /** Target rate of court appearances by the responsible person, in percent. */
  targetAppearanceRate: sdk_1.z
    .number()
    .min(0)
    .max(100)
    .default(100)
    .describe("行政机关负责人出庭应诉率目标（%）"),
});
exports.reconsiderationLitigationDefaults = {
  opening: "",
  asOf: (0, sdk_1.emptyAsOf)(),
  reconsideration: { received: null, concluded: null, corrected: null },
  litigation: { cases: null, concluded: null, lost: null, appearance: (0, sdk_1.emptyStatedRate)() },
  measures: [],
  more: "",
};
