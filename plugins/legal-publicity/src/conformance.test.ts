// @vitest-environment jsdom
import { runConformance } from "@nianbao/sdk/testing";
import { fixtures } from "./fixtures.ts";
import plugin from "./index.ts";

runConformance(plugin, { base: import.meta.url, entry: "./index.ts", fixtures });
