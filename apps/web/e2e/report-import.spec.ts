/**
 * Issue 17: a clerk imports a Word report through the import screen — reviews the matching and the figures
 * beside the report as it will print, changes one figure's field and one matching, accepts in the
 * confirmation, downloads the report; the stored value is the one chosen, and the report page marks it 导入.
 * Runs on 荆竹铺镇's report for 2021, a year this spec creates (no other spec touches it).
 */
import { readFileSync } from "node:fs";
import { toDocx } from "@nianbao/document/docx";
import { demoReport2023 } from "@nianbao/document/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, artifact, baseUrl, launch, signIn, type Browser } from "./support.ts";

const admin = apiAs("admin");
const editor = apiAs("editor");
let browser: Browser;
let reportId: string;

beforeAll(async () => {
  browser = await launch();
  await signIn(browser.page, "editor");
  const orgs = await admin.query<Array<{ id: string; name: string }>>("org.townships");
  const org = orgs.find((o) => o.name === "荆竹铺镇")!;
  const regions = await admin.query<Array<{ id: string; name: string }>>("yearAdmin.regions");
  const region = regions.find((r) => r.name === "武冈市")!;
  let year = (await admin.query<Array<{ id: string; year: number }>>("year.forOrg", { orgId: org.id })).find(
    (y) => y.year === 2021,
  );
  if (!year) {
    const created = await admin.mutate<{ id: string }>("yearAdmin.create", {
      regionId: region.id,
      year: 2021,
      from: { kind: "preset", preset: "reference-2023" },
    });
    const y = await admin.query<{ template: unknown }>("yearAdmin.byId", { yearId: created.id });
    await admin.mutate("yearAdmin.saveDraft", {
      yearId: created.id,
      template: y.template,
      deadline: "2099-03-01",
      orgIds: [org.id],
    });
    await admin.mutate("yearAdmin.publish", { yearId: created.id });
    year = { id: created.id, year: 2021 };
  }
  reportId = (await editor.mutate<{ id: string }>("report.open", { yearId: year.id, orgId: org.id })).id;
}, 120_000);
afterAll(() => browser?.close());

