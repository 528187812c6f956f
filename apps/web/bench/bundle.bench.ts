/**
 * `pnpm bench bundle`: what the sign-in page downloads on a first visit (gzipped JavaScript + CSS: the entry
 * chunk, the page's chunk and their static imports), beside Mantine's bare Vite + React template (Mantine's
 * vite-min-template: MantineProvider, its stylesheet, one line of text) built in the same run from the same
 * installed packages. Goal: ≤ 1.5× the template. Figures only; never fails on a budget.
 * Options: --modules N   also list the N largest modules the sign-in page loads (default 0).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { buildStats, shortId, type BuildStats } from "../build/bundle-stats.ts";

const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Mantine's bare template, generated under node_modules/.cache so it resolves our installed packages. */
function writeTemplate(): string {
  const root = join(webRoot, "node_modules/.cache/mantine-vite-min-template");
  mkdirSync(join(root, "src"), { recursive: true });
  writeFileSync(
    join(root, "index.html"),
    `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n    <title>Vite + Mantine App</title>\n  </head>\n  <body>\n    <div id="root"></div>\n    <script type="module" src="/src/main.tsx"></script>\n  </body>\n</html>\n`,
  );
  writeFileSync(
    join(root, "src/main.tsx"),
    `import React from "react";\nimport ReactDOM from "react-dom/client";\nimport App from "./App";\n\nReactDOM.createRoot(document.getElementById("root")!).render(\n  <React.StrictMode>\n    <App />\n  </React.StrictMode>,\n);\n`,
  );
  writeFileSync(
    join(root, "src/theme.ts"),
    `import { createTheme } from "@mantine/core";\n\nexport const theme = createTheme({});\n`,
  );
  writeFileSync(
    join(root, "src/App.tsx"),
    `import "@mantine/core/styles.css";\nimport { MantineProvider } from "@mantine/core";\nimport { theme } from "./theme";\n\nexport default function App() {\n  return <MantineProvider theme={theme}>App</MantineProvider>;\n}\n`,
  );
  return root;
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

function firstLoad(stats: BuildStats, page?: string) {
  const files = stats.filesFor(page);
  const js = files.js.reduce((s, f) => s + stats.gzipped(f), 0);
  const css = files.css.reduce((s, f) => s + stats.gzipped(f), 0);
  return { js, css, total: js + css, files: files.js.length + files.css.length };
}

const t0 = performance.now();
const ours = await buildStats({ root: webRoot, configFile: join(webRoot, "vite.config.ts") });
const templateRoot = writeTemplate();
const template = await buildStats({ root: templateRoot, configFile: false, plugins: [react()] });
const seconds = ((performance.now() - t0) / 1000).toFixed(1);

const a = firstLoad(ours, "src/pages/signin.page.tsx");
const b = firstLoad(template);
console.log(`Both built in ${seconds} s (Vite, production mode). First load, gzipped:`);
console.log(`                          JS          CSS         JS + CSS    files`);
const row = (name: string, r: typeof a) =>
  console.log(
    `${name.padEnd(26)}${kB(r.js).padEnd(12)}${kB(r.css).padEnd(12)}${kB(r.total).padEnd(12)}${r.files}`,
  );
row("Nianbao /signin", a);
row("Mantine bare template", b);
console.log(`ratio: ${(a.total / b.total).toFixed(2)}× the template (goal ≤ 1.5×)`);

const n = arg("modules", 0);
if (n > 0) {
  const sizes: [string, number][] = [];
  for (const f of ours.filesFor("src/pages/signin.page.tsx").js)
    for (const [id, bytes] of ours.chunks.get(f)!.moduleBytes) sizes.push([shortId(id, webRoot), bytes]);
  sizes.sort((x, y) => y[1] - x[1]);
  console.log(`\nLargest modules the sign-in page loads (each gzipped alone):`);
  for (const [id, bytes] of sizes.slice(0, n)) console.log(`  ${kB(bytes).padStart(9)}  ${id}`);
}
ours.dispose();
template.dispose();
