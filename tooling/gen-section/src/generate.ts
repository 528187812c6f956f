import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * `pnpm gen:section`: write a section plugin package from a template and register it in
 * packages/sections (dependency, installedSections, sectionFixtures). Pure file work; the CLI runs
 * `pnpm install` afterwards so the workspace links the new package.
 */

export type Template = "narrative" | "ledger";
export const TEMPLATES: readonly Template[] = ["narrative", "ledger"];

export interface GenerateOptions {
  /** The repository root. */
  root: string;
  id: string;
  titleZh: string;
  titleEn: string;
  template: Template;
}

/** Same rule as the SDK's SECTION_ID (kebab-case), kept here so the scaffolder runs before anything is installed. */
const SECTION_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export class GenerateError extends Error {}

const TEMPLATES_DIR = fileURLToPath(new URL("../templates/", import.meta.url));

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (id: string) => camel(id).replace(/^./, (c) => c.toUpperCase());

const README_PARTS: Record<Template, { metrics: string; settings: string }> = {
  narrative: {
    metrics:
      "<!-- metrics:start (generated from the manifest by `pnpm readme:metrics`; do not edit) -->\n\n| key | label | unit | aggregate | default target | definition |\n|---|---|---|---|---|---|\n| `events` | 开展活动 / Events held | 次 | sum | — | events held in the year, as entered; empty when not entered |\n\n<!-- metrics:end -->",
    settings:
      "| key | default | meaning |\n|---|---|---|\n| `minEvents` | 0 | events the county expects; fewer gives a warning |",
  },
  ledger: {
    metrics:
      "<!-- metrics:start (generated from the manifest by `pnpm readme:metrics`; do not edit) -->\n\n| key | label | unit | aggregate | default target | definition |\n|---|---|---|---|---|---|\n| `entries` | 台账事项 / Ledger entries | 项 | sum | — | rows in the ledger |\n| `participants` | 参与人次 / Participants | 人次 | sum | — | participants summed over the rows; empty when the ledger is empty |\n\n<!-- metrics:end -->",
    settings:
      "| key | default | meaning |\n|---|---|---|\n| `printTable` | true | print the ledger as a table in the report |",
  },
};

