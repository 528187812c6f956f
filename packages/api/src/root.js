"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createCaller = exports.appRouter = void 0;
var index_ts_1 = require("./routers/index.ts");
var trpc_ts_1 = require("./trpc.ts");
exports.appRouter = (0, trpc_ts_1.router)({
    org: index_ts_1.orgRouter,
    year: index_ts_1.yearRouter,
    report: index_ts_1.reportRouter,
    section: index_ts_1.sectionRouter,
    document: index_ts_1.documentRouter,
    plugin: index_ts_1.pluginRouter,
});
exports.createCaller = (0, trpc_ts_1.createCallerFactory)(exports.appRouter);
