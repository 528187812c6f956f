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
exports.getSection = getSection;
exports.saveSection = saveSection;
exports.listRevisions = listRevisions;
exports.sectionMetrics = sectionMetrics;
var document_1 = require("@nianbao/document");
var sdk_1 = require("@nianbao/sdk");
var server_1 = require("@trpc/server");
var trpc_ts_1 = require("../trpc.ts");
var reports_ts_1 = require("./reports.ts");
function templateSection(ctx, key) {
    var s = (0, document_1.templateSections)(ctx.template).find(function (x) { return x.key === key; });
    if (!s || !s.enabled)
        throw new server_1.TRPCError({ code: "NOT_FOUND", message: "\u672C\u5E74\u5EA6\u62A5\u544A\u6CA1\u6709\u201C".concat(key, "\u201D\u680F\u76EE") });
    return s;
}
function pluginOf(sections, id) {
    var plugin = sections.get(id);
    if (!plugin) {
        throw new server_1.TRPCError({ code: "PRECONDITION_FAILED", message: "\u680F\u76EE\u63D2\u4EF6\u201C".concat(id, "\u201D\u5C1A\u672A\u5B89\u88C5\uFF0C\u6682\u4E0D\u80FD\u586B\u5199\u672C\u680F\u76EE") });
    }
    return plugin;
}
/** One section of a report as the form needs it: data (or defaults), revision, settings and checks. */
function getSection(db, sections, reportId, key) {
    return __awaiter(this, void 0, void 0, function () {
        var ctx, ts, plugin, row, data;
        var _a, _b, _c;
        return __generator(this, function (_d) {
            switch (_d.label) {
                case 0: return [4 /*yield*/, (0, reports_ts_1.loadReportContext)(db, reportId)];
                case 1:
                    ctx = _d.sent();
                    ts = templateSection(ctx, key);
                    plugin = pluginOf(sections, ts.plugin);
                    return [4 /*yield*/, db
                            .selectFrom("report_section")
                            .selectAll()
                            .where("report_id", "=", reportId)
                            .where("section_key", "=", key)
                            .executeTakeFirst()];
                case 2:
                    row = _d.sent();
                    data = row ? (0, sdk_1.migrateData)(plugin, row.data, row.plugin_version) : plugin.defaults;
                    return [2 /*return*/, {
                            key: key,
                            plugin: (0, sdk_1.describePlugin)(plugin),
                            settings: (0, sdk_1.parseSettings)(plugin, ts.settings),
                            data: data,
                            revision: (_a = row === null || row === void 0 ? void 0 : row.revision) !== null && _a !== void 0 ? _a : 0,
                            status: (_b = row === null || row === void 0 ? void 0 : row.status) !== null && _b !== void 0 ? _b : "empty",
                            updatedAt: (_c = row === null || row === void 0 ? void 0 : row.updated_at) !== null && _c !== void 0 ? _c : null,
                            checks: row ? (0, sdk_1.runChecks)(plugin, data, ts.settings) : [],
                        }];
            }
        });
    });
}
function conflict(current) {
    return new server_1.TRPCError({
        code: "CONFLICT",
        message: "\u672C\u680F\u76EE\u5DF2\u88AB\u4ED6\u4EBA\u66F4\u65B0\uFF08\u5F53\u524D\u4E3A\u7B2C".concat(current, "\u7248\uFF09\uFF0C\u60A8\u7684\u4FEE\u6539\u672A\u4FDD\u5B58\u3002\u8BF7\u5148\u8F7D\u5165\u6700\u65B0\u5185\u5BB9\u518D\u4FEE\u6539\u3002"),
    });
}
var LOCKED_STATUSES = new Set(["submitted", "approved"]);
/**
 * Save a section: parse with the plugin's schema on the server, refuse a stale revision (CONFLICT, nothing
 * written), write the new revision and its history row, and recompute the stored metrics — one transaction.
 */