describe("importing a Word report", () => {
  it("reads a DOCX, shows matching and figures beside the printed report, changes one matching, accepts with a confirmation, downloads", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${baseUrl()}/reports/${reportId}`);
    await page.getByTestId("open-import").click();
    await page.getByRole("heading", { name: /导入报告：荆竹铺镇 2021年度/ }).waitFor({ timeout: 60_000 });

    const docx = Buffer.from(await toDocx(demoReport2023()));
    await page.locator('input[type="file"]').setInputFiles({
      name: "荆竹铺镇2023年法治政府建设年度报告.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: docx,
    });
    await page.getByRole("button", { name: "读取并预览" }).click();
    const review = page.getByTestId("import-review");
    await review.waitFor({ timeout: 60_000 });
    await review.getByText("栏目匹配 13/13").waitFor();
    expect(await page.getByTestId("import-matching").textContent()).toContain(
      "（三）完善依法执政制度体系方面 → ",
    );
    const figures = page.getByTestId("import-figures");
    // Figures needing a choice are counted at the top and flagged (the list opens on them when there are any).
    const needCount = page.getByTestId("import-need-choice");
    if (await needCount.isVisible()) {
      const n = Number((await needCount.textContent())!.replace(/\D/g, ""));
      expect(await figures.getByText("需要选择", { exact: true }).count()).toBe(n);
    }
    await figures.getByText(/^全部 \d+$/).click();
    const mediated = figures
      .locator('[data-figure^="dispute-resolution#"]')
      .filter({ hasText: "37起" })
      .first();
    const select = mediated.getByLabel(/数字“37起”.*绑定的字段/);
    expect(await select.inputValue()).toBe("调处矛盾纠纷（起）");
    expect(await page.getByTestId("import-original").textContent()).toContain("全镇共调处各类矛盾纠纷37起");
    expect(await page.getByTestId("document-preview").textContent()).toContain("全镇共调处各类矛盾纠纷37起");
    await page.screenshot({ path: artifact("report-import-review.png"), fullPage: true });

    // Change one figure's field: 37起 goes to 排查矛盾纠纷; the re-preview marks it changed.
    await select.click();
    await page.getByRole("option", { name: "排查矛盾纠纷（起）", exact: true }).click();
    await mediated.getByText("已修改").waitFor();
    await page.getByTestId("import-updating").waitFor({ state: "detached" });
    expect(await select.inputValue()).toBe("排查矛盾纠纷（起）");
    await review.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: artifact("report-import-review-top.png") });
    await mediated.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("report-import-figure-changed.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await mediated.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("report-import-figure-changed-mobile.png") });
    await page.setViewportSize({ width: 1366, height: 768 });

    // Change one matching: 优化法治化营商环境 is not imported.
    await page.getByLabel("“（五）优化法治化营商环境方面”放入的栏目").first().click();
    await page.getByRole("option", { name: "（不导入）" }).click();
    await review.getByText("栏目匹配 12/13").waitFor();
    expect(await page.getByTestId("document-preview").textContent()).not.toContain("送法进企业");

    await page.getByRole("button", { name: "确认导入" }).click();
    const dialog = page.getByRole("dialog", { name: "确认导入报告？" });
    await dialog.waitFor();
    await page.screenshot({ path: artifact("report-import-confirm.png") });
    await dialog.getByRole("button", { name: "导入", exact: true }).click();
    const done = page.getByTestId("import-done");
    await done.waitFor({ timeout: 60_000 });

    // The stored value is the one chosen (read back from the server): 37 is 排查矛盾纠纷, not 调处矛盾纠纷.
    const dispute = await editor.query<{ revision: number; text: unknown }>("section.get", {
      reportId,
      sectionKey: "dispute-resolution",
    });
    expect(dispute.text).not.toBeNull();
    const metrics = await editor.query<Array<{ sectionKey: string; key: string; value: number | null }>>(
      "report.metrics",
      { reportId },
    );
    const metric = (key: string) =>
      metrics.find((m) => m.sectionKey === "dispute-resolution" && m.key === key)?.value ?? null;
    expect(metric("disputesScreened")).toBe(37);
    expect(metric("disputesMediated")).not.toBe(37);
    const business = await editor.query<{ revision: number }>("section.get", {
      reportId,
      sectionKey: "business-environment",
    });
    expect(business.revision).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      done.getByRole("link", { name: "Word" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/荆竹铺镇.*2021.*\.docx$/);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: artifact("report-import-done-mobile.png"), fullPage: true });

    // The report page marks the report imported: 导入, with the file's name and the date in a tooltip.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${baseUrl()}/reports/${reportId}`);
    const badge = page.getByTestId("imported-badge").first();
    await badge.waitFor({ timeout: 60_000 });
    expect(await badge.textContent()).toContain("导入");
    await badge.hover();
    const tip = page.getByRole("tooltip");
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(
      /从“荆竹铺镇2023年法治政府建设年度报告\.docx”导入 · \d{4}年\d{1,2}月\d{1,2}日/,
    );
    await page.screenshot({ path: artifact("report-import-header.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    // On a phone the mark stands beside the status in the workflow bar.
    await page.getByTestId("workflow-bar").getByTestId("imported-badge").waitFor({ timeout: 60_000 });
    await page.screenshot({ path: artifact("report-import-header-mobile.png") });
  }, 240_000);

  it("flags a figure two fields fit (需要选择), counts it at the top, and the clerk's choice clears it", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${baseUrl()}/reports/${reportId}/import`);
    await page
      .getByLabel("或粘贴报告全文")
      .fill(
        "一、工作开展情况\n（一）强化法治思维和依法行政能力方面\n镇党委理论学习中心组全年集体学法6次，参训率达100%。",
      );
    await page.getByRole("button", { name: "读取并预览" }).click();
    const need = page.getByTestId("import-need-choice");
    await need.waitFor({ timeout: 60_000 });
    expect(await need.textContent()).toBe("需要选择 1");
    const figures = page.getByTestId("import-figures");
    const six = figures.locator('[data-figure^="legal-study#"]').filter({ hasText: "6次" });
    await six.getByText("需要选择", { exact: true }).waitFor();
    const why = await six.textContent();
    expect(why).toContain("“中心组学法次数”");
    expect(why).toContain("“集体学法次数”");
    expect(why).toContain("都与上下文相符");
    const select = six.getByLabel(/数字“6次”.*绑定的字段/);
    expect(await select.inputValue()).toBe("不绑定，保留为文字");
    await six.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: artifact("report-import-need-choice.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await six.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: artifact("report-import-need-choice-mobile.png") });
    await page.setViewportSize({ width: 1366, height: 768 });

    await select.click();
    await page.getByRole("option", { name: "集体学法次数（次）", exact: true }).click();
    await need.waitFor({ state: "detached" });
    // The list opened on the figures needing a choice: show them all to find the one just chosen.
    await figures.getByText(/^全部 \d+$/).click();
    const chosen = figures.locator('[data-figure^="legal-study#"]').filter({ hasText: "6次" });
    await chosen.getByText("已修改").waitFor();
    expect(await chosen.getByLabel(/数字“6次”.*绑定的字段/).inputValue()).toBe("集体学法次数（次）");
    expect(await page.getByTestId("document-preview").textContent()).toContain("集体学法6次");
  }, 120_000);
});
