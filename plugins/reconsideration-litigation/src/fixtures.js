"use strict";
var __assign =
  (this && this.__assign) ||
  function () {
    __assign =
      Object.assign ||
      function (t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
      };
    return __assign.apply(this, arguments);
  };
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = exports.streetStated = exports.xiangNoCases = exports.town2024 = void 0;
var schema_ts_1 = require("./schema.ts");
var rate = function (numerator, denominator) {
  return { numerator: numerator, denominator: denominator, percent: null, percentQualifier: "" };
};
/** A 镇 with a few cases, every hearing attended. */
exports.town2024 = __assign(__assign({}, schema_ts_1.reconsiderationLitigationDefaults), {
  opening: "镇政府高度重视行政复议和行政应诉工作，严格落实行政机关负责人出庭应诉制度",
  reconsideration: { received: 3, concluded: 3, corrected: 1 },
  litigation: { cases: 2, concluded: 2, lost: 0, appearance: rate(2, 2) },
  measures: [
    { lead: "", text: "建立行政复议和行政应诉案件工作台账，实行专人负责" },
    { lead: "", text: "对被纠错案件逐案分析原因，督促相关站所整改到位" },
  ],
});
/** A 乡 with no case at all (most townships): both 0, no rate. */
exports.xiangNoCases = __assign(__assign({}, schema_ts_1.reconsiderationLitigationDefaults), {
  reconsideration: { received: 0, concluded: null, corrected: null },
  litigation: { cases: 0, concluded: null, lost: null, appearance: rate(null, null) },
});
/** A 街道 that knows its appearance rate only as a stated percentage, figures as of the end of October. */
exports.streetStated = __assign(__assign({}, schema_ts_1.reconsiderationLitigationDefaults), {
  asOf: { month: 10, day: null },
  reconsideration: { received: 5, concluded: 4, corrected: 0 },
  litigation: {
    cases: 4,
    concluded: 3,
    lost: 1,
    appearance: { numerator: null, denominator: null, percent: 90, percentQualifier: "以上" },
  },
  more: "下一步将加强行政执法人员应诉能力培训，从源头上减少行政争议。",
});
exports.fixtures = {
  valid: {
    town2024: exports.town2024,
    xiangNoCases: exports.xiangNoCases,
    streetStated: exports.streetStated,
  },
  invalid: {
    negativeCases: __assign(__assign({}, exports.town2024), {
      litigation: __assign(__assign({}, exports.town2024.litigation), { cases: -1 }),
    }),
    percentBesideCounts: __assign(__assign({}, exports.town2024), {
      litigation: __assign(__assign({}, exports.town2024.litigation), {
        appearance: __assign(__assign({}, rate(2, 2)), { percent: 100, percentQualifier: "" }),
      }),
    }),
    percentAbove100: __assign(__assign({}, exports.streetStated), {
      litigation: __assign(__assign({}, exports.streetStated.litigation), {
        appearance: { numerator: null, denominator: null, percent: 120, percentQualifier: "" },
      }),
    }),
  },
};
