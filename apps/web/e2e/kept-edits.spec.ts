import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiAs,
  artifact,
  baseUrl,
  DEMO_PASSWORD,
  DEMO_USERS,
  launch,
  reportIdFor,
  signIn,
  type Browser,
} from "./support.ts";

// 水西门街道's 2024 report: no other spec file edits it.
const clerk = apiAs("editor3");
let reportId: string;
let browser: Browser;
const url = () => `${baseUrl()}/reports/${reportId}/legal-study`;
const SESSIONS = "全年安排法律知识学习";

async function stored(): Promise<{ sessions: number | null; revision: number }> {
  const s = await clerk.query<{ data: { centralGroup: { sessions: number | null } }; revision: number }>(
    "section.get",
    { reportId, sectionKey: "legal-study" },
  );
  return { sessions: s.data.centralGroup.sessions, revision: s.revision };
}

beforeAll(async () => {
  reportId = await reportIdFor("水西门街道", 2024);
  browser = await launch();
  await browser.page.setViewportSize({ width: 1366, height: 768 });
  await signIn(browser.page, "editor3");
});
afterAll(() => browser?.close());

describe("edits survive the network", () => {
  it("offline: the edit is kept in the browser, survives closing the tab, and is saved when the connection returns", async () => {
    const { context } = browser;
    let page = browser.page;
    await page.goto(url());
    const field = page.getByTestId("section-form").getByLabel(SESSIONS);
    await field.waitFor();
    const before = await stored();

    await context.setOffline(true);
    await page.getByTestId("offline-notice").waitFor();
    await field.fill("31");
    await page.getByTestId("save-status").getByText("离线 · 修改已存于本机").waitFor();
    await page.getByText("您的修改已保存在本浏览器中").waitFor();
    await page.screenshot({ path: artifact("offline.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("offline-notice").scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("offline-phone.png") });
    // Longer than the autosave delay: nothing reached the server.
    await page.waitForTimeout(2_500);
    expect(await stored()).toEqual(before);

    // The tab is closed while offline; later, online again, the section is opened anew.
    await page.close({ runBeforeUnload: false });
    await context.setOffline(false);
    page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(url());
    await page.getByTestId("restored-notice").waitFor();
    await expect.poll(async () => (await stored()).sessions, { timeout: 10_000 }).toBe(31);
    expect((await stored()).revision).toBe(before.revision + 1);
    await page
      .getByTestId("save-status")
      .getByText(/已保存/)
      .waitFor();
    expect(await page.getByTestId("section-form").getByLabel(SESSIONS).inputValue()).toBe("31");

    // Offline and back without leaving: saved as soon as the connection returns.
    await context.setOffline(true);
    await page.getByTestId("section-form").getByLabel(SESSIONS).fill("32");
    await page.getByTestId("offline-notice").waitFor();
    await page.waitForTimeout(500);
    expect((await stored()).sessions).toBe(31);
    await context.setOffline(false);
    await expect.poll(async () => (await stored()).sessions, { timeout: 10_000 }).toBe(32);
    await page.getByTestId("offline-notice").waitFor({ state: "detached" });
    browser.page = page;
  });

  it("an expired session: the edit is kept, saved after signing in again, or offered as a conflict when the section changed", async () => {
    const { context, page } = browser;
    const signInAgain = async () => {
      await page.getByTestId("session-expired-notice").waitFor();
      await page.screenshot({ path: artifact("session-expired.png") });
      await page.getByRole("link", { name: "重新登录" }).click();
      await page.getByLabel("用户名").fill(DEMO_USERS.editor3);
      await page.getByLabel("密码").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "登录" }).click();
      await page.waitForURL(url());
    };

    // 1. Nothing changed meanwhile: saved after signing in. (The page has shown the last save first: a
    // session cleared while that save's answer is on its way would expire it instead of this edit's.)
    await page
      .getByTestId("save-status")
      .getByText(/已保存/)
      .waitFor();
    await context.clearCookies();
    await page.getByTestId("section-form").getByLabel(SESSIONS).fill("33");
    await signInAgain();
    await expect.poll(async () => (await stored()).sessions, { timeout: 10_000 }).toBe(33);

    // 2. Someone saved the section while the session was expired: the kept edit meets theirs as a conflict.
    await page
      .getByTestId("save-status")
      .getByText(/已保存/)
      .waitFor();
    await context.clearCookies();
    await page.getByTestId("section-form").getByLabel(SESSIONS).fill("34");
    await page.getByTestId("session-expired-notice").waitFor();
    const s = await clerk.query<{
      data: Record<string, unknown> & { centralGroup: object };
      revision: number;
    }>("section.get", { reportId, sectionKey: "legal-study" });
    await clerk.mutate("section.save", {
      reportId,
      sectionKey: "legal-study",
      baseRevision: s.revision,
      data: { ...s.data, centralGroup: { ...s.data.centralGroup, sessions: 40 } },
    });
    await signInAgain();
    const conflict = page.getByTestId("conflict-alert");
    await conflict.waitFor();
    await conflict
      .getByTestId("conflict-diff")
      .getByRole("row", { name: /全年安排法律知识学习\s*40次\s*34次/ })
      .waitFor();
    expect(await page.getByTestId("section-form").getByLabel(SESSIONS).inputValue()).toBe("34");
    expect((await stored()).sessions).toBe(40);
    await page.screenshot({ path: artifact("kept-edit-conflict.png") });
  });
});
