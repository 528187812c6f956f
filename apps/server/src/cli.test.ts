import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/node";
import { afterAll, describe, expect, it } from "vitest";
import { chromiumPath } from "./pdf.ts";

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function nianbao(...args: string[]) {
  // The CLI always runs on a throwaway PGlite here, whatever the environment says.
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };
  return spawnSync(process.execPath, ["--import", "tsx", cli, ...args], {
    encoding: "utf8",
    env,
    timeout: 120_000,
  });
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

    const docx = join(dataDir, "荆竹铺镇2023年法治政府建设年度报告.docx");
    const word = nianbao("render", "--year", "2023", "--org", "荆竹铺镇", "--format", "docx", "--out", docx);
    expect(word.status, word.stderr).toBe(0);
    const parts = unzipSync(readFileSync(docx));
    expect(strFromU8(parts["word/document.xml"]!)).toContain("2023年荆竹铺镇法治政府建设年度报告");
  }, 300_000); // five CLI processes, each starting Node, tsx and PGlite: a limit for slow CI machines, not a budget

  it("runs as compiled JavaScript (build.mjs → dist/cli.js, plain node, no tsx) on the same database", () => {
    const build = spawnSync(process.execPath, [fileURLToPath(new URL("../build.mjs", import.meta.url))], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(build.status, build.stderr).toBe(0);
    const compiled = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
    expect(readFileSync(compiled, "utf8")).not.toMatch(/from "@nianbao\//); // our packages are inside the bundle
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };
    const md = spawnSync(
      process.execPath,
      [compiled, "render", "--year", "2023", "--org", "荆竹铺镇", "--format", "md"],
      { encoding: "utf8", env, timeout: 120_000 },
    );
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout).toContain("# 2023年荆竹铺镇法治政府建设年度报告");
    const bad = spawnSync(
      process.execPath,
      [compiled, "render", "--year", "2023", "--org", "没有这个镇", "--format", "md"],
      { encoding: "utf8", env, timeout: 120_000 },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("找不到乡镇“没有这个镇”");
  }, 300_000);

  it("create-admin creates an administrator with a generated password, once", () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-cli-admin-"));
    try {
      const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: "" };
      const run = (...args: string[]) =>
        spawnSync(process.execPath, ["--import", "tsx", cli, ...args], {
          encoding: "utf8",
          env,
          timeout: 120_000,
        });
      const first = run("create-admin", "--username", "boss", "--name", "张三", "--org", "某某县");
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain("已创建单位 / org unit created: 某某县");
      expect(first.stdout).toContain("管理员已创建 / administrator created: boss（某某县）");
      expect(first.stdout).toMatch(/密码 \/ password: \S{12,}/);
      const again = run("create-admin", "--username", "boss", "--name", "李四", "--org", "某某县");
      expect(again.status).toBe(1);
      expect(again.stderr).toContain("用户名“boss”已被使用");
      // A weak password is refused with the reason, and nothing is created.
      for (const [password, reason] of [
        ["12345678", "密码至少 10 个字符"],
        ["1234567890", "常见密码"],
        ["chief-2024x", "密码不能包含用户名"],
      ] as const) {
        const weak = run(
          "create-admin",
          "--username",
          "chief",
          "--name",
          "王五",
          "--org",
          "另一县",
          "--password",
          password,
        );
        expect(weak.status, password).toBe(1);
        expect(weak.stderr, password).toContain(reason);
      }
      const ok = run(
        "create-admin",
        "--username",
        "chief",
        "--name",
        "王五",
        "--org",
        "另一县",
        "--password",
        "Lantern-orbit-river-77",
      );
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stdout).toContain("已创建单位 / org unit created: 另一县");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("says clearly what is wrong with bad arguments", () => {
    const noOrg = nianbao("render", "--year", "2023", "--org", "不存在镇");
    expect(noOrg.status).toBe(1);
    expect(noOrg.stderr).toContain("找不到乡镇“不存在镇”");
    const badYear = nianbao("render", "--year", "二〇二三", "--org", "荆竹铺镇");
    expect(badYear.status).not.toBe(0);
    expect(badYear.stderr).toContain("年份应为");
    const badFormat = nianbao("render", "--year", "2023", "--org", "荆竹铺镇", "--format", "odt");
    expect(badFormat.status).not.toBe(0);
    expect(badFormat.stderr).toContain("docx");
    const noOut = nianbao("render", "--year", "2023", "--org", "荆竹铺镇", "--format", "docx");
    expect(noOut.status).toBe(1);
    expect(noOut.stderr).toContain("请用 --out 指定文件，如 --out 荆竹铺镇2023年法治政府建设年度报告.docx");
    const noYear = nianbao("export", "--year", "2031", "--out", join(dataDir, "x.zip"));
    expect(noYear.status).toBe(1);
    expect(noYear.stderr).toContain("2031年度没有需要报送的乡镇");
  }, 300_000);

  it("exports every township's 2023 report as DOCX into one zip, with progress on stderr", () => {
    expect(nianbao("seed", "--demo").status).toBe(0);
    const zip = join(dataDir, "2023.zip");
    const r = nianbao("export", "--year", "2023", "--format", "docx", "--out", zip);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("导出 / exporting 1/6");
    expect(r.stderr).toContain("导出 / exporting 6/6");
    expect(r.stderr).toContain("已导出 6 份报告");
    const files = unzipSync(readFileSync(zip));
    expect(Object.keys(files).sort()).toEqual(
      ["文坪镇", "水西门街道", "湾头桥镇", "荆竹铺镇", "稠树塘镇", "邓元泰镇"]
        .map((o) => `${o}2023年法治政府建设年度报告.docx`)
        .sort(),
    );
    const jingzhupu = strFromU8(
      unzipSync(files["荆竹铺镇2023年法治政府建设年度报告.docx"]!)["word/document.xml"]!,
    );
    expect(jingzhupu).toContain("安排法律知识的学习4次");
    const dengyuantai = strFromU8(
      unzipSync(files["邓元泰镇2023年法治政府建设年度报告.docx"]!)["word/document.xml"]!,
    );
    expect(dengyuantai).toContain("2023年邓元泰镇法治政府建设年度报告");
  }, 240_000);

  it.skipIf(!existsSync(chromiumPath()))(
    "renders a PDF with Chromium (skipped without Chromium: the PDF test in pdf.test.ts enforces it in CI)",
    () => {
      const pdf = join(dataDir, "report.pdf");
      const r = nianbao("render", "--year", "2023", "--org", "荆竹铺镇", "--format", "pdf", "--out", pdf);
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    },
    240_000,
  );

  it("exports the metrics table and completeness, and recomputes stored metrics", async () => {
    const out = join(dataDir, "metrics.xlsx");
    const xlsx = nianbao("metrics", "--year", "2024", "--format", "xlsx", "--out", out);
    expect(xlsx.status, xlsx.stderr).toBe(0);
    const [sheet] = await readXlsxFile(readFileSync(out));
    expect(sheet!.data[0]![0]).toBe("武冈市 2024");
    expect(sheet!.data.map((r) => r[0])).toEqual(
      expect.arrayContaining(["荆竹铺镇", "邓元泰镇", "合计", "目标"]),
    );
    // figures are numbers an analyst can compute with; rates bring their numerator and denominator
    const header = sheet!.data[1]!.map(String);
    const total = sheet!.data.find((r) => r[0] === "合计")!;
    const figures = total.slice(1).filter((v) => v !== null);
    expect(figures.length).toBeGreaterThan(5);
    expect(figures.every((v) => typeof v === "number" || v === "是")).toBe(true);
    const rate = header.findIndex((h) => h.endsWith("（%）"));
    expect(rate).toBeGreaterThan(0);
    expect(header[rate + 1]).toMatch(/（分子）$/);
    expect(header[rate + 2]).toMatch(/（分母）$/);
    const [n, d] = [total[rate + 1] as number, total[rate + 2] as number];
    if (d > 0) expect(total[rate]).toBeCloseTo((n / d) * 100, 1);

    const csv = nianbao(
      "metrics",
      "--year",
      "2023",
      "--region",
      "武冈市",
      "--kind",
      "completeness",
      "--format",
      "csv",
    );
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout).toContain("单位,应报,已开始,已提交,已通过,按时提交,按时率（%）");
    expect(csv.stdout).toMatch(/合计,6,\d+,\d+,\d+,\d+,/);

    const noOut = nianbao("metrics", "--year", "2024", "--format", "xlsx");
    expect(noOut.status).toBe(1);
    expect(noOut.stderr).toContain("须用 --out 指定输出文件");

    const recompute = nianbao("recompute-metrics", "--year", "2024");
    expect(recompute.status, recompute.stderr).toBe(0);
    expect(recompute.stdout).toMatch(/已重算 [1-9]\d* 个栏目的 [1-9]\d* 项指标/);
  }, 240_000);

  // ---------------------------------------------------------------- year templates (issue 4)

  it("exports a year's template, imports it as a new year with a section disabled, publishes it, and renders it without that section", () => {
    expect(nianbao("seed", "--demo").status).toBe(0);
    const file = join(dataDir, "2023.json");
    const exported = nianbao("year", "export", "--year", "2023", "--out", file);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stderr).toContain("已导出 武冈市2023年度模板");
    const template = JSON.parse(readFileSync(file, "utf8"));
    expect(template).toMatchObject({
      format: "nianbao-year-template",
      formatVersion: 1,
      year: 2023,
      regionName: "武冈市",
    });

    // Disable （二）依法全面履行政府职能方面 and import the template as 2026.
    const work = template.template.parts[1].sections;
    work.find((s: { key: string }) => s.key === "government-functions").enabled = false;
    const edited = join(dataDir, "2026.json");
    writeFileSync(edited, JSON.stringify(template));
    const imported = nianbao("year", "import", edited, "--year", "2026");
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("已导入为2026年度草稿");
    expect(nianbao("year", "import", edited, "--year", "2026").stderr).toContain(
      "该地区已有2026年度，未导入",
    );

    const published = nianbao("year", "publish", "--year", "2026");
    expect(published.status, published.stderr).toBe(0);

    // The new year's report is empty: the preview lists its headings (the document leaves unfilled ones out).
    const md = nianbao("render", "--year", "2026", "--org", "荆竹铺镇", "--format", "md", "--preview");
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
            {
              key: "work",
              title: "工作开展情况",
              sections: [
                { key: "a", plugin: "ghost", pluginVersion: 1, heading: "甲" },
                { key: "a", plugin: "plans", pluginVersion: 1, heading: "乙" },
              ],
            },
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
