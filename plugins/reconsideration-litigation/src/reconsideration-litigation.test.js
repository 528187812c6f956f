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
var sdk_1 = require("@nianbao/sdk");
var testing_1 = require("@nianbao/sdk/testing");
var vitest_1 = require("vitest");
var fixtures_ts_1 = require("./fixtures.ts");
var index_ts_1 = require("./index.ts");
var text = function (data, level) {
  if (level === void 0) {
    level = "镇";
  }
  return (0, sdk_1.renderSection)(index_ts_1.default, data, (0, testing_1.levelContext)(level))
    .map(function (b) {
      return b.type === "paragraph"
        ? b.text
        : b.type === "items"
          ? b.items
              .map(function (i) {
                return i.text;
              })
              .join("；")
          : "";
    })
    .join("\n");
};
(0, vitest_1.describe)("reconsideration-litigation renderer", function () {
  (0, vitest_1.it)("reads like a real 镇's report", function () {
    (0, vitest_1.expect)(text(fixtures_ts_1.town2024)).toBe(
      "镇政府高度重视行政复议和行政应诉工作，严格落实行政机关负责人出庭应诉制度，全镇收到行政复议申请3件，已全部办结，其中被纠错1件，" +
        "办理行政应诉案件2件，已全部审结，无败诉案件，行政机关负责人出庭应诉率达100%。\n" +
        "建立行政复议和行政应诉案件工作台账，实行专人负责；对被纠错案件逐案分析原因，督促相关站所整改到位",
    );
  });
  (0, vitest_1.it)("says so when a 乡 had no case, never 0% or 100%", function () {
    (0, vitest_1.expect)(text(fixtures_ts_1.xiangNoCases, "乡")).toBe(
      "全乡未发生以政府为被申请人的行政复议案件，全年未发生以乡政府为被告的行政诉讼案件。",
    );
  });
  (0, vitest_1.it)("prints a stated percentage and the as-of date for a 街道", function () {
    (0, vitest_1.expect)(text(fixtures_ts_1.streetStated, "街道")).toBe(
      "截至10月底，全街道收到行政复议申请5件，办结4件，无被纠错案件，办理行政应诉案件4件，审结3件，败诉1件，行政机关负责人出庭应诉率为90%以上。\n" +
        "下一步将加强行政执法人员应诉能力培训，从源头上减少行政争议。",
    );
  });
});
(0, vitest_1.describe)("reconsideration-litigation metrics and checks", function () {
  (0, vitest_1.it)("stores a stated percentage apart from counted rates", function () {
    (0, vitest_1.expect)(
      (0, sdk_1.computeMetrics)(index_ts_1.default, fixtures_ts_1.streetStated).appearanceRate,
    ).toEqual({ value: 90, numerator: null, denominator: null, lowerBound: true, stated: true });
    (0, vitest_1.expect)(
      (0, sdk_1.computeMetrics)(index_ts_1.default, fixtures_ts_1.town2024).appearanceRate,
    ).toMatchObject({ value: 100, numerator: 2, denominator: 2 });
    (0, vitest_1.expect)(
      (0, sdk_1.computeMetrics)(index_ts_1.default, fixtures_ts_1.town2024).reconsiderationCorrected.value,
    ).toBe(1);
  });
  (0, vitest_1.it)("warns below the year's target and refuses impossible counts", function () {
    (0, vitest_1.expect)(
      (0, sdk_1.runChecks)(index_ts_1.default, fixtures_ts_1.streetStated, {}).map(function (c) {
        return c.id;
      }),
    ).toEqual(["appearanceRate-below-target"]);
    (0, vitest_1.expect)(
      (0, sdk_1.runChecks)(index_ts_1.default, fixtures_ts_1.streetStated, { targetAppearanceRate: 90 }),
    ).toEqual([]);
    var bad = __assign(__assign({}, fixtures_ts_1.town2024), {
      litigation: __assign(__assign({}, fixtures_ts_1.town2024.litigation), { lost: 3 }),
    });
    (0, vitest_1.expect)(
      (0, sdk_1.runChecks)(index_ts_1.default, bad, {}).map(function (c) {
        return "".concat(c.level, ":").concat(c.id);
      }),
    ).toEqual(["error:lost-within-concluded"]);
    (0, vitest_1.expect)(
      (0, sdk_1.runChecks)(
        index_ts_1.default,
        __assign(__assign({}, fixtures_ts_1.xiangNoCases), {
          litigation: __assign(__assign({}, fixtures_ts_1.xiangNoCases.litigation), {
            appearance: { numerator: null, denominator: null, percent: 100, percentQualifier: "" },
          }),
        }),
        {},
      ).map(function (c) {
        return c.id;
      }),
    ).toEqual(["appearance-without-cases"]);
  });
});
