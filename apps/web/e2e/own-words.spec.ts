/**
 * Issue 15: a clerk writes a section in the township's own words with live figures. Runs on 荆竹铺镇's 2023
 * 依法化解矛盾纠纷 section (generated from the reference report; no other spec edits its text or its
 * 排查矛盾纠纷 field): switch to own words, edit, insert a figure, type a plain figure and bind it, change
 * the field and watch the text follow, reload, read the figure back from the DOCX, and find it on the
 * dashboard.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, artifact, baseUrl, launch, reportIdFor, signIn, type Browser } from "./support.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await signIn(browser.page, "editor");
});
afterAll(() => browser?.close());

const SECTION = "dispute-resolution";

/** The own-words editor's text as on screen (figure tokens show their values). */
const editorText = (page: Page) => page.getByTestId("own-words-editor").innerText();

/** The DOCX's text, as LibreOffice reads it. */
function docxText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-docx-"));
  try {
    const file = join(dir, "report.docx");
    writeFileSync(file, bytes);
    execFileSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "txt:Text (encoded):UTF8",
        "--outdir",
        dir,
        file,
      ],
      {
        stdio: "ignore",
        timeout: 120_000,
      },
    );
    return readFileSync(join(dir, "report.txt"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("own words with live figures", () => {
  it("switches to own words, binds figures, follows the form, and prints them in the DOCX and on the dashboard", async () => {
    const { page } = browser;
    const reportId = await reportIdFor("荆竹铺镇", 2023);
    await page.goto(`${baseUrl()}/reports/${reportId}/${SECTION}`);
    await page.getByTestId("section-form").getByLabel("排查矛盾纠纷").waitFor();

    // Generated mode: "用自己的话写" turns the generated text into own words, the figure 37起 already a token.
    await page.getByTestId("generated-mode").getByRole("button", { name: "用自己的话写" }).click();
    const editor = page.getByTestId("own-words-editor");
    await editor.waitFor();
    const mediated = editor.locator('[data-figure="metric:disputesMediated"]');
    expect(await mediated.innerText()).toBe("37起");
    expect(await mediated.getAttribute("data-state")).toBe("bound");
    expect(await editorText(page)).toContain("全镇把矛盾纠纷化解和法治宣传相结合");

    // Edit: a new paragraph at the end, typed.
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("全年聘请法律顾问的村覆盖率达");

    // Insert a figure from the toolbar menu: 村法律顾问覆盖率, bound, showing 100%.
    await page.getByRole("button", { name: "插入数字" }).click();
    await page.getByRole("menuitem", { name: /村法律顾问覆盖率/ }).click();
    const coverage = editor.locator('[data-figure="metric:adviserCoverage"]');
    await coverage.waitFor();
    expect(await coverage.innerText()).toBe("100%");

    // Type a plain figure: it is recognised and offered for binding to 排查矛盾纠纷.
    await page.keyboard.type("，共排查矛盾纠纷52起。");
    const unbound = page.getByTestId("unbound-figures");
    await unbound.getByText("52起").waitFor();
    await page.screenshot({ path: artifact("own-words-unbound.png"), fullPage: false });
    await unbound.getByRole("button", { name: "将“52起”绑定到“排查矛盾纠纷”" }).click();
    const screened = editor.locator('[data-figure="metric:disputesScreened"]');
    await screened.waitFor();
    // The field is still empty: the token says so, in the warning style, and a warning stands beside the text.
    expect(await screened.getAttribute("data-state")).toBe("empty");
    expect(await screened.innerText()).toBe("【排查矛盾纠纷】");
    await page
      .getByTestId("text-warnings")
      .getByText(/排查矛盾纠纷/)
      .waitFor();

    // Change the field: the text follows at once, before any save.
    await page.getByTestId("section-form").getByLabel("排查矛盾纠纷").fill("52");
    await expect.poll(() => screened.innerText()).toBe("52起");
    expect(await screened.getAttribute("data-state")).toBe("bound");
    // The live preview shows the own words too.
    await expect
      .poll(() => page.getByTestId("document-preview").innerText(), { timeout: 10_000 })
      .toContain("共排查矛盾纠纷52起");

    // Autosave, then reload: the text is back with its tokens.
    await expect
      .poll(() => page.getByTestId("save-status").innerText(), { timeout: 15_000 })
      .toMatch(/已保存/);
    await page.reload();
    await editor.waitFor();
    expect(await editor.locator('[data-figure="metric:disputesScreened"]').innerText()).toBe("52起");
    expect(await editorText(page)).toContain("全年聘请法律顾问的村覆盖率达100%，共排查矛盾纠纷52起。");
    await page.screenshot({ path: artifact("own-words.png"), fullPage: false });

    // The stored text holds the keys, never the values.
    const stored = await api.query<{ text: unknown }>("section.get", { reportId, sectionKey: SECTION });
    expect(JSON.stringify(stored.text)).toContain('"metric:disputesScreened"');
    expect(JSON.stringify(stored.text)).not.toContain("52起");

    // The DOCX prints the figure, read back with LibreOffice.
    const downloads = page.getByTestId("downloads");
    const [docx] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByRole("link", { name: "Word" }).click(),
    ]);
    const text = docxText(readFileSync((await docx.path())!));
    expect(text).toContain("全年聘请法律顾问的村覆盖率达100%，共排查矛盾纠纷52起。");
    expect(text).toContain("37起");

    // The county's dashboard shows the number in 荆竹铺镇's row (as the reviewer sees it).
    const reviewer = await launch();
    try {
      await signIn(reviewer.page, "reviewer");
      await reviewer.page.goto(`${baseUrl()}/dashboard?year=2023&section=${SECTION}`);
      const metrics = reviewer.page.getByRole("table", { name: "数据汇总" });
      const row = metrics.getByRole("row", { name: /荆竹铺镇/ });
      await row.waitFor();
      // The second header row names the metrics; a row starts with the township's name.
      const header = await metrics.locator("thead tr").nth(1).locator("th").allInnerTexts();
      const column = header.findIndex((h) => h.includes("排查矛盾纠纷"));
      expect(column).toBeGreaterThanOrEqual(0);
      const cells = await row.locator("th, td").allInnerTexts();
      expect(cells[column + 1]).toBe("52");
      await reviewer.page.screenshot({ path: artifact("own-words-dashboard.png"), fullPage: true });
    } finally {
      await reviewer.close();
    }
  }, 240_000);

  it("looks right at 1366×768 in Chinese and English and at 390×844", async () => {
    const { page } = browser;
    const reportId = await reportIdFor("荆竹铺镇", 2023);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${baseUrl()}/reports/${reportId}/${SECTION}`);
    const editor = page.getByTestId("own-words-editor");
    await editor.waitFor();
    await page.getByTestId("own-words-mode").scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("own-words-1366-zh.png") });
    // Every toolbar button is labelled.
    const toolbar = page.getByRole("toolbar", { name: "正文工具栏" });
    for (const name of [
      "撤销",
      "正文段落",
      "小标题（1.）",
      "段首标题（如“一是加强学习。”）",
      "分项：一是、二是…",
      "插入表格",
      "插入数字",
    ]) {
      await toolbar.getByRole("button", { name }).waitFor();
    }

    await page
      .getByRole("radiogroup", { name: /语言|language/i })
      .getByText("EN")
      .click();
    await page.getByRole("heading", { name: "Section text (own words)" }).waitFor();
    await page
      .getByRole("toolbar", { name: "Text toolbar" })
      .getByRole("button", { name: "Insert figure" })
      .waitFor();
    await page.getByTestId("own-words-mode").scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("own-words-1366-en.png") });
    await page
      .getByRole("radiogroup", { name: /语言|language/i })
      .getByText("中文")
      .click();
    await page.getByRole("heading", { name: "本栏目正文（自己的话）" }).waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("own-words-mode").scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("own-words-390.png") });
    await page.setViewportSize({ width: 1440, height: 900 });

    // The demo's own words (水西门街道 2024): sub-headings, 一是 runs with run-in headings, numbered as printed.
    const other = await launch();
    try {
      await other.page.setViewportSize({ width: 1366, height: 768 });
      await signIn(other.page, "editor3");
      const shuiximen = await reportIdFor("水西门街道", 2024);
      await other.page.goto(`${baseUrl()}/reports/${shuiximen}/legal-study`);
      const text = other.page.getByTestId("own-words-editor");
      await text.waitFor();
      await text.locator('h3[data-ordinal="1."]').waitFor();
      await text.locator('.nb-item[data-ordinal="一是"]').first().waitFor();
      expect(await text.locator(".nb-run-in").count()).toBeGreaterThan(0);
      expect(await text.locator(".nb-figure").count()).toBeGreaterThan(0);
      // Opening the text is not an edit: nothing to save.
      expect(await other.page.getByTestId("save-status").innerText()).not.toContain("未保存");
      await other.page.getByTestId("own-words-mode").scrollIntoViewIfNeeded();
      await other.page.screenshot({ path: artifact("own-words-demo-1366.png") });
    } finally {
      await other.close();
    }
  });

  it("goes back to generated text after a confirmation, the own words kept as a revision", async () => {
    const { page } = browser;
    const reportId = await reportIdFor("荆竹铺镇", 2023);
    await page.goto(`${baseUrl()}/reports/${reportId}/${SECTION}`);
    await page.getByTestId("own-words-editor").waitFor();
    await page.getByTestId("own-words-mode").getByRole("button", { name: "恢复生成文本" }).click();
    const dialog = page.getByRole("dialog", { name: "恢复为自动生成的文本？" });
    await dialog.getByText("您写的文字保留在修订记录中").waitFor();
    await page.screenshot({ path: artifact("own-words-restore.png") });
    // Cancel changes nothing.
    await dialog.getByRole("button", { name: "取消" }).click();
    await page.getByTestId("own-words-editor").waitFor();
    await page.getByTestId("own-words-mode").getByRole("button", { name: "恢复生成文本" }).click();
    await dialog.getByRole("button", { name: "恢复生成文本" }).click();
    await page.getByTestId("generated-mode").waitFor();
    expect(await page.getByTestId("own-words-editor").count()).toBe(0);
    await expect
      .poll(() => page.getByTestId("document-preview").innerText())
      .not.toContain("全年聘请法律顾问的村覆盖率");

    const now = await api.query<{ text: unknown; revision: number }>("section.get", {
      reportId,
      sectionKey: SECTION,
    });
    expect(now.text).toBeNull();
    // The own words are the revision before.
    const revisions = await api.query<Array<{ revision: number }>>("section.revisions", {
      reportId,
      sectionKey: SECTION,
    });
    expect(revisions.some((r) => r.revision === now.revision - 1)).toBe(true);
  });
});
