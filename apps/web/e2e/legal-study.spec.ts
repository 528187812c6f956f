import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, getSection, launch, signIn, waitForForm, type Browser } from "./support.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("a township edits its legal-study section", () => {
  it("signs in as 荆竹铺镇's editor, opens 2023 from the home page, edits, saves, and finds the edits after a reload and in the preview", async () => {
    const { page } = browser;
    await signIn(page, "editor");
    // The editor's home: their township's reports, by year.
    const mine = page.getByTestId("my-reports");
    await mine.getByText("荆竹铺镇").first().waitFor();
    await page.screenshot({ path: artifact("home-editor.png") });
    await mine
      .getByRole("row", { name: /2023年度/ })
      .getByRole("button")
      .click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);

    // The outline, numbered exactly as the API numbers it.
    const outline = page.getByRole("navigation", { name: "报告提纲" });
    await outline.getByText("一、工作开展情况").waitFor();
    await outline.getByText("（十）加强组织领导方面").waitFor();

    await outline.getByRole("link", { name: /（一）强化法治思维和依法行政能力方面/ }).click();
    await page.waitForURL(/\/legal-study$/);
    await waitForForm(page);
    const reportId = new URL(page.url()).pathname.split("/")[2]!;
    const before = await getSection(reportId, "legal-study");

    const form = page.getByTestId("section-form");
    const sessions = form.getByLabel("全年安排法律知识学习");
    const attended = form.getByLabel("参训率 实际参训人数", { exact: true });
    const expected = form.getByLabel("参训率 应参训人数", { exact: true });
    expect(await sessions.inputValue()).toBe("4");
    expect(await attended.inputValue()).toBe("86");
    expect(await expected.inputValue()).toBe("86");

    await sessions.fill("6");
    await expected.fill("100");
    await attended.fill("95");
    await expect.poll(() => page.getByTestId("save-status").textContent()).toContain("未保存的修改");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect
      .poll(() => page.getByTestId("save-status").textContent(), { timeout: 10_000 })
      .toMatch(/已保存 \d{2}:\d{2}/);

    const after = await getSection(reportId, "legal-study");
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(after.data.centralGroup.sessions).toBe(6);
    expect(after.data.training).toMatchObject({ participation: { numerator: 95, denominator: 100 } });
    // 95% misses this year's 100% target: a warning, in yellow, not an error; clicking it goes to the field.
    await page.getByTestId("checks").getByText("参训率未达到本年度目标").click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-path")))
      .toBe("training.participation.numerator");

    await page.reload();
    await waitForForm(page);
    expect(await sessions.inputValue()).toBe("6");
    expect(await attended.inputValue()).toBe("95");
    expect(await expected.inputValue()).toBe("100");
    await page
      .getByTestId("save-status")
      .getByText(/已保存/)
      .waitFor();

    await page.getByRole("tab", { name: "全文预览" }).click();
    const preview = page.getByTestId("document-preview");
    await preview.getByText("2023年荆竹铺镇法治政府建设年度报告").waitFor();
    await expect.poll(() => preview.textContent()).toContain("安排法律知识的学习6次");
    expect(await preview.textContent()).toContain("参与率95%");
    await page.screenshot({ path: artifact("legal-study.png") });
  });
});
