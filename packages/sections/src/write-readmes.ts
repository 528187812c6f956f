/** `pnpm readme:metrics`: rewrite the metric table of every plugin's README from its manifest. */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { installedSections } from "./index.ts";
import { withMetricsTable } from "./readme.ts";

const pluginsDir = fileURLToPath(new URL("../../../plugins/", import.meta.url));
let changed = 0;
for (const plugin of installedSections) {
  const path = `${pluginsDir}${plugin.id}/README.md`;
  const before = readFileSync(path, "utf8");
  const after = withMetricsTable(before, plugin);
  if (after !== before) {
    writeFileSync(path, after);
    changed += 1;
    console.log(`updated plugins/${plugin.id}/README.md`);
  }
}
console.log(changed ? `${changed} README(s) updated` : "every README's metric table is up to date");
