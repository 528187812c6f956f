/**
 * The Chromium PDF of the demo 2023 report: A4, the title on page 1, "— 1 —" at the foot of page 1 (right)
 * and "— 2 —" on page 2 (left), with page 1 written as PNG (test-results/pdf-page-1.png) to be looked at.
 * Needs /usr/bin/chromium (or CHROMIUM_PATH) and poppler-utils; skipped with the reason printed when they are
 * missing, unless REQUIRE_E2E=1 (CI), which makes that a failure. With the recommended TrueType CJK fonts
 * (README, "PDF") installed, the PDF embeds them as CID TrueType fonts (issue 19); skipped without them.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { toHtml, TRUETYPE_FALLBACKS } from "@nianbao/document";
import { demoReport2023 } from "@nianbao/document/testing";
import { afterAll, describe, expect, it } from "vitest";
import { ChromiumMissingError, chromiumPath, lazyPdfRenderer, openPdfRenderer } from "./pdf.ts";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const missing = [
  ...(existsSync(chromiumPath()) ? [] : [chromiumPath()]),
  ...["pdfinfo", "pdftotext", "pdftoppm"].filter((c) => !has(c)),
];
const reason = `not found: ${missing.join(", ")} (apt-get install -y chromium fonts-noto-cjk poppler-utils)`;
if (missing.length > 0) {
  if (process.env.REQUIRE_E2E === "1")
    throw new Error(`${reason}; REQUIRE_E2E=1 requires the PDF test to run.`);
  console.log(`SKIPPED PDF test: ${reason}`);
}

// The TrueType fallbacks (README, "PDF"): optional, so their test is skipped (never failed) without them.
const families = has("fc-list") ? execFileSync("fc-list", [":", "family"], { encoding: "utf8" }) : "";
const trueTypeMissing = [
  ...(has("pdffonts") ? [] : ["pdffonts"]),
  ...TRUETYPE_FALLBACKS.filter((f) => f.recommended && !families.includes(f.family)).map((f) => f.debian),
];
if (missing.length === 0 && trueTypeMissing.length > 0)
  console.log(`SKIPPED PDF TrueType fonts test: not found: ${trueTypeMissing.join(", ")}`);

const work = mkdtempSync(join(tmpdir(), "nianbao-pdf-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const results = fileURLToPath(new URL("../test-results/", import.meta.url));

describe("PDF with headless Chromium", () => {
  it("names what to install when Chromium is missing", async () => {
    await expect(openPdfRenderer("/nonexistent/chromium")).rejects.toThrow(ChromiumMissingError);
    await expect(lazyPdfRenderer("/nonexistent/chromium").render("<p>x</p>")).rejects.toThrow(
      /apt-get install -y chromium fonts-noto-cjk.*CHROMIUM_PATH/s,
    );
  });

  it.skipIf(missing.length > 0)(
    "renders the print HTML as A4 pages numbered '— 1 —', odd right and even left",
    async () => {
      const renderer = await openPdfRenderer();
      let pdf: Uint8Array;
      try {
        pdf = await renderer.render(toHtml(demoReport2023()));
      } finally {
        await renderer.close();
      }
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
      const file = join(work, "report.pdf");
      writeFileSync(file, pdf);
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(4);
      const page = (n: number) =>
        execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", file, "-"], {
          encoding: "utf8",
        });
      const p1 = page(1);
      const p2 = page(2);
      expect(p1.replace(/\s+/g, "")).toContain("2023年荆竹铺镇法治政府建设年度报告");
      const foot = (text: string, n: number) =>
        text.split("\n").find((l) => new RegExp(`—\\s*${n}\\s*—`).test(l));
      expect(foot(p1, 1)).toBeDefined();
      expect(foot(p2, 2)).toBeDefined();
      expect(foot(p1, 1)!.indexOf("—")).toBeGreaterThan(foot(p2, 2)!.indexOf("—"));
      mkdirSync(results, { recursive: true });
      execFileSync("pdftoppm", ["-f", "1", "-l", "2", "-r", "60", "-png", file, join(results, "pdf-page")]);
      expect(existsSync(join(results, "pdf-page-1.png"))).toBe(true);
    },
    120_000, // Chromium's start on a loaded 2-core machine: a limit, not a budget
  );

  it.skipIf(missing.length > 0 || trueTypeMissing.length > 0)(
    "embeds the TrueType fallbacks as CID TrueType fonts, with no Type 3 font for regular text",
    async () => {
      const renderer = await openPdfRenderer();
      const html = toHtml(demoReport2023());
      let full: Uint8Array, regular: Uint8Array;
      try {
        full = await renderer.render(html);
        // The run-in headings are the demo's only bold (Noto's bold, Type 3 as every CFF font).
        expect(html).toContain('<strong class="nb-run-in">');
        regular = await renderer.render(html.replace(/<strong class="nb-run-in">(.*?)<\/strong>/g, "$1"));
      } finally {
        await renderer.close();
      }
      const fonts = (pdf: Uint8Array, name: string) => {
        const file = join(work, name);
        writeFileSync(file, pdf);
        const rows = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2);
        return {
          cidTrueType: rows.filter((r) => r.includes("CID TrueType")).length,
          type3: rows.filter((r) => r.includes("Type 3")).length,
        };
      };
      // 宋 (body, title, page numbers), 黑 (一、 headings) and 楷 (（一） headings).
      expect(fonts(full, "truetype.pdf").cidTrueType).toBe(3);
      expect(fonts(regular, "truetype-regular.pdf")).toEqual({ cidTrueType: 3, type3: 0 });
    },
    120_000, // Chromium's start on a loaded 2-core machine: a limit, not a budget
  );

  it.skipIf(missing.length > 0)(
    "prints several documents at once in reused tabs, each with only its own content",
    async () => {
      const renderer = await openPdfRenderer(undefined, { concurrency: 2 });
      const names = ["荆竹铺镇", "邓元泰镇", "水西门街道", "文坪镇", "湾头桥镇"];
      let pdfs: Uint8Array[];
      try {
        expect(renderer.concurrency).toBe(2);
        pdfs = await Promise.all(
          names.map((name) => renderer.render(toHtml(demoReport2023({ name, parentName: "武冈市" })))),
        );
      } finally {
        await renderer.close();
      }
      pdfs.forEach((pdf, i) => {
        const file = join(work, `county-${i}.pdf`);
        writeFileSync(file, pdf);
        const text = execFileSync("pdftotext", ["-l", "1", file, "-"], { encoding: "utf8" }).replace(
          /\s+/g,
          "",
        );
        expect(text).toContain(`2023年${names[i]}法治政府建设年度报告`);
        for (const other of names.filter((_, j) => j !== i)) expect(text).not.toContain(other);
      });
    },
    180_000, // five documents through Chromium on a loaded 2-core machine: a limit, not a budget
  );
});
