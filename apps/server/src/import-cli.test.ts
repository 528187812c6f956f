import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { toDocx } from "@nianbao/document/docx";
import { demoReport2023 } from "@nianbao/document/testing";
import { afterAll, describe, expect, it } from "vitest";

/** `nianbao import`: past years' reports from a folder of TXT and DOCX files, on a throwaway PGlite. */
const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "nianbao-import-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function nianbao(...args: string[]) {
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };
  return spawnSync(process.execPath, ["--import", "tsx", cli, ...args], {
    encoding: "utf8",
    env,
    timeout: 180_000,
  });
}

const reference = readFileSync(
  new URL("../../../docs/reference/jingzhupu-2023-report.txt", import.meta.url),
  "utf8",
);

describe("nianbao import", () => {
  it("imports a folder into a historical year (dry run first), lists unknown townships, renders the imported report", async () => {
    expect(nianbao("seed", "--demo").status).toBe(0);
    const dir = join(dataDir, "2021");
    mkdirSync(dir);
    writeFileSync(join(dir, "荆竹铺镇.txt"), reference.replaceAll("2023", "2021").replace("37 起", "29 起"));
    const docx = await toDocx(demoReport2023({ name: "邓元泰镇", parentName: "武冈市" }, "2022-01-20"));
    writeFileSync(join(dir, "邓元泰镇2021年报告.docx"), docx);
    writeFileSync(
      join(dir, "某某镇2021年报告.txt"),
      "某某镇2021年法治政府建设年度报告\n一、工作开展情况\n全年调处矛盾纠纷3起。",
    );

    const dry = nianbao("import", "--year", "2021", "--dir", dir, "--dry-run", "--json");
    expect(dry.status, dry.stderr).toBe(1); // an unknown township
    const planned = JSON.parse(dry.stdout) as Array<Record<string, unknown>>;
    expect(planned.map((o) => [o.org, o.status])).toEqual([
      ["某某镇", "unknown-org"],
      ["荆竹铺镇", "dry-run"],
      ["邓元泰镇", "dry-run"],
    ]);
    expect(nianbao("render", "--year", "2021", "--org", "荆竹铺镇").status).not.toBe(0); // nothing written

    const run = nianbao("import", "--year", "2021", "--dir", dir, "--json");
    expect(run.stderr).toContain("导入 / importing 3/3");
    const done = JSON.parse(run.stdout) as Array<{
      org: string;
      status: string;
      yearCreated?: boolean;
      sections?: { found: number; matched: number };
      figures?: { found: number; bound: number };
      textPreserved?: number;
    }>;
    const jzp = done.find((o) => o.org === "荆竹铺镇")!;
    expect(jzp).toMatchObject({
      status: "imported",
      yearCreated: true,
      sections: { found: 13, matched: 13 },
    });
    expect(jzp.figures!.bound).toBeGreaterThanOrEqual(5);
    expect(jzp.textPreserved).toBeGreaterThanOrEqual(0.99);
    expect(done.find((o) => o.org === "邓元泰镇")).toMatchObject({ status: "imported", yearCreated: false });

    const md = nianbao("render", "--year", "2021", "--org", "荆竹铺镇");
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout).toContain("### （九）依法化解矛盾纠纷方面");
    expect(md.stdout).toContain("2021年全镇共调处各类矛盾纠纷29起");

    // Imported reports are filed approved: importing again over them needs --overwrite.
    const again = nianbao(
      "import",
      "--year",
      "2021",
      "--org",
      "荆竹铺镇",
      join(dir, "荆竹铺镇.txt"),
      "--json",
    );
    expect(JSON.parse(again.stdout)).toMatchObject({ org: "荆竹铺镇", status: "failed" });
    const summary = nianbao(
      "import",
      "--year",
      "2021",
      "--org",
      "荆竹铺镇",
      join(dir, "荆竹铺镇.txt"),
      "--overwrite",
    );
    expect(summary.status, summary.stderr).toBe(0);
    expect(summary.stdout).toContain("栏目 / sections: 13/13");
  }, 600_000);
});
