"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __generator = (this && this.__generator) || function (thisArg, body) {
    var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
    return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
    function verb(n) { return function (v) { return step([n, v]); }; }
    function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
                case 0: case 1: t = op; break;
                case 4: _.label++; return { value: op[1], done: false };
                case 5: _.label++; y = op[1]; op = [0]; continue;
                case 7: op = _.ops.pop(); _.trys.pop(); continue;
                default:
                    if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                    if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                    if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                    if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                    if (t[2]) _.ops.pop();
                    _.trys.pop(); continue;
            }
            op = body.call(thisArg, _);
        } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
        if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
    }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.findReportByNames = findReportByNames;
var reports_ts_1 = require("./reports.ts");
/**
 * Find (or open) a township's report by year and township name, as the CLI is given them. The year is the
 * one set by the township's county or city (its parent or grandparent unit).
 */
function findReportByNames(db, year, orgName) {
    return __awaiter(this, void 0, void 0, function () {
        var orgs, org, regions, y, _a;
        return __generator(this, function (_b) {
            switch (_b.label) {
                case 0: return [4 /*yield*/, db
                        .selectFrom("org_unit as o")
                        .leftJoin("org_unit as p", "p.id", "o.parent_id")
                        .select(["o.id", "o.parent_id", "p.parent_id as grandparentId", "p.name as parentName"])
                        .where("o.name", "=", orgName)
                        .where("o.kind", "in", ["township", "street"])
                        .execute()];
                case 1:
                    orgs = _b.sent();
                    if (orgs.length === 0)
                        throw new Error("\u627E\u4E0D\u5230\u4E61\u9547\u201C".concat(orgName, "\u201D"));
                    if (orgs.length > 1)
                        throw new Error("\u6709\u591A\u4E2A\u540D\u4E3A\u201C".concat(orgName, "\u201D\u7684\u4E61\u9547\uFF08").concat(orgs.map(function (o) { return o.parentName; }).join("、"), "\uFF09"));
                    org = orgs[0];
                    regions = [org.parent_id, org.grandparentId].filter(function (x) { return !!x; });
                    if (!regions.length) return [3 /*break*/, 3];
                    return [4 /*yield*/, db.selectFrom("report_year").select("id").where("year", "=", year).where("region_id", "in", regions).executeTakeFirst()];
                case 2:
                    _a = _b.sent();
                    return [3 /*break*/, 4];
                case 3:
                    _a = undefined;
                    _b.label = 4;
                case 4:
                    y = _a;
                    if (!y)
                        throw new Error("".concat(orgName, "\u6CA1\u6709").concat(year, "\u5E74\u5EA6\u7684\u62A5\u544A\u4EFB\u52A1"));
                    return [4 /*yield*/, (0, reports_ts_1.openReport)(db, y.id, org.id)];
                case 5: return [2 /*return*/, (_b.sent()).id];
            }
        });
    });
}
