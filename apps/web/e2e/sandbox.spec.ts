/** Issue 8: the plugin sandbox — any installed plugin's form with its fixtures, validation, checks, metrics and rendering live. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, baseUrl, launch, signIn, type Browser } from "./support.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await signIn(browser.page, "admin");
});
afterAll(() => browser?.close());

async function choose(label: string, option: string | RegExp) {
  const { page } = browser;
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option }).click();
}

describe("the plugin sandbox", () => {
  it("is linked from the administrator's header and shows a plugin's fixture with its checks, metrics and document, live", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("link", { name: "插件沙盒" }).click();
    await page.waitForURL(/\/sandbox$/);
    await page.getByRole("heading", { name: "插件沙盒" }).waitFor();

    await choose("栏目插件", /依法化解矛盾纠纷/);
    await choose("测试数据", "有效：withLedger");
    const metrics = page.getByTestId("sandbox-metrics");
    await expect.poll(() => metrics.locator("[data-metric=disputesScreened]").textContent()).toContain("5起");
    expect(await metrics.locator("[data-metric=resolutionRate]").textContent()).toContain("80%（4/5）");
    expect(await metrics.locator("[data-metric=resolutionRate]").textContent()).toContain("分子分母分别求和");
    const preview = page.getByTestId("document-preview");
    await expect.poll(() => preview.textContent()).toContain("成功化解4起，化解率80%");
    expect(await preview.textContent()).toContain("（一）依法化解矛盾纠纷");
    await page.getByTestId("checks").getByText("矛盾纠纷化解率未达到本年度目标（95%）").waitFor();
    // The ledger table is shown; importing needs a report, so the sandbox says so.
    await page.getByTestId("ledger-summary").getByText("台账共5起，已化解4起").waitFor();
    await page.getByText("此处不能导入台账（仅在填报报告时可用）").waitFor();
    await page.screenshot({ path: artifact("sandbox-dispute-resolution.png"), fullPage: true });

    // The year's settings change the checks.
    await page.getByRole("textbox", { name: "年度设置（JSON）" }).fill('{"targetResolutionRate": 80}');
    await expect.poll(() => page.getByTestId("checks").textContent()).toContain("没有需要注意的问题");
  });

  it("edits a form and sees the rendering follow; an invalid fixture shows its validation errors", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/sandbox`);
    await choose("栏目插件", /强化法治思维和依法行政能力|学法/);
    await choose("测试数据", "有效：jingzhupu2023");
    const sessions = page.getByTestId("section-form").getByLabel("全年安排法律知识学习");
    await sessions.waitFor();
    const preview = page.getByTestId("document-preview");
    await expect.poll(() => preview.textContent()).toContain("安排法律知识的学习4次");
    await sessions.fill("7");
    await expect.poll(() => preview.textContent()).toContain("安排法律知识的学习7次");
    await expect
      .poll(() => page.getByTestId("sandbox-metrics").locator("[data-metric=studySessions]").textContent())
      .toContain("7次");

    // More attended than expected: the schema refuses it, live.
    await page.getByTestId("section-form").getByLabel("参训率 实际参训人数", { exact: true }).fill("90");
    await expect
      .poll(() => page.getByTestId("sandbox-validation").textContent())
      .toMatch(/1处错误.*分子不能大于分母/);
    await page.getByText("数据未通过校验，暂不渲染。").waitFor();

    await page.getByRole("combobox", { name: "测试数据" }).click();
    await page
      .getByRole("option", { name: /^无效：/ })
      .first()
      .click();
    await expect.poll(() => page.getByTestId("sandbox-validation").textContent()).toMatch(/\d+处错误/);
    await page.screenshot({ path: artifact("sandbox-invalid.png"), fullPage: true });

    // English UI.
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Plugin sandbox" }).waitFor();
    await page.screenshot({ path: artifact("sandbox-en.png") });
  });
});
