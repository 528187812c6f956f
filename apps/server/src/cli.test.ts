import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import readXlsxFile from "read-excel-file/node";
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

  it("exports the metrics table and completeness, and recomputes stored metrics", async () => {
    const out = join(dataDir, "metrics.xlsx");
    const xlsx = nianbao("metrics", "--year", "2024", "--format", "xlsx", "--out", out);
    expect(xlsx.status, xlsx.stderr).toBe(0);
    const [sheet] = await readXlsxFile(readFileSync(out));
    expect(sheet!.data[0]![0]).toBe("武冈市 2024");
    expect(sheet!.data.map((r) => r[0])).toEqual(expect.arrayContaining(["荆竹铺镇", "邓元泰镇", "合计", "目标"]));

    const csv = nianbao("metrics", "--year", "2023", "--region", "武冈市", "--kind", "completeness", "--format", "csv");
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout).toContain("单位,应报,已开始,已提交,已通过,按时提交,按时率");
    expect(csv.stdout).toMatch(/合计,6,\d+,\d+,\d+,\d+,/);

    const noOut = nianbao("metrics", "--year", "2024", "--format", "xlsx");
    expect(noOut.status).toBe(1);
    expect(noOut.stderr).toContain("须用 --out 指定输出文件");

    const recompute = nianbao("recompute-metrics", "--year", "2024");
    expect(recompute.status, recompute.stderr).toBe(0);
    expect(recompute.stdout).toMatch(/已重算 [1-9]\d* 个栏目的 [1-9]\d* 项指标/);
  }, 240_000);
});
