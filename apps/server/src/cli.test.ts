import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function nianbao(...args: string[]) {
  // The CLI always runs on a throwaway PGlite here, whatever the environment says.
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };
  return spawnSync(process.execPath, ["--import", "tsx", cli, ...args], { encoding: "utf8", env, timeout: 120_000 });
}

describe("nianbao CLI", () => {
  it("seeds the demo once, then renders 荆竹铺镇 2023 as Markdown and HTML", () => {
    const seed = nianbao("seed", "--demo");
    expect(seed.status, seed.stderr).toBe(0);
    expect(seed.stdout).toContain("演示数据已创建");
    expect(nianbao("seed", "--demo").stdout).toContain("演示数据已存在");

    const md = nianbao("render", "--year", "2023", "--org", "荆竹铺镇", "--format", "md");
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout).toContain("# 2023年荆竹铺镇法治政府建设年度报告");
    expect(md.stdout).toContain("### （一）强化法治思维和依法行政能力方面");
    expect(md.stdout).toContain("镇党委理论学习中心组每季度学法常态化，安排法律知识的学习4次");

    const out = join(dataDir, "report.html");
    const html = nianbao("render", "--year", "2023", "--org", "荆竹铺镇", "--format", "html", "--out", out);
    expect(html.status, html.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("<h1>2023年荆竹铺镇法治政府建设年度报告</h1>");
  }, 240_000); // four CLI processes, each starting Node, tsx and PGlite: a limit for slow CI machines, not a budget

  it("says clearly what is wrong with bad arguments", () => {
    const noOrg = nianbao("render", "--year", "2023", "--org", "不存在镇");
    expect(noOrg.status).toBe(1);
    expect(noOrg.stderr).toContain("找不到乡镇“不存在镇”");
    const badYear = nianbao("render", "--year", "二〇二三", "--org", "荆竹铺镇");
    expect(badYear.status).not.toBe(0);
    expect(badYear.stderr).toContain("年份应为");
    const badFormat = nianbao("render", "--year", "2023", "--org", "荆竹铺镇", "--format", "pdf");
    expect(badFormat.status).not.toBe(0);
  }, 180_000);

  // ---------------------------------------------------------------- year templates (issue 4)

  it("exports a year's template, imports it as a new year with a section disabled, publishes it, and renders it without that section", () => {
    expect(nianbao("seed", "--demo").status).toBe(0);
    const file = join(dataDir, "2023.json");
    const exported = nianbao("year", "export", "--year", "2023", "--out", file);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stderr).toContain("已导出 武冈市2023年度模板");
    const template = JSON.parse(readFileSync(file, "utf8"));
    expect(template).toMatchObject({ format: "nianbao-year-template", formatVersion: 1, year: 2023, regionName: "武冈市" });

    // Disable （二）依法全面履行政府职能方面 and import the template as 2026.
    const work = template.template.parts[1].sections;
    work.find((s: { key: string }) => s.key === "government-functions").enabled = false;
    const edited = join(dataDir, "2026.json");
    writeFileSync(edited, JSON.stringify(template));
    const imported = nianbao("year", "import", edited, "--year", "2026");
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("已导入为2026年度草稿");
    expect(nianbao("year", "import", edited, "--year", "2026").stderr).toContain("该地区已有2026年度，未导入");

    const published = nianbao("year", "publish", "--year", "2026");
    expect(published.status, published.stderr).toBe(0);

    const md = nianbao("render", "--year", "2026", "--org", "荆竹铺镇", "--format", "md");
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout).toContain("# 2026年荆竹铺镇法治政府建设年度报告");
    expect(md.stdout).toContain("### （一）强化法治思维和依法行政能力方面");
    expect(md.stdout).toContain("### （二）完善依法执政制度体系方面");
    expect(md.stdout).toContain("### （九）加强组织领导方面");
    expect(md.stdout).not.toContain("依法全面履行政府职能");
  }, 300_000);

  it("refuses an invalid template file with the reasons", () => {
    const file = join(dataDir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({
        format: "nianbao-year-template",
        formatVersion: 1,
        year: 2027,
        template: {
          titlePattern: "{year}年{org}法治政府建设年度报告",
          issuerPattern: "{org}人民政府",
          parts: [
            { key: "work", title: "工作开展情况", sections: [{ key: "a", plugin: "ghost", pluginVersion: 1, heading: "甲" }, { key: "a", plugin: "plans", pluginVersion: 1, heading: "乙" }] },
            { key: "empty", title: "其他", sections: [] },
          ],
        },
      }),
    );
    const r = nianbao("year", "import", file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("模板文件未通过校验");
    expect(r.stderr).toContain("栏目插件“ghost”未安装");
    expect(r.stderr).toContain("栏目“a”重复");
    expect(r.stderr).toContain("第2部分“其他”没有任何栏目");
    const missing = nianbao("year", "import", join(dataDir, "nope.json"));
    expect(missing.stderr).toContain("无法读取模板文件");
    const noYear = nianbao("year", "export", "--year", "2099", "--out", file);
    expect(noYear.stderr).toContain("找不到2099年度");
  }, 180_000);
});
