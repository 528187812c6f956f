/**
 * Issue 18: review threads and the inbox. The reviewer comments on one field of 湾头桥镇's submitted 2024
 * report and returns it (the return lists the open threads); the township's clerk finds it in the inbox and
 * the bell, sees the badge in the outline and which sections carry comments, replies; the reviewer resolves.
 * Screenshots at 1366×768 and on a phone (390×844).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import {
  apiAs,
  artifact,
  baseUrl,
  launch,
  reportIdFor,
  signIn,
  waitForForm,
  type Browser,
} from "./support.ts";

const CLERK = "wantouqiao";
/** The password the administrator gives the new account, and the one the clerk then chooses (issue 14). */
const GIVEN_PASSWORD = "Wantou-bridge-given-47";
const CLERK_PASSWORD = "Wantou-bridge-lantern-58";
const open: Browser[] = [];
afterAll(async () => {
  for (const b of open) await b.close();
});

async function browser(viewport = { width: 1366, height: 768 }): Promise<Browser> {
  const b = await launch();
  open.push(b);
  await b.page.setViewportSize(viewport);
  return b;
}

async function signInClerk(page: Page) {
  await page.goto(`${baseUrl()}/signin`);
  await page.getByLabel("用户名").fill(CLERK);
  await page.getByLabel("密码").fill(CLERK_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByTestId("user-menu").waitFor();
}

let reportId: string;

beforeAll(async () => {
  // 湾头桥镇's 2024 report is submitted in the demo; it gets a clerk of its own (no other spec uses it).
  reportId = await reportIdFor("湾头桥镇", 2024);
  const admin = apiAs("admin");
  const orgs = await admin.query<Array<{ id: string; name: string }>>("org.townships");
  const org = orgs.find((o) => o.name === "湾头桥镇")!;
  await admin.mutate("account.create", {
    username: CLERK,
    displayName: "湾头桥镇填报员",
    password: GIVEN_PASSWORD,
    role: "editor",
    orgUnitId: org.id,
  });
  // An account an administrator created must choose its own password first (accounts.spec tests that
  // screen); here the clerk does so through the API, so that the browser signs in straight to the inbox.
  const signedIn = await fetch(`${baseUrl()}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl() },
    body: JSON.stringify({ username: CLERK, password: GIVEN_PASSWORD }),
  });
  expect(signedIn.ok).toBe(true);
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const changed = await fetch(`${baseUrl()}/trpc/session.changePassword`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: baseUrl() },
    body: JSON.stringify({ currentPassword: GIVEN_PASSWORD, newPassword: CLERK_PASSWORD }),
  });
  expect(changed.ok).toBe(true);
});

describe("review threads and the inbox", () => {
  it("reviewer comments on a field and returns; the clerk sees the badge and replies; the reviewer resolves", async () => {
    const r = (await browser()).page;
    const e = (await browser()).page;
    const sectionUrl = `${baseUrl()}/reports/${reportId}/legal-study`;

    // The reviewer's inbox lists the submission.
    await signIn(r, "reviewer");
    await r
      .getByTestId("inbox-reviewer")
      .getByRole("link", { name: /湾头桥镇/ })
      .first()
      .waitFor();
    await r.screenshot({ path: artifact("review-inbox-reviewer-1366.png") });

    // A comment on one field of the section, chosen from the form's fields by its label.
    await r.goto(sectionUrl);
    await waitForForm(r);
    const threads = r.getByTestId("review-threads");
    await threads.getByRole("combobox", { name: "针对字段（可选）" }).click();
    await r.getByRole("option", { name: "全年安排法律知识学习" }).click();
    await threads.getByRole("textbox", { name: "添加意见" }).fill("学法次数与台账不一致，请核实");
    await threads.getByRole("button", { name: "添加意见" }).click();
    const thread = threads.getByTestId("thread").filter({ hasText: "学法次数与台账不一致，请核实" });
    await thread.getByText("字段：全年安排法律知识学习").waitFor();
    await r.getByTestId("outline-thread-badge").first().waitFor();
    expect((await seriousViolations(r)).join("\n")).toBe("");

    // The return lists the open threads before it is confirmed.
    await r.getByRole("button", { name: "退回修改" }).click();
    const dialog = r.getByRole("dialog", { name: "退回修改" });
    await dialog
      .getByTestId("return-open-threads")
      .getByText(/全年安排法律知识学习：学法次数与台账不一致，请核实/)
      .waitFor();
    await r.waitForTimeout(400); // the modal's opening transition
    await r.screenshot({ path: artifact("review-return-modal-1366.png") });
    await dialog.getByLabel("退回理由").fill("请按意见修改后重新提交");
    await dialog.getByRole("button", { name: "退回修改" }).click();
    await expect.poll(() => r.getByTestId("report-status").first().textContent()).toBe("已退回");

    // The clerk: the bell has an unread notice, the inbox lists the returned report and where the comments are.
    await signInClerk(e);
    const inbox = e.getByTestId("inbox-clerk");
    await inbox.getByTestId("inbox-open-threads").waitFor();
    expect(await inbox.getByTestId("inbox-open-threads").textContent()).toContain("2条意见待处理");
    await expect
      .poll(() => e.getByTestId("notification-bell").getAttribute("aria-label"))
      .toMatch(/通知（\d+条未读）/);
    await e.screenshot({ path: artifact("review-inbox-clerk-1366.png") });
    expect((await seriousViolations(e)).join("\n")).toBe("");
    await e.getByTestId("notification-bell").click();
    await e
      .getByTestId("notifications")
      .getByText("湾头桥镇2024年度报告已被武冈市司法局审核员退回，请修改")
      .waitFor();
    await e.waitForTimeout(400);
    await e.screenshot({ path: artifact("review-bell-1366.png") });
    await e
      .getByTestId("notifications")
      .getByText("湾头桥镇2024年度报告已被武冈市司法局审核员退回，请修改")
      .click();
    await e.waitForURL(new RegExp(`/reports/${reportId}$`));

    // The returned report says which sections carry comments; the outline shows the count.
    await e.getByTestId("return-reason").getByText("请按意见修改后重新提交").waitFor();
    await e.getByTestId("overview-open-threads").waitFor();
    expect(await e.getByTestId("outline-thread-badge").first().textContent()).toBe("1");
    await e.screenshot({ path: artifact("review-returned-clerk-1366.png") });
    expect((await seriousViolations(e)).join("\n")).toBe("");
    await e.getByTestId("sections-with-comments").getByRole("link").first().click();
    await waitForForm(e);
    const mine = e
      .getByTestId("review-threads")
      .getByTestId("thread")
      .filter({ hasText: "学法次数与台账不一致，请核实" });
    // The field badge focuses the field.
    await mine.getByTestId("thread-field").click();
    await expect
      .poll(() =>
        e.evaluate(() => document.activeElement?.closest("[data-path]")?.getAttribute("data-path") ?? null),
      )
      .toBe("centralGroup.sessions");
    await mine.getByRole("textbox", { name: "回复" }).fill("已按台账改为4次");
    await mine.getByRole("button", { name: "回复" }).click();
    await expect.poll(() => mine.getByRole("textbox", { name: "回复" }).inputValue()).toBe("");
    await mine.getByText("已按台账改为4次", { exact: true }).waitFor();
    expect(await mine.getByRole("button", { name: "标记为已解决" }).count()).toBe(0);
    await e.screenshot({ path: artifact("review-reply-1366.png") });

    // The reviewer is told, reads the reply and resolves; the thread stays, folded under 已解决.
    await r.goto(`${baseUrl()}/`);
    await expect.poll(() => r.getByTestId("notification-bell").getAttribute("aria-label")).toMatch(/未读/);
    await r.goto(sectionUrl);
    await waitForForm(r);
    const theirs = r
      .getByTestId("review-threads")
      .getByTestId("thread")
      .filter({ hasText: "已按台账改为4次" });
    await theirs.getByRole("button", { name: "标记为已解决" }).click();
    await r.getByTestId("show-resolved").waitFor();
    await expect.poll(() => r.getByTestId("review-threads").getByTestId("open-thread-count").count()).toBe(0);
    await r.getByTestId("show-resolved").click();
    await r
      .getByTestId("review-threads")
      .locator('[data-status="resolved"]')
      .getByText("已按台账改为4次")
      .waitFor();
    await r.screenshot({ path: artifact("review-resolved-1366.png") });

    // The clerk's badge for the section is gone (the report-level return reason is still open).
    await e.goto(`${baseUrl()}/reports/${reportId}`);
    await e.getByTestId("return-reason").waitFor();
    await expect.poll(() => e.getByTestId("outline-thread-badge").count()).toBe(0);
  });

  it("on a phone: the clerk's inbox, the bell and the threads", async () => {
    const e = (await browser({ width: 390, height: 844 })).page;
    await signInClerk(e);
    await e.getByTestId("inbox-clerk").waitFor();
    await e.screenshot({ path: artifact("review-inbox-clerk-390.png"), fullPage: true });
    await e.getByTestId("notification-bell").click();
    await e.getByTestId("notifications").getByTestId("notification").first().waitFor();
    await e.waitForTimeout(400);
    await e.screenshot({ path: artifact("review-bell-390.png") });
    await e.keyboard.press("Escape");
    await e.goto(`${baseUrl()}/reports/${reportId}/legal-study`);
    await waitForForm(e);
    await e.getByTestId("review-threads").scrollIntoViewIfNeeded();
    await e.screenshot({ path: artifact("review-threads-390.png") });
    // Mark all read empties the count.
    await e.getByTestId("notification-bell").click();
    await e.getByRole("button", { name: "全部标为已读" }).click();
    await expect.poll(() => e.getByTestId("notification-bell").getAttribute("aria-label")).toBe("通知");
  });

  it("the administrator's inbox names townships not started or late", async () => {
    const a = (await browser()).page;
    await signIn(a, "admin");
    const todo = a.getByTestId("inbox-admin");
    await todo.waitFor();
    // The townships that have not started their 2023 report, by the dashboard's completeness (other spec files
    // may start some, in either order): each is in the inbox as 未开始.
    const admin = apiAs("admin");
    const filters = await admin.query<{ regions: Array<{ id: string; name: string }> }>("dashboard.filters");
    const regionId = filters.regions.find((r) => r.name === "武冈市")!.id;
    const c = await admin.query<{
      rows: Array<{ org: { name: string }; started: number; expected: number }>;
    }>("dashboard.completeness", { regionId, year: 2023 });
    const notStarted = c.rows.filter((r) => r.expected > 0 && r.started === 0).map((r) => r.org.name);
    for (const name of notStarted)
      await todo
        .getByTestId("inbox-township")
        .filter({ hasText: name })
        .filter({ hasText: "2023" })
        .getByText("未开始")
        .waitFor();
    const items = await todo.getByTestId("inbox-township").allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((x) => x.includes("未开始") || x.includes("逾期"))).toBe(true);
    await a.screenshot({ path: artifact("review-inbox-admin-1366.png") });
  });
});
