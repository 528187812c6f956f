import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { seriousViolations } from "./axe.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, baseUrl, launch, reportIdFor, signIn, type Browser } from "./support.ts";

// axe-core, the accessibility engine of the field, run in the page on every page a role reaches. Serious and
// critical violations fail the test; each page is also shot at a phone's size for looking at.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function check(path: string, ready: (page: Page) => Promise<unknown>, name: string) {
  const { page } = browser;
  await page.goto(`${baseUrl()}${path}`);
  await ready(page);
  await page.waitForTimeout(300); // transitions settle
  const found = await seriousViolations(page);
  if (found.length) writeFileSync(artifact(`a11y-${name}.txt`), found.join("\n"));
  expect(found.join("\n"), `${path}`).toBe("");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: artifact(`a11y-${name}-phone.png`) });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: artifact(`a11y-${name}-1366.png`) });
}

describe("accessibility: axe-core on every page, no serious or critical violation", () => {
  it("the sign-in page", async () => {
    await check("/signin", (p) => p.getByRole("button", { name: "登录" }).waitFor(), "signin");
  });

  it("a township clerk's pages, and the skip link reaches the form", async () => {
    const { page } = browser;
    await signIn(page, "editor3");
    await check("/", (p) => p.getByTestId("my-reports").waitFor(), "home-editor");
    const reportId = await reportIdFor("水西门街道", 2024);
    await check(
      `/reports/${reportId}`,
      (p) => p.getByRole("navigation", { name: "报告提纲" }).waitFor(),
      "report",
    );
    await check(
      `/reports/${reportId}/legal-study`,
      (p) => p.getByTestId("section-form").locator("input").first().waitFor(),
      "section",
    );
    // The skip link is the first stop of the keyboard and lands in the form.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳到主要内容");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="section-form"]'))).toBe(
      true,
    );
    await check(`/reports/${reportId}/print`, (p) => p.getByTestId("print-document").waitFor(), "print");
  });

  it("an administrator's pages", async () => {
    const { page } = browser;
    await page.context().clearCookies();
    await signIn(page, "admin");
    await check(
      "/dashboard?year=2024",
      (p) => p.getByRole("table", { name: "数据汇总" }).waitFor(),
      "dashboard",
    );
    await check("/admin", (p) => p.getByRole("heading").first().waitFor(), "admin");
    await check("/admin/years", (p) => p.getByRole("heading").first().waitFor(), "admin-years");
    await check(
      "/sandbox",
      (p) =>
        p
          .getByRole("heading", { name: /插件|Sandbox|沙盒|示例/ })
          .first()
          .waitFor(),
      "sandbox",
    );
    await check("/no-such-page", (p) => p.getByRole("heading").first().waitFor(), "not-found");
  });
});
