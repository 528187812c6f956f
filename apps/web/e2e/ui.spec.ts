import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, baseUrl, launch, reportIdFor, signIn, waitForForm, type Browser } from "./support.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await signIn(browser.page, "editor");
});
afterAll(() => browser?.close());

describe("the interface language", () => {
  it("switches to English from the header, keeps government wording Chinese, and remembers the choice", async () => {
    const { page } = browser;
    const reportId = await reportIdFor("荆竹铺镇", 2023);
    await page.goto(`${baseUrl()}/reports/${reportId}/legal-study`);
    await waitForForm(page);

    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("navigation", { name: "Outline" }).waitFor();
    await page.getByRole("button", { name: "Save", exact: true }).waitFor();
    // Section headings come from the year's template and stay Chinese; the kit's labels follow the locale.
    await page.getByTestId("section-title").getByText("（一）强化法治思维和依法行政能力方面").waitFor();
    await page.getByTestId("section-form").getByLabel("Study sessions on law this year").waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.waitForTimeout(400); // the language switch's indicator slides over
    await page.screenshot({ path: artifact("english.png") });

    await page.reload();
    await page.getByRole("navigation", { name: "Outline" }).waitFor();
    await page.getByText("中文", { exact: true }).click();
    await page.getByRole("navigation", { name: "报告提纲" }).waitFor();
  });

  it("shows the report overview before a section is chosen, and keeps the save bar in view while scrolling", async () => {
    const { page } = browser;
    const reportId = await reportIdFor("荆竹铺镇", 2023);
    await page.goto(`${baseUrl()}/reports/${reportId}`);
    await page.getByText("请从左侧提纲中选择一节开始填写").waitFor();
    await page.getByTestId("document-preview").getByText("2023年荆竹铺镇法治政府建设年度报告").waitFor();
    expect(await page.title()).toBe("荆竹铺镇 2023年度 · 年报 Nianbao");
    await page.screenshot({ path: artifact("overview.png") });

    await page.getByRole("link", { name: /（一）强化法治思维和依法行政能力方面/ }).click();
    await waitForForm(page);
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(300);
    const bar = await page.getByRole("button", { name: "保存", exact: true }).boundingBox();
    expect(bar).not.toBeNull();
    expect(bar!.y).toBeGreaterThanOrEqual(60);
    expect(bar!.y).toBeLessThan(200);
    await page.screenshot({ path: artifact("scrolled.png") });
  });

  it("shows the start page's empty and error states without breaking (unknown page)", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/no/such/page`);
    await page.getByText("页面不存在").waitFor();
    // An unknown id and a malformed one: a not-found page with the way home, never a useless 重试.
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-report-id"]) {
      await page.goto(`${baseUrl()}/reports/${id}`);
      await page.getByRole("heading", { name: "找不到这份报告" }).waitFor();
      expect(await page.getByRole("button", { name: "重试" }).count()).toBe(0);
      await page.getByTestId("not-found").getByRole("link", { name: "返回首页" }).waitFor();
    }
    const reportId = await reportIdFor("荆竹铺镇", 2023);
    await page.goto(`${baseUrl()}/reports/${reportId}/no-such-section`);
    await page.getByRole("heading", { name: "本报告没有“no-such-section”这一栏目" }).waitFor();
  });
});
