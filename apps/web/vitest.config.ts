import { vitestPreset } from "@nianbao/vitest-config";

/** Unit tests of web-only logic (src/**\/*.test.ts(x)); the browser tests have their own config in e2e/. */
export default vitestPreset({ environment: "jsdom" });
