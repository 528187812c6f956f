/**
 * The DOCX opens in LibreOffice: converted headless to PDF without errors, the PDF is A4 with the title on
 * page 1 and "— 1 —" at its foot, and page 1 is rendered to PNG (test-results/docx-page1.png) for a person
 * to look at. Needs `soffice` and `pdftoppm` (apt-get install -y --no-install-recommends
 * libreoffice-writer-nogui poppler-utils fonts-noto-cjk); without them the test is skipped with the reason
 * printed — unless REQUIRE_E2E=1 (as CI sets), which makes their absence a failure.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { toDocx } from "./docx-template.ts";
import { demoReport2023 } from "./testing/demo-report.ts";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const missing = ["soffice", "pdftoppm", "pdfinfo", "pdftotext"].filter((c) => !has(c));
const reason = `LibreOffice/poppler not found (${missing.join(", ")}): apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-noto-cjk`;
if (missing.length > 0) {
  if (process.env.REQUIRE_E2E === "1")
    throw new Error(`${reason}; REQUIRE_E2E=1 requires the LibreOffice test to run.`);
  console.log(`SKIPPED LibreOffice test: ${reason}`);
}

const work = mkdtempSync(join(tmpdir(), "nianbao-docx-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const results = fileURLToPath(new URL("../test-results/", import.meta.url));

describe.skipIf(missing.length > 0)("DOCX in LibreOffice", () => {
  it("converts to an A4 PDF with the title on page 1 and '— 1 —' at its foot; page 1 as PNG", async () => {
    const docx = join(work, "荆竹铺镇2023年法治政府建设年度报告.docx");
    writeFileSync(docx, await toDocx(demoReport2023()));
    // A private profile, so that parallel runs (and a user's LibreOffice) do not share one.
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        docx,
      ],
      {
        stdio: "pipe",
        timeout: 170_000,
      },
    );
    const pdf = docx.replace(/\.docx$/, ".pdf");
    expect(existsSync(pdf)).toBe(true);

    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(4);

    const page1 = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"], {
      encoding: "utf8",
    });
    expect(page1.replace(/\s+/g, "")).toContain("2023年荆竹铺镇法治政府建设年度报告");
    expect(page1).toMatch(/—\s*1\s*—/);
    const page2 = execFileSync("pdftotext", ["-f", "2", "-l", "2", "-layout", pdf, "-"], {
      encoding: "utf8",
    });
    expect(page2).toMatch(/—\s*2\s*—/);
    // Odd page number at the right, even at the left: the last line of page 1 is indented, of page 2 not.
    const footLine = (text: string, n: number) =>
      text.split("\n").find((l) => new RegExp(`—\\s*${n}\\s*—`).test(l))!;
    expect(footLine(page1, 1).indexOf("—")).toBeGreaterThan(footLine(page2, 2).indexOf("—"));

    mkdirSync(results, { recursive: true });
    execFileSync("pdftoppm", ["-f", "1", "-l", "2", "-r", "60", "-png", pdf, join(results, "docx-page")]);
    expect(existsSync(join(results, "docx-page-1.png"))).toBe(true);
  }, 180_000); // LibreOffice's first start on a loaded 2-core machine: a limit, not a budget
});