function saveSection(db, sections, input) {
    return __awaiter(this, void 0, void 0, function () {
        var ctx, ts, plugin, parsed, data, checks, errors, status, metrics, json;
        var _this = this;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0: return [4 /*yield*/, (0, reports_ts_1.loadReportContext)(db, input.reportId)];
                case 1:
                    ctx = _a.sent();
                    if (LOCKED_STATUSES.has(ctx.report.status)) {
                        throw new server_1.TRPCError({ code: "FORBIDDEN", message: "报告已提交或已审核通过，不能再修改" });
                    }
                    ts = templateSection(ctx, input.sectionKey);
                    plugin = pluginOf(sections, ts.plugin);
                    parsed = plugin.schema.safeParse(input.data);
                    if (!parsed.success) {
                        throw new server_1.TRPCError({
                            code: "BAD_REQUEST",
                            message: "栏目内容未通过校验，请检查标出的字段",
                            cause: new trpc_ts_1.InputError("invalid section data", (0, trpc_ts_1.toFieldErrors)(parsed.error, ["data"])),
                        });
                    }
                    data = parsed.data;
                    checks = (0, sdk_1.runChecks)(plugin, data, ts.settings);
                    errors = checks.filter(function (c) { return c.level === "error"; });
                    if (input.complete && errors.length > 0) {
                        throw new server_1.TRPCError({
                            code: "BAD_REQUEST",
                            message: "\u8FD8\u6709".concat(errors.length, "\u5904\u9519\u8BEF\uFF0C\u4E0D\u80FD\u6807\u8BB0\u4E3A\u5DF2\u5B8C\u6210\uFF1A").concat(errors.map(function (e) { return e.message; }).join("；")),
                            cause: new trpc_ts_1.InputError("checks failed", errors.map(function (e) { return ({ path: e.path ? "data.".concat(e.path) : "data", message: e.message }); })),
                        });
                    }
                    status = input.complete ? "complete" : "draft";
                    metrics = (0, sdk_1.computeMetrics)(plugin, data);
                    json = JSON.stringify(data);
                    return [2 /*return*/, db.transaction().execute(function (trx) { return __awaiter(_this, void 0, void 0, function () {
                            var existing, sectionId, revision, updated, inserted, rows;
                            var _a, _b, _c;
                            return __generator(this, function (_d) {
                                switch (_d.label) {
                                    case 0: return [4 /*yield*/, trx
                                            .selectFrom("report_section")
                                            .select(["id", "revision"])
                                            .where("report_id", "=", input.reportId)
                                            .where("section_key", "=", input.sectionKey)
                                            .forUpdate()
                                            .executeTakeFirst()];
                                    case 1:
                                        existing = _d.sent();
                                        if (!existing) return [3 /*break*/, 3];
                                        if (existing.revision !== input.baseRevision)
                                            throw conflict(existing.revision);
                                        revision = existing.revision + 1;
                                        return [4 /*yield*/, trx
                                                .updateTable("report_section")
                                                .set({ data: json, revision: revision, status: status, plugin_id: plugin.id, plugin_version: plugin.version, updated_at: new Date(), updated_by: (_a = input.userId) !== null && _a !== void 0 ? _a : null })
                                                .where("id", "=", existing.id)
                                                .where("revision", "=", input.baseRevision)
                                                .returning("id")
                                                .executeTakeFirst()];
                                    case 2:
                                        updated = _d.sent();
                                        if (!updated)
                                            throw conflict(existing.revision);
                                        sectionId = existing.id;
                                        return [3 /*break*/, 5];
                                    case 3:
                                        if (input.baseRevision !== 0)
                                            throw conflict(0);
                                        revision = 1;
                                        return [4 /*yield*/, trx
                                                .insertInto("report_section")
                                                .values({
                                                report_id: input.reportId,
                                                section_key: input.sectionKey,
                                                plugin_id: plugin.id,
                                                plugin_version: plugin.version,
                                                data: json,
                                                status: status,
                                                revision: revision,
                                                updated_by: (_b = input.userId) !== null && _b !== void 0 ? _b : null,
                                            })
                                                .onConflict(function (oc) { return oc.columns(["report_id", "section_key"]).doNothing(); })
                                                .returning("id")
                                                .executeTakeFirst()];
                                    case 4:
                                        inserted = _d.sent();
                                        // Someone else created the section between our read and our insert.
                                        if (!inserted)
                                            throw conflict(1);
                                        sectionId = inserted.id;
                                        _d.label = 5;
                                    case 5: return [4 /*yield*/, trx
                                            .insertInto("section_revision")
                                            .values({ report_section_id: sectionId, revision: revision, plugin_version: plugin.version, data: json, status: status, saved_by: (_c = input.userId) !== null && _c !== void 0 ? _c : null })
                                            .execute()];
                                    case 6:
                                        _d.sent();
                                        return [4 /*yield*/, trx.deleteFrom("section_metric").where("report_section_id", "=", sectionId).execute()];
                                    case 7:
                                        _d.sent();
                                        rows = Object.entries(metrics).map(function (_a) {
                                            var key = _a[0], v = _a[1];
                                            return ({
                                                report_section_id: sectionId,
                                                report_id: input.reportId,
                                                plugin_id: plugin.id,
                                                metric_key: key,
                                                value: v.value,
                                                numerator: v.numerator,
                                                denominator: v.denominator,
                                                lower_bound: v.lowerBound,
                                                unit: plugin.metrics[key].unit,
                                                aggregate: plugin.metrics[key].aggregate,
                                            });
                                        });
                                        if (!rows.length) return [3 /*break*/, 9];
                                        return [4 /*yield*/, trx.insertInto("section_metric").values(rows).execute()];
                                    case 8:
                                        _d.sent();
                                        _d.label = 9;
                                    case 9: return [4 /*yield*/, trx.updateTable("report").set({ updated_at: new Date() }).where("id", "=", input.reportId).execute()];
                                    case 10:
                                        _d.sent();
                                        return [2 /*return*/, { revision: revision, status: status, checks: checks, savedAt: new Date() }];
                                }
                            });
                        }); })];
            }
        });
    });
}
function listRevisions(db, reportId, key) {
    return __awaiter(this, void 0, void 0, function () {
        return __generator(this, function (_a) {
            return [2 /*return*/, db
                    .selectFrom("section_revision as r")
                    .innerJoin("report_section as s", "s.id", "r.report_section_id")
                    .select(["r.revision", "r.status", "r.saved_at as savedAt", "r.plugin_version as pluginVersion"])
                    .where("s.report_id", "=", reportId)
                    .where("s.section_key", "=", key)
                    .orderBy("r.revision", "desc")
                    .execute()];
        });
    });
}
function sectionMetrics(db, reportId) {
    return __awaiter(this, void 0, void 0, function () {
        return __generator(this, function (_a) {
            return [2 /*return*/, db
                    .selectFrom("section_metric as m")
                    .innerJoin("report_section as s", "s.id", "m.report_section_id")
                    .select(["s.section_key as sectionKey", "m.plugin_id as pluginId", "m.metric_key as key", "m.value", "m.numerator", "m.denominator", "m.lower_bound as lowerBound", "m.unit", "m.aggregate"])
                    .where("m.report_id", "=", reportId)
                    .orderBy("s.section_key")
                    .orderBy("m.metric_key")
                    .execute()];
        });
    });
}
