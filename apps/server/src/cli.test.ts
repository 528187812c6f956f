import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { chromiumPath } from "./pdf.ts";

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

    const docx = join(dataDir, "荆竹铺镇2023年法治政府建设年度报告.docx");
    const word = nianbao("render", "--year", "2023", "--org", "荆竹铺镇", "--format", "docx", "--out", docx);
    expect(word.status, word.stderr).toBe(0);
    const parts = unzipSync(readFileSync(docx));
    expect(strFromU8(parts["word/document.xml"]!)).toContain("2023年荆竹铺镇法治政府建设年度报告");
  }, 300_000); // five CLI processes, each starting Node, tsx and PGlite: a limit for slow CI machines, not a budget

  it("create-admin creates an administrator with a generated password, once", () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-cli-admin-"));
    try {
      const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: "" };
      const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", cli, ...args], { encoding: "utf8", env, timeout: 120_000 });
      const first = run("create-admin", "--username", "boss", "--name", "张三", "--org", "某某县");
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain("已创建单位 / org unit created: 某某县");
      expect(first.stdout).toContain("管理员已创建 / administrator created: boss（某某县）");
      expect(first.stdout).toMatch(/密码 \/ password: \S{12,}/);
      const again = run("create-admin", "--username", "boss", "--name", "李四", "--org", "某某县");
      expect(again.status).toBe(1);
      expect(again.stderr).toContain("用户名“boss”已被使用");
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
      ["文坪镇", "水西门街道", "湾头桥镇", "荆竹铺镇", "稠树塘镇", "邓元泰镇"].map((o) => `${o}2023年法治政府建设年度报告.docx`).sort(),
    );
    const jingzhupu = strFromU8(unzipSync(files["荆竹铺镇2023年法治政府建设年度报告.docx"]!)["word/document.xml"]!);
    expect(jingzhupu).toContain("安排法律知识的学习4次");
    const dengyuantai = strFromU8(unzipSync(files["邓元泰镇2023年法治政府建设年度报告.docx"]!)["word/document.xml"]!);
    expect(dengyuantai).toContain("2023年邓元泰镇法治政府建设年度报告");
  }, 240_000);

  it.skipIf(!existsSync(chromiumPath()))("renders a PDF with Chromium (skipped without Chromium: the PDF test in pdf.test.ts enforces it in CI)", () => {
    const pdf = join(dataDir, "report.pdf");
    const r = nianbao("render", "--year", "2023", "--org", "荆竹铺镇", "--format", "pdf", "--out", pdf);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  }, 240_000);
});
