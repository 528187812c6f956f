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
exports.pluginRouter = exports.documentRouter = exports.sectionRouter = exports.reportRouter = exports.yearRouter = exports.orgRouter = void 0;
var sdk_1 = require("@nianbao/sdk");
var server_1 = require("@trpc/server");
var zod_1 = require("zod");
var documents_ts_1 = require("../services/documents.ts");
var reports_ts_1 = require("../services/reports.ts");
var sections_ts_1 = require("../services/sections.ts");
var trpc_ts_1 = require("../trpc.ts");
var id = zod_1.z.uuid({ error: "编号格式不正确" });
var sectionKey = zod_1.z.string().min(1).max(64);
exports.orgRouter = (0, trpc_ts_1.router)({
    /** Townships and street offices, with the county or city they belong to. */
    townships: trpc_ts_1.publicProcedure.query(function (_a) {
        var ctx = _a.ctx;
        return ctx.db
            .selectFrom("org_unit as o")
            .leftJoin("org_unit as p", "p.id", "o.parent_id")
            .select(["o.id", "o.name", "o.kind", "p.name as parentName", "p.id as parentId"])
            .where("o.kind", "in", ["township", "street"])
            .orderBy("p.name")
            .orderBy("o.name")
            .execute();
    }),
});
exports.yearRouter = (0, trpc_ts_1.router)({
    list: trpc_ts_1.publicProcedure.query(function (_a) {
        var ctx = _a.ctx;
        return ctx.db
            .selectFrom("report_year as y")
            .innerJoin("org_unit as r", "r.id", "y.region_id")
            .select(["y.id", "y.year", "y.status", "y.deadline", "y.region_id as regionId", "r.name as regionName"])
            .orderBy("y.year", "desc")
            .execute();
    }),
    /** The years a township must report, newest first. */
    forOrg: trpc_ts_1.publicProcedure.input(zod_1.z.object({ orgId: id })).query(function (_a) {
        var ctx = _a.ctx, input = _a.input;
        return ctx.db
            .selectFrom("report_year as y")
            .innerJoin("report_year_assignment as a", "a.report_year_id", "y.id")
            .select(["y.id", "y.year", "y.status", "y.deadline"])
            .where("a.org_unit_id", "=", input.orgId)
            .orderBy("y.year", "desc")
            .execute();
    }),
});
exports.reportRouter = (0, trpc_ts_1.router)({
    /** Open (creating on first use) a township's report for a year, with its numbered outline and statuses. */
    open: trpc_ts_1.publicProcedure.input(zod_1.z.object({ yearId: id, orgId: id })).mutation(function (_a) { return __awaiter(void 0, [_a], void 0, function (_b) {
        var report;
        var ctx = _b.ctx, input = _b.input;
        return __generator(this, function (_c) {
            switch (_c.label) {
                case 0: return [4 /*yield*/, (0, reports_ts_1.openReport)(ctx.db, input.yearId, input.orgId)];
                case 1:
                    report = _c.sent();
                    return [2 /*return*/, reportView(ctx, report.id)];
            }
        });
    }); }),
    byId: trpc_ts_1.publicProcedure.input(zod_1.z.object({ reportId: id })).query(function (_a) {
        var ctx = _a.ctx, input = _a.input;
        return reportView(ctx, input.reportId);
    }),
    /** Everything the client needs to compose the whole report itself (for a live preview of unsaved edits). */
    full: trpc_ts_1.publicProcedure.input(zod_1.z.object({ reportId: id })).query(function (_a) { return __awaiter(void 0, [_a], void 0, function (_b) {
        var rc;
        var _c;
        var ctx = _b.ctx, input = _b.input;
        return __generator(this, function (_d) {
            switch (_d.label) {
                case 0: return [4 /*yield*/, (0, reports_ts_1.loadReportContext)(ctx.db, input.reportId)];
                case 1:
                    rc = _d.sent();
                    _c = {
                        template: rc.template,
                        year: rc.year.year,
                        org: { name: rc.org.name, parentName: rc.org.parentName },
                        signedOn: rc.report.signed_on
                    };
                    return [4 /*yield*/, (0, documents_ts_1.storedSections)(ctx.db, input.reportId)];
                case 2: return [2 /*return*/, (_c.sections = _d.sent(),
                        _c)];
            }
        });
    }); }),
    metrics: trpc_ts_1.publicProcedure.input(zod_1.z.object({ reportId: id })).query(function (_a) {
        var ctx = _a.ctx, input = _a.input;
        return (0, sections_ts_1.sectionMetrics)(ctx.db, input.reportId);
    }),
});
function reportView(ctx, reportId) {
    return __awaiter(this, void 0, void 0, function () {
        var rc;
        var _a;
        return __generator(this, function (_b) {
            switch (_b.label) {
                case 0: return [4 /*yield*/, (0, reports_ts_1.loadReportContext)(ctx.db, reportId)];
                case 1:
                    rc = _b.sent();
                    _a = {
                        id: rc.report.id,
                        status: rc.report.status,
                        year: rc.year,
                        org: rc.org
                    };
                    return [4 /*yield*/, (0, reports_ts_1.reportOutline)(ctx.db, ctx.sections, rc)];
                case 2: return [2 /*return*/, (_a.outline = _b.sent(),
                        _a)];
            }
        });
    });
}
exports.sectionRouter = (0, trpc_ts_1.router)({
    get: trpc_ts_1.publicProcedure
        .input(zod_1.z.object({ reportId: id, sectionKey: sectionKey }))
        .query(function (_a) {
        var ctx = _a.ctx, input = _a.input;
        return (0, sections_ts_1.getSection)(ctx.db, ctx.sections, input.reportId, input.sectionKey);
    }),
    save: trpc_ts_1.publicProcedure
        .input(zod_1.z.object({
        reportId: id,
        sectionKey: sectionKey,
        baseRevision: zod_1.z.number({ error: "缺少版本号" }).int().min(0),
        data: zod_1.z.unknown(),
        complete: zod_1.z.boolean().default(false),
    }))
        .mutation(function (_a) {
        var ctx = _a.ctx, input = _a.input;
        return (0, sections_ts_1.saveSection)(ctx.db, ctx.sections, input);
    }),
    revisions: trpc_ts_1.publicProcedure
        .input(zod_1.z.object({ reportId: id, sectionKey: sectionKey }))
        .query(function (_a) {
        var ctx = _a.ctx, input = _a.input;
        return (0, sections_ts_1.listRevisions)(ctx.db, input.reportId, input.sectionKey);
    }),
});
exports.documentRouter = (0, trpc_ts_1.router)({
    render: trpc_ts_1.publicProcedure
        .input(zod_1.z.object({ reportId: id, format: zod_1.z.enum(["md", "html", "html-fragment"]), preview: zod_1.z.boolean().default(false) }))
        .query(function (_a) { return __awaiter(void 0, [_a], void 0, function (_b) {
        var doc;
        var ctx = _b.ctx, input = _b.input;
        return __generator(this, function (_c) {
            switch (_c.label) {
                case 0: return [4 /*yield*/, (0, documents_ts_1.composeStoredReport)(ctx.db, ctx.sections, input.reportId, { preview: input.preview })];
                case 1:
                    doc = _c.sent();
                    return [2 /*return*/, { title: doc.title, content: (0, documents_ts_1.writeDocument)(doc, input.format) }];
            }
        });
    }); }),
});
exports.pluginRouter = (0, trpc_ts_1.router)({
    list: trpc_ts_1.publicProcedure.query(function (_a) {
        var ctx = _a.ctx;
        return ctx.sections.list().map(sdk_1.describePlugin);
    }),
    byId: trpc_ts_1.publicProcedure.input(zod_1.z.object({ id: zod_1.z.string() })).query(function (_a) {
        var ctx = _a.ctx, input = _a.input;
        var p = ctx.sections.get(input.id);
        if (!p)
            throw new server_1.TRPCError({ code: "NOT_FOUND", message: "\u680F\u76EE\u63D2\u4EF6\u201C".concat(input.id, "\u201D\u672A\u5B89\u88C5") });
        return (0, sdk_1.describePlugin)(p);
    }),
});
