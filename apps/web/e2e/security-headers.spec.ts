import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, artifact, baseUrl, launch, reportIdFor, signIn, type Browser } from "./support.ts";

// The built app under the server's Content-Security-Policy: every page a person reaches is visited, and any CSP
// violation or console error fails the test. Then the account flows: a forced password change on first
// sign-in, the policy's live feedback, one's sessions and "sign out everywhere else".

let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launch();
  await browser.context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  browser.page.on("console", (m) => {
    if (m.type() === "error") problems.push(`${browser.page.url()}: ${m.text()}`);
  });
});
afterAll(() => browser?.close());

async function visit(path: string, ready: (page: Page) => Promise<unknown>) {
  const { page } = browser;
  const response = await page.goto(`${baseUrl()}${path}`);
  expect(response?.headers()["content-security-policy"], path).toContain("script-src 'self'");
  await ready(page);
  await page.waitForTimeout(400);
}

describe("Content-Security-Policy: every page runs with no violation and no console error", () => {
  it("a township clerk's pages", async () => {
    await visit("/signin", (p) => p.getByRole("button", { name: "登录" }).waitFor());
    await signIn(browser.page, "editor3");
    await visit("/", (p) => p.getByTestId("my-reports").waitFor());
    const reportId = await reportIdFor("水西门街道", 2024);
    await visit(`/reports/${reportId}`, (p) => p.getByRole("navigation", { name: "报告提纲" }).waitFor());
    await visit(`/reports/${reportId}/legal-study`, (p) =>
      p.getByTestId("section-form").locator("input").first().waitFor(),
    );
    await visit(`/reports/${reportId}/print`, (p) => p.getByTestId("print-document").waitFor());
    await visit("/account", (p) => p.getByTestId("sessions").waitFor());
    expect(problems).toEqual([]);
  });

  it("an administrator's pages", async () => {
    await browser.context.clearCookies();
    await signIn(browser.page, "admin");
    await visit("/dashboard?year=2024", (p) => p.getByRole("table", { name: "数据汇总" }).waitFor());
    const orgs = await apiAs("admin").query<Array<{ id: string; name: string }>>("org.townships");
    await visit(`/dashboard/townships/${orgs[0]!.id}`, (p) => p.getByRole("heading").first().waitFor());
    await visit("/admin", (p) => p.getByRole("tab", { name: "账号" }).waitFor());
    for (const tab of ["截止日期例外", "操作日志"]) {
      const t = browser.page.getByRole("tab", { name: tab });
      if (await t.count()) await t.click();
      await browser.page.waitForTimeout(300);
    }
    await visit("/admin/years", (p) => p.getByRole("heading").first().waitFor());
    const years = await apiAs("admin").query<Array<{ id: string }>>("year.list");
    await visit(`/admin/years/${years[0]!.id}`, (p) => p.getByRole("heading").first().waitFor());
    await visit("/sandbox", (p) => p.getByRole("heading").first().waitFor());
    await visit("/no-such-page", (p) => p.getByRole("heading").first().waitFor());
    expect(problems).toEqual([]);
  });
});

describe("accounts", () => {
  it("an account an administrator created must choose its own password first; the policy says why it refuses", async () => {
    const { page } = browser;
    const orgs = await apiAs("admin").query<Array<{ id: string; name: string }>>("org.townships");
    const org = orgs.find((o) => o.name === "邓元泰镇")!;
    await apiAs("admin").mutate("account.create", {
      username: "clerk14",
      displayName: "新来的填报员",
      password: "Given-by-admin-2024!",
      role: "editor",
      orgUnitId: org.id,
    });
    await browser.context.clearCookies();
    await page.goto(`${baseUrl()}/signin`);
    await page.getByLabel("用户名").fill("clerk14");
    await page.getByLabel("密码").fill("Given-by-admin-2024!");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "请设置您自己的密码" }).waitFor();
    await page.getByLabel("当前密码").fill("Given-by-admin-2024!");
    const next = page.getByLabel(/^新密码/);
    await next.fill("clerk14-password");
    await expect
      .poll(() => page.getByTestId("password-strength").textContent())
      .toContain("密码不能包含用户名");
    await next.fill("12345678");
    await expect.poll(() => page.getByTestId("password-strength").textContent()).toContain("至少 10 个字符");
    await next.fill("Maple-lantern-orbit-58");
    await expect.poll(() => page.getByTestId("password-strength").textContent()).toContain("密码强度足够");
    await page.getByLabel("再次输入新密码").fill("Maple-lantern-orbit-58");
    await page.screenshot({ path: artifact("security-forced-change.png") });
    await page.getByRole("button", { name: "修改密码" }).click();
    await page.getByTestId("my-reports").waitFor();
  });

  it("lists one's sessions and signs out everywhere else", async () => {
    const { page } = browser;
    // A second sign-in of the same person, elsewhere.
    const other = await fetch(`${baseUrl()}/api/auth/sign-in/username`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: baseUrl(),
        "user-agent": "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0 Safari/537.36",
      },
      body: JSON.stringify({ username: "clerk14", password: "Maple-lantern-orbit-58" }),
    });
    expect(other.status).toBe(200);
    const otherCookie = other.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    await page.goto(`${baseUrl()}/account`);
    const rows = page.getByTestId("sessions").locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => page.getByTestId("sessions").textContent()).toContain("Chrome 131 · Windows");
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: artifact("security-account-1366.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: artifact("security-account-phone.png"), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole("button", { name: "退出其他所有设备" }).click();
    await expect.poll(() => rows.count()).toBe(1);
    const me = await fetch(`${baseUrl()}/trpc/session.me`, { headers: { cookie: otherCookie } });
    expect(((await me.json()) as { result: { data: unknown } }).result.data).toBeNull();
    expect(problems).toEqual([]);
  });
});
