"use strict";
var __spreadArray =
  (this && this.__spreadArray) ||
  function (to, from, pack) {
    if (pack || arguments.length === 2)
      for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
          if (!ar) ar = Array.prototype.slice.call(from, 0, i);
          ar[i] = from[i];
        }
      }
    return to.concat(ar || Array.prototype.slice.call(from));
  };
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderReconsiderationLitigation = renderReconsiderationLitigation;
var sdk_1 = require("@nianbao/sdk");
var positive = function (n) {
  return n !== null && n > 0;
};
/** "收到行政复议申请3件，已全部办结，其中被纠错1件" / "未发生行政复议案件"; null when nothing entered. */
function reconsiderationClause(r) {
  if (r.received === 0) return "未发生以政府为被申请人的行政复议案件";
  if (!positive(r.received)) return null;
  var out = ["\u6536\u5230\u884C\u653F\u590D\u8BAE\u7533\u8BF7".concat(r.received, "\u4EF6")];
  if (r.concluded !== null)
    out.push(r.concluded === r.received ? "已全部办结" : "\u529E\u7ED3".concat(r.concluded, "\u4EF6"));
  if (r.corrected !== null)
    out.push(
      r.corrected === 0 ? "无被纠错案件" : "\u5176\u4E2D\u88AB\u7EA0\u9519".concat(r.corrected, "\u4EF6"),
    );
  return out.join("，");
}
function litigationClauses(l, government) {
  var rate = l.appearance;
  var printed = (0, sdk_1.rateNotApplicable)(rate) ? null : (0, sdk_1.formatStatedRate)(rate);
  var appearance =
    printed &&
    "\u884C\u653F\u673A\u5173\u8D1F\u8D23\u4EBA\u51FA\u5EAD\u5E94\u8BC9\u7387"
      .concat(printed === "100%" ? "达" : "为")
      .concat(printed);
  if (l.cases === 0)
    return [
      "\u5168\u5E74\u672A\u53D1\u751F\u4EE5".concat(
        government,
        "\u4E3A\u88AB\u544A\u7684\u884C\u653F\u8BC9\u8BBC\u6848\u4EF6",
      ),
    ];
  if (!positive(l.cases)) return appearance ? [appearance] : [];
  var out = ["\u529E\u7406\u884C\u653F\u5E94\u8BC9\u6848\u4EF6".concat(l.cases, "\u4EF6")];
  if (l.concluded !== null)
    out.push(l.concluded === l.cases ? "已全部审结" : "\u5BA1\u7ED3".concat(l.concluded, "\u4EF6"));
  if (l.lost !== null) out.push(l.lost === 0 ? "无败诉案件" : "\u8D25\u8BC9".concat(l.lost, "\u4EF6"));
  if (appearance) out.push(appearance);
  return out;
}
/** 行政复议与行政应诉: a paragraph of figures in the register of real reports, the measures, further prose. */
function renderReconsiderationLitigation(d, ctx) {
  var w = (0, sdk_1.levelWords)(ctx.org);
  var figures = __spreadArray(
    [reconsiderationClause(d.reconsideration)],
    litigationClauses(d.litigation, w.government),
    true,
  ).filter(function (c) {
    return !!c;
  });
  var lead = figures.length ? (0, sdk_1.asOfClause)(d.asOf, "".concat(w.whole).concat(figures[0])) : null;
  var text = sdk_1.clauses.apply(void 0, __spreadArray([d.opening, lead], figures.slice(1), false));
  var items = (0, sdk_1.printedItems)(d.measures);
  return __spreadArray(
    __spreadArray(
      __spreadArray([], (0, sdk_1.paragraph)(text), true),
      items.length ? [{ type: "items", style: "yishi", layout: "inline", items: items }] : [],
      true,
    ),
    (0, sdk_1.paragraphsFromText)(d.more),
    true,
  );
}
