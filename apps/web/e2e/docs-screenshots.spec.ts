/**
 * The screenshots of the role guides in docs/ (clerk.md, reviewer.md, administrator.md,
 * plugin-developer.md), taken at 1366×768 from the real app on the demo data. With UPDATE_DOCS_IMAGES=1
 * they are written into docs/images (commit them); otherwise into test-results/docs, so that an ordinary
 * test run checks every page the guides show without touching the committed images.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, baseUrl, launch, reportIdFor, signIn, type Browser, type DemoRole } from "./support.ts";

const DIR =
  process.env.UPDATE_DOCS_IMAGES === "1"
    ? fileURLToPath(new URL("../../../docs/images/", import.meta.url))
    : artifact("docs");
mkdirSync(DIR, { recursive: true });

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(DIR, `${name}.png`) });
}

async function as(role: DemoRole): Promise<Browser> {
  const b = await launch();
  await b.page.setViewportSize({ width: 1366, height: 768 });
  await signIn(b.page, role);
  return b;
}

let jzp2024: string;
let submitted: string;
beforeAll(async () => {
  jzp2024 = await reportIdFor("荆竹铺镇", 2024);
  // Seeded as submitted in 2024: waiting for the reviewer.
  submitted = await reportIdFor("湾头桥镇", 2024);
});

describe("screenshots of the role guides (docs/)", () => {
  let b: Browser | null = null;
  afterAll(() => b?.close());

  it("clerk: home, the section editor, offline, history", async () => {
    b = await as("editor");
    const { page, context } = b;
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId("user-menu").waitFor();
    await shot(page, "clerk-home");
    await page.goto(`${baseUrl()}/reports/${jzp2024}/legal-study`);
    await page.getByTestId("section-form").getByLabel("全年安排法律知识学习").waitFor();
    await shot(page, "clerk-section");
    await context.setOffline(true);
    await page.getByTestId("offline-notice").waitFor();
    await shot(page, "clerk-offline");
    await context.setOffline(false);
    await page.getByTestId("offline-notice").waitFor({ state: "detached" });
    await page.getByTestId("history-button").click();
    await page.getByRole("dialog").waitFor();
    await shot(page, "clerk-history");
    await b.close();
    b = null;
  });

  it("reviewer: submissions waiting, a submitted report", async () => {
    b = await as("reviewer");
    const { page } = b;
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId("user-menu").waitFor();
    await shot(page, "reviewer-home");
    await page.goto(`${baseUrl()}/reports/${submitted}`);
    await page.getByText("湾头桥镇").first().waitFor();
    await shot(page, "reviewer-report");
    await b.close();
    b = null;
  });

  it("administrator: the year's outline, accounts, the audit log, the dashboard", async () => {
    b = await as("admin");
    const { page } = b;
    await page.goto(`${baseUrl()}/admin/years`);
    await page.getByRole("heading").first().waitFor();
    await shot(page, "admin-years");
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole("tab").first().waitFor();
    await shot(page, "admin-accounts");
    await page.getByRole("tab", { name: "审计日志" }).click();
    await page.getByTestId("audit-row").first().waitFor();
    await shot(page, "admin-audit");
    await page.goto(`${baseUrl()}/dashboard`);
    await page.getByRole("heading").first().waitFor();
    await shot(page, "admin-dashboard");
    await b.close();
    b = null;
  });

  it("plugin developer: the sandbox", async () => {
    b = await as("admin");
    const { page } = b;
    await page.goto(`${baseUrl()}/sandbox`);
    await page.getByRole("heading").first().waitFor();
    await shot(page, "plugin-sandbox");
    expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
  });
});
