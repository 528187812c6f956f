#!/usr/bin/env node
/**
 * pnpm gen:section [--id <id>] [--title-zh <中文标题>] [--title-en <English title>] [--template narrative|ledger]
 *                  [--no-install]
 *
 * Asks for what the flags do not give (interactive), writes plugins/<id>, registers it in packages/sections,
 * and runs `pnpm install --offline` so the workspace links it (falls back to `pnpm install`).
 */
import { spawnSync } from "node:child_process";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import {
  GenerateError,
  TEMPLATES,
  generateSection,
  validate,
  type GenerateOptions,
  type Template,
} from "./generate.ts";

const root = process.env.NIANBAO_ROOT ?? fileURLToPath(new URL("../../../", import.meta.url));

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      id: { type: "string" },
      "title-zh": { type: "string" },
      "title-en": { type: "string" },
      template: { type: "string" },
      "no-install": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(
      "pnpm gen:section --id <kebab-id> --title-zh <中文标题> --title-en <English title> [--template narrative|ledger] [--no-install]",
    );
    return 0;
  }
  let { id, "title-zh": titleZh, "title-en": titleEn, template } = values;
  if (!process.stdin.isTTY) {
    // Scripts: no questions; the template defaults to narrative.
    if (!id || !titleZh || !titleEn) {
      console.error("缺少参数：--id、--title-zh、--title-en（非交互模式须全部给出） / missing flags");
      return 2;
    }
    template ??= "narrative";
  }
  if (!id || !titleZh || !titleEn || !template) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    id ??= (await rl.question("栏目编号 id (kebab-case, e.g. legal-aid): ")).trim();
    titleZh ??= (await rl.question("中文标题 (e.g. 法律援助): ")).trim();
    titleEn ??= (await rl.question("English title (e.g. Legal aid): ")).trim();
    template ??=
      (await rl.question(`模板 template (${TEMPLATES.join("/")}) [narrative]: `)).trim() || "narrative";
    rl.close();
  }
  const options: GenerateOptions = {
    root,
    id,
    titleZh,
    titleEn,
    template: (template ?? "narrative") as Template,
  };
  try {
    validate(options);
    const files = generateSection(options);
    console.log(`已生成栏目插件 @nianbao/section-${id}：\n${files.map((f) => `  ${f}`).join("\n")}`);
  } catch (e) {
    if (e instanceof GenerateError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
  if (!values["no-install"]) {
    const offline = spawnSync("pnpm", ["install", "--offline", "--no-frozen-lockfile"], {
      cwd: root,
      stdio: "inherit",
    });
    if (offline.status !== 0) {
      const online = spawnSync("pnpm", ["install", "--no-frozen-lockfile"], { cwd: root, stdio: "inherit" });
      if (online.status !== 0) {
        console.error("pnpm install 失败：请手动运行 pnpm install");
        return 1;
      }
    }
  }
  console.log(
    `下一步：pnpm --filter @nianbao/section-${id} test，并在 /sandbox 中查看；说明见 docs/adding-a-section.md`,
  );
  return 0;
}

process.exitCode = await main();