/** Refuse what cannot become a plugin, with a message saying why. */
export function validate(o: GenerateOptions): void {
  if (!SECTION_ID.test(o.id)) {
    throw new GenerateError(
      `栏目编号“${o.id}”不合法：只能用小写字母、数字和连字符，以字母开头（例：legal-aid） / invalid id: use kebab-case`,
    );
  }
  if (o.id.length > 48) throw new GenerateError(`栏目编号“${o.id}”过长（最多48个字符） / id too long`);
  if (!/\p{Script=Han}/u.test(o.titleZh))
    throw new GenerateError("中文标题须包含汉字 / the Chinese title needs Chinese characters");
  if (o.titleEn.trim() === "") throw new GenerateError("请填写英文标题 / the English title is required");
  if (/["\\`$\n]/.test(o.titleZh + o.titleEn))
    throw new GenerateError(
      '标题不能包含 " \\ ` $ 或换行 / titles may not contain quotes, backslashes, backticks, $ or newlines',
    );
  if (!TEMPLATES.includes(o.template))
    throw new GenerateError(
      `模板须为 ${TEMPLATES.join(" 或 ")} / template must be ${TEMPLATES.join(" or ")}`,
    );
  if (existsSync(join(o.root, "plugins", o.id)))
    throw new GenerateError(`栏目插件“${o.id}”已存在（plugins/${o.id}） / plugin already exists`);
  const registry = readFileSync(join(o.root, "packages/sections/src/index.ts"), "utf8");
  if (registry.includes(`"@nianbao/section-${o.id}"`))
    throw new GenerateError(`栏目插件“${o.id}”已在 packages/sections 中注册 / already registered`);
}

function fill(text: string, o: GenerateOptions): string {
  return text
    .replaceAll("__ID__", o.id)
    .replaceAll("__TITLE_ZH__", o.titleZh)
    .replaceAll("__TITLE_EN__", o.titleEn)
    .replaceAll("__TEMPLATE__", o.template)
    .replaceAll("__METRICS__", README_PARTS[o.template].metrics)
    .replaceAll("__SETTINGS__", README_PARTS[o.template].settings)
    .replaceAll("__Name__", pascal(o.id))
    .replaceAll("__name__", camel(o.id));
}

/** The files of a new plugin, by path relative to the plugin's folder. */
export function pluginFiles(o: GenerateOptions): Record<string, string> {
  const read = (dir: string, name: string) =>
    fill(readFileSync(join(TEMPLATES_DIR, dir, `${name}.tpl`), "utf8"), o);
  return {
    "package.json": read("common", "package.json"),
    "eslint.config.js": read("common", "eslint.config.js"),
    "tsconfig.json": read("common", "tsconfig.json"),
    "vitest.config.ts": read("common", "vitest.config.ts"),
    "README.md": read("common", "README.md"),
    "src/conformance.test.ts": read("common", "conformance.test.ts"),
    "src/index.ts": read(o.template, "index.ts"),
    "src/schema.ts": read(o.template, "schema.ts"),
    "src/render.ts": read(o.template, "render.ts"),
    "src/form.tsx": read(o.template, "form.tsx"),
    "src/fixtures.ts": read(o.template, "fixtures.ts"),
    [`src/${o.id}.test.ts`]: read(o.template, "plugin.test.ts"),
  };
}

/** Insert `line` before the closing line (`close`) of the block that starts at `opening`. */
function insertInBlock(source: string, opening: string, close: string, line: string): string {
  const start = source.indexOf(opening);
  if (start < 0) throw new GenerateError(`packages/sections/src/index.ts: cannot find “${opening}”`);
  const end = source.indexOf(`\n${close}`, start);
  if (end < 0) throw new GenerateError(`packages/sections/src/index.ts: cannot find the end of “${opening}”`);
  return `${source.slice(0, end)}\n${line}${source.slice(end)}`;
}

/** Register the plugin in packages/sections: dependency, imports, installedSections and sectionFixtures. */
export function registerInSections(root: string, o: Pick<GenerateOptions, "id">): void {
  const pkgPath = join(root, "packages/sections/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { dependencies: Record<string, string> };
  pkg.dependencies[`@nianbao/section-${o.id}`] = "workspace:*";
  pkg.dependencies = Object.fromEntries(
    Object.entries(pkg.dependencies).sort(([a], [b]) => a.localeCompare(b)),
  );
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);

  const srcPath = join(root, "packages/sections/src/index.ts");
  let src = readFileSync(srcPath, "utf8");
  const name = camel(o.id);
  const imports = `import ${name} from "@nianbao/section-${o.id}";\nimport { fixtures as ${name}Fixtures } from "@nianbao/section-${o.id}/fixtures";\n`;
  const lastImport = src.lastIndexOf("\nimport ");
  const afterLastImport = src.indexOf("\n", src.indexOf(";", lastImport)) + 1;
  src = src.slice(0, afterLastImport) + imports + src.slice(afterLastImport);
  src = insertInBlock(src, "export const installedSections", "];", `  ${name},`);
  src = insertInBlock(
    src,
    "export const sectionFixtures",
    "};",
    `  ${JSON.stringify(o.id)}: ${name}Fixtures,`,
  );
  writeFileSync(srcPath, src);
}

/** Write the plugin and register it. Returns the files written (relative to the root). */
export function generateSection(o: GenerateOptions): string[] {
  validate(o);
  const dir = join(o.root, "plugins", o.id);
  const written: string[] = [];
  for (const [rel, content] of Object.entries(pluginFiles(o))) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    written.push(join("plugins", o.id, rel));
  }
  registerInSections(o.root, o);
  written.push("packages/sections/package.json", "packages/sections/src/index.ts");
  return written;
}
