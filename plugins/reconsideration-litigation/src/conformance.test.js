"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// @vitest-environment jsdom
var testing_1 = require("@nianbao/sdk/testing");
var fixtures_ts_1 = require("./fixtures.ts");
var index_ts_1 = require("./index.ts");
(0, testing_1.runConformance)(index_ts_1.default, {
  base: import.meta.url,
  entry: "./index.ts",
  fixtures: fixtures_ts_1.fixtures,
});
