#!/usr/bin/env node
// `pnpm nianbao <command>`: the compiled command (apps/server/dist/cli.js), compiled first when a source
// file changed since the last build (a stat of each input: milliseconds). No transpiler at run time.
import { buildServer, isStale } from "../../apps/server/build.mjs";

if (isStale()) {
  const t0 = performance.now();
  await buildServer();
  console.error(`nianbao: compiled in ${Math.round(performance.now() - t0)} ms`);
}
await import("../../apps/server/dist/cli.js");
