"use strict";
var __assign = (this && this.__assign) || function () {
    __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
                t[p] = s[p];
        }
        return t;
    };
    return __assign.apply(this, arguments);
};
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
exports.seedDemo = seedDemo;
var document_1 = require("@nianbao/document");
var reports_ts_1 = require("./reports.ts");
var sections_ts_1 = require("./sections.ts");
var CITY = "武冈市";
var DEMO_TOWNSHIP = "荆竹铺镇";
var TOWNSHIPS = [
    { name: "荆竹铺镇", kind: "township" },
    { name: "邓元泰镇", kind: "township" },
    { name: "湾头桥镇", kind: "township" },
    { name: "文坪镇", kind: "township" },
    { name: "稠树塘镇", kind: "township" },
    { name: "水西门街道", kind: "street" },
];
/** Pin every section to the installed plugin's version (a section whose plugin comes later stays at 1). */
function pinVersions(template, sections) {
    return __assign(__assign({}, template), { parts: template.parts.map(function (p) { return (__assign(__assign({}, p), { sections: p.sections.map(function (s) { var _a, _b; return (__assign(__assign({}, s), { pluginVersion: (_b = (_a = sections.get(s.plugin)) === null || _a === void 0 ? void 0 : _a.version) !== null && _b !== void 0 ? _b : s.pluginVersion })); }) })); }) });
}
function findOrCreateOrg(db, name, kind, parentId) {
    return __awaiter(this, void 0, void 0, function () {
        var q, existing;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0:
                    q = db.selectFrom("org_unit").select("id").where("name", "=", name);
                    return [4 /*yield*/, (parentId ? q.where("parent_id", "=", parentId) : q.where("parent_id", "is", null)).executeTakeFirst()];
                case 1:
                    existing = _a.sent();
                    if (existing)
                        return [2 /*return*/, existing.id];
                    return [4 /*yield*/, db.insertInto("org_unit").values({ name: name, kind: kind, parent_id: parentId }).returning("id").executeTakeFirstOrThrow()];
                case 2: return [2 /*return*/, (_a.sent()).id];
            }
        });
    });
}
function findOrCreateYear(db, regionId, year, template, deadline, orgIds) {
    return __awaiter(this, void 0, void 0, function () {
        var existing, id;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0: return [4 /*yield*/, db.selectFrom("report_year").select("id").where("region_id", "=", regionId).where("year", "=", year).executeTakeFirst()];
                case 1:
                    existing = _a.sent();
                    if (existing)
                        return [2 /*return*/, { id: existing.id, created: false }];
                    return [4 /*yield*/, db
                            .insertInto("report_year")
                            .values({ region_id: regionId, year: year, status: "published", deadline: deadline, template: JSON.stringify(template), published_at: new Date() })
                            .returning("id")
                            .executeTakeFirstOrThrow()];
                case 2:
                    id = (_a.sent()).id;
                    return [4 /*yield*/, db.insertInto("report_year_assignment").values(orgIds.map(function (org_unit_id) { return ({ report_year_id: id, org_unit_id: org_unit_id }); })).execute()];
                case 3:
                    _a.sent();
                    return [2 /*return*/, { id: id, created: true }];
            }
        });
    });
}
/**
 * The demo: 武冈市 with 荆竹铺镇 and five more townships; a 2023 year on the reference report's outline with
 * 荆竹铺镇's report holding the reference report's content (from each plugin's `jingzhupu2023` fixture), and
 * a 2024 year on the official five-part outline, partly filled. Idempotent: running it again changes nothing.
 */
function seedDemo(db, sections, fixtures) {
    return __awaiter(this, void 0, void 0, function () {
        var cityId, orgIds, _i, TOWNSHIPS_1, t, _a, _b, all, years, created, sectionsFilled, _c, years_1, y, result, report, _d, _e, part, _f, _g, s, data;
        var _h;
        return __generator(this, function (_j) {
            switch (_j.label) {
                case 0: return [4 /*yield*/, findOrCreateOrg(db, CITY, "city", null)];
                case 1:
                    cityId = _j.sent();
                    orgIds = {};
                    _i = 0, TOWNSHIPS_1 = TOWNSHIPS;
                    _j.label = 2;
                case 2:
                    if (!(_i < TOWNSHIPS_1.length)) return [3 /*break*/, 5];
                    t = TOWNSHIPS_1[_i];
                    _a = orgIds;
                    _b = t.name;
                    return [4 /*yield*/, findOrCreateOrg(db, t.name, t.kind, cityId)];
                case 3:
                    _a[_b] = _j.sent();
                    _j.label = 4;
                case 4:
                    _i++;
                    return [3 /*break*/, 2];
                case 5:
                    all = Object.values(orgIds);
                    years = [
                        { year: 2023, template: pinVersions(document_1.referenceOutline2023, sections), deadline: "2024-03-01", fixture: "jingzhupu2023", skip: [] },
                        // 2024 is partly filled: plans and other matters are left for the township to write.
                        { year: 2024, template: pinVersions(document_1.officialOutline, sections), deadline: "2025-03-01", fixture: "demo2024", skip: ["plans", "other"] },
                    ];
                    created = false;
                    sectionsFilled = 0;
                    _c = 0, years_1 = years;
                    _j.label = 6;
                case 6:
                    if (!(_c < years_1.length)) return [3 /*break*/, 15];
                    y = years_1[_c];
                    return [4 /*yield*/, findOrCreateYear(db, cityId, y.year, y.template, y.deadline, all)];
                case 7:
                    result = _j.sent();
                    if (!result.created)
                        return [3 /*break*/, 14];
                    created = true;
                    return [4 /*yield*/, (0, reports_ts_1.openReport)(db, result.id, orgIds[DEMO_TOWNSHIP])];
                case 8:
                    report = _j.sent();
                    _d = 0, _e = y.template.parts;
                    _j.label = 9;
                case 9:
                    if (!(_d < _e.length)) return [3 /*break*/, 14];
                    part = _e[_d];
                    _f = 0, _g = part.sections;
                    _j.label = 10;
                case 10:
                    if (!(_f < _g.length)) return [3 /*break*/, 13];
                    s = _g[_f];
                    data = (_h = fixtures[s.plugin]) === null || _h === void 0 ? void 0 : _h[y.fixture];
                    if (!sections.get(s.plugin) || data === undefined || y.skip.includes(s.key))
                        return [3 /*break*/, 12];
                    return [4 /*yield*/, (0, sections_ts_1.saveSection)(db, sections, { reportId: report.id, sectionKey: s.key, baseRevision: 0, data: data, complete: false })];
                case 11:
                    _j.sent();
                    sectionsFilled += 1;
                    _j.label = 12;
                case 12:
                    _f++;
                    return [3 /*break*/, 10];
                case 13:
                    _d++;
                    return [3 /*break*/, 9];
                case 14:
                    _c++;
                    return [3 /*break*/, 6];
                case 15: return [2 /*return*/, { created: created, sectionsFilled: sectionsFilled }];
            }
        });
    });
}
