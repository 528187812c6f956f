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
exports.storedSections = storedSections;
exports.composeStoredReport = composeStoredReport;
exports.writeDocument = writeDocument;
var document_1 = require("@nianbao/document");
var reports_ts_1 = require("./reports.ts");
function storedSections(db, reportId) {
    return __awaiter(this, void 0, void 0, function () {
        var rows;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0: return [4 /*yield*/, db
                        .selectFrom("report_section")
                        .select(["section_key", "data", "plugin_version"])
                        .where("report_id", "=", reportId)
                        .execute()];
                case 1:
                    rows = _a.sent();
                    return [2 /*return*/, Object.fromEntries(rows.map(function (r) { return [r.section_key, { data: r.data, pluginVersion: r.plugin_version }]; }))];
            }
        });
    });
}
function composeStoredReport(db_1, sections_1, reportId_1) {
    return __awaiter(this, arguments, void 0, function (db, sections, reportId, options) {
        var ctx, _a;
        var _b;
        var _c;
        if (options === void 0) { options = {}; }
        return __generator(this, function (_d) {
            switch (_d.label) {
                case 0: return [4 /*yield*/, (0, reports_ts_1.loadReportContext)(db, reportId)];
                case 1:
                    ctx = _d.sent();
                    _a = document_1.composeReport;
                    _b = {
                        template: ctx.template,
                        year: ctx.year.year,
                        org: (0, reports_ts_1.names)(ctx)
                    };
                    return [4 /*yield*/, storedSections(db, reportId)];
                case 2: return [2 /*return*/, _a.apply(void 0, [(_b.sections = _d.sent(),
                            _b.registry = sections,
                            _b.signedOn = ctx.report.signed_on,
                            _b.preview = (_c = options.preview) !== null && _c !== void 0 ? _c : false,
                            _b)])];
            }
        });
    });
}
function writeDocument(doc, format) {
    switch (format) {
        case "md":
            return (0, document_1.toMarkdown)(doc);
        case "html":
            return (0, document_1.toHtml)(doc);
        case "html-fragment":
            return (0, document_1.toHtmlFragment)(doc);
    }
}
