// @vitest-environment jsdom
import { runConformance } from "@nianbao/sdk/testing";
import { fixtures } from "./fixtures.ts";
import plugin from "./index.ts";

runConformance(plugin, { entry: new URL("./index.ts", import.meta.url), fixtures });
