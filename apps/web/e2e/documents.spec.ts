import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, baseUrl, launch, reportIdFor, signIn, type Browser } from "./support.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await signIn(browser.page, "editor");
});
afterAll(() => browser?.close());

const NAME = "荆竹铺镇2023年法治政府建设年度报告";

describe("documents: downloads and the print view", () => {
  it("downloads the report as Word and PDF from the preview, named as people name it", async () => {
    const { page } = browser;
    const reportId = await reportIdFor("荆竹铺镇", 2023);
    await page.goto(`${baseUrl()}/reports/${reportId}`);
    const downloads = page.getByTestId("downloads");
    await downloads.getByRole("link", { name: "Word" }).waitFor();
    await page.screenshot({ path: artifact("downloads.png") });

    const [docx] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByRole("link", { name: "Word" }).click(),
    ]);
    expect(docx.suggestedFilename()).toBe(`${NAME}.docx`);
    const docxBytes = readFileSync((await docx.path())!);
    expect(docxBytes.subarray(0, 2).toString()).toBe("PK");

    const [pdf] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      downloads.getByRole("link", { name: "PDF" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe(`${NAME}.pdf`);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    const [md] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByRole("link", { name: "Markdown" }).click(),
    ]);
    expect(md.suggestedFilename()).toBe(`${NAME}.md`);
  }, 120_000);

  it("opens the print view: the stored report on an A4 sheet; printed, only the document with page numbers", async () => {
    const { page } = browser;
    const reportId = await reportIdFor("荆竹铺镇", 2023);
    await page.goto(`${baseUrl()}/reports/${reportId}`);
    await page.getByRole("link", { name: "打印视图" }).click();
    await page.waitForURL(/\/print$/);
    const doc = page.getByTestId("print-document");
    await doc.getByRole("heading", { name: "2023年荆竹铺镇法治政府建设年度报告" }).waitFor();
    await doc.getByText("（一）强化法治思维和依法行政能力方面").waitFor();
    expect(await page.title()).toBe("2023年荆竹铺镇法治政府建设年度报告 · 打印视图");
    // The sheet is A4-wide (210 mm at 96 dpi).
    const box = await page.locator(".nb-print-sheet").boundingBox();
    expect(Math.round(box!.width)).toBe(Math.round((210 / 25.4) * 96));
    await page.screenshot({ path: artifact("print-view.png") });

    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "打印", exact: true }).isVisible()).toBe(false);
    // What the browser prints (Chromium draws the @page margin boxes with the page numbers).
    const printed = await page.pdf({ preferCSSPageSize: true });
    await page.emulateMedia({ media: null });
    expect(printed.subarray(0, 5).toString()).toBe("%PDF-");
    writeFileSync(artifact("print-view.pdf"), printed);

    await page.getByRole("link", { name: "返回编辑" }).click();
    await page.waitForURL(new RegExp(`/reports/${reportId}$`));
  }, 120_000);
});
