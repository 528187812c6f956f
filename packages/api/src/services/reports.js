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
exports.orgNames = orgNames;
exports.openReport = openReport;
exports.loadReportContext = loadReportContext;
exports.names = names;
exports.reportOutline = reportOutline;
var document_1 = require("@nianbao/document");
var sdk_1 = require("@nianbao/sdk");
var server_1 = require("@trpc/server");
function orgNames(db, orgId) {
    return __awaiter(this, void 0, void 0, function () {
        var org;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0: return [4 /*yield*/, db
                        .selectFrom("org_unit as o")
                        .leftJoin("org_unit as p", "p.id", "o.parent_id")
                        .select(["o.id", "o.name", "p.name as parentName"])
                        .where("o.id", "=", orgId)
                        .executeTakeFirst()];
                case 1:
                    org = _a.sent();
                    if (!org)
                        throw new server_1.TRPCError({ code: "NOT_FOUND", message: "找不到该单位" });
                    return [2 /*return*/, org];
            }
        });
    });
}
/** The report of a township for a year, created on first open if the township is assigned to that year. */
function openReport(db, yearId, orgId) {
    return __awaiter(this, void 0, void 0, function () {
        var existing, assigned, created, _a;
        return __generator(this, function (_b) {
            switch (_b.label) {
                case 0: return [4 /*yield*/, db
                        .selectFrom("report")
                        .selectAll()
                        .where("report_year_id", "=", yearId)
                        .where("org_unit_id", "=", orgId)
                        .executeTakeFirst()];
                case 1:
                    existing = _b.sent();
                    if (existing)
                        return [2 /*return*/, existing];
                    return [4 /*yield*/, db
                            .selectFrom("report_year_assignment")
                            .select("org_unit_id")
                            .where("report_year_id", "=", yearId)
                            .where("org_unit_id", "=", orgId)
                            .executeTakeFirst()];
                case 2:
                    assigned = _b.sent();
                    if (!assigned)
                        throw new server_1.TRPCError({ code: "NOT_FOUND", message: "该乡镇不在本年度报送范围内" });
                    return [4 /*yield*/, db
                            .insertInto("report")
                            .values({ report_year_id: yearId, org_unit_id: orgId, signed_on: null })
                            .onConflict(function (oc) { return oc.columns(["report_year_id", "org_unit_id"]).doNothing(); })
                            .returningAll()
                            .executeTakeFirst()];
                case 3:
                    created = _b.sent();
                    if (!(created !== null && created !== void 0)) return [3 /*break*/, 4];
                    _a = created;
                    return [3 /*break*/, 6];
                case 4: return [4 /*yield*/, db.selectFrom("report").selectAll().where("report_year_id", "=", yearId).where("org_unit_id", "=", orgId).executeTakeFirstOrThrow()];
                case 5:
                    _a = (_b.sent());
                    _b.label = 6;
                case 6: return [2 /*return*/, _a];
            }
        });
    });
}
function loadReportContext(db, reportId) {
    return __awaiter(this, void 0, void 0, function () {
        var report, year, org;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0: return [4 /*yield*/, db.selectFrom("report").selectAll().where("id", "=", reportId).executeTakeFirst()];
                case 1:
                    report = _a.sent();
                    if (!report)
                        throw new server_1.TRPCError({ code: "NOT_FOUND", message: "找不到该报告" });
                    return [4 /*yield*/, db
                            .selectFrom("report_year")
                            .select(["id", "year", "status", "deadline", "template"])
                            .where("id", "=", report.report_year_id)
                            .executeTakeFirstOrThrow()];
                case 2:
                    year = _a.sent();
                    return [4 /*yield*/, orgNames(db, report.org_unit_id)];
                case 3:
                    org = _a.sent();
                    return [2 /*return*/, {
                            report: report,
                            year: { id: year.id, year: year.year, status: year.status, deadline: year.deadline },
                            org: org,
                            template: document_1.yearTemplateSchema.parse(year.template),
                        }];
            }
        });
    });
}
function names(ctx) {
    return { name: ctx.org.name, parentName: ctx.org.parentName };
}
/** The report's outline as the township sees it: numbered sections with their plugin and status. */
function reportOutline(db, sections, ctx) {
    return __awaiter(this, void 0, void 0, function () {
        var stored, byKey, parts;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0: return [4 /*yield*/, db
                        .selectFrom("report_section")
                        .select(["section_key", "status", "revision", "updated_at"])
                        .where("report_id", "=", ctx.report.id)
                        .execute()];
                case 1:
                    stored = _a.sent();
                    byKey = new Map(stored.map(function (s) { return [s.section_key, s]; }));
                    parts = (0, document_1.numberOutline)(ctx.template, ctx.year.year, names(ctx));
                    return [2 /*return*/, parts.map(function (part) { return ({
                            key: part.key,
                            numbering: part.numbering,
                            title: part.titleText,
                            sections: part.sections.map(function (s) {
                                var _a, _b, _c;
                                var plugin = sections.get(s.plugin);
                                var row = byKey.get(s.key);
                                return {
                                    key: s.key,
                                    numbering: s.numbering,
                                    heading: s.headingText,
                                    required: s.required,
                                    pluginId: s.plugin,
                                    plugin: plugin ? (0, sdk_1.describePlugin)(plugin) : null,
                                    status: ((_a = row === null || row === void 0 ? void 0 : row.status) !== null && _a !== void 0 ? _a : "empty"),
                                    revision: (_b = row === null || row === void 0 ? void 0 : row.revision) !== null && _b !== void 0 ? _b : 0,
                                    updatedAt: (_c = row === null || row === void 0 ? void 0 : row.updated_at) !== null && _c !== void 0 ? _c : null,
                                };
                            }),
                        }); })];
            }
        });
    });
}
