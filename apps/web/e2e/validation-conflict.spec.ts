import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  artifact,
  baseUrl,
  getSection,
  launch,
  reportIdFor,
  signIn,
  waitForForm,
  type Browser,
} from "./support.ts";

let browser: Browser;
let reportId: string;
beforeAll(async () => {
  browser = await launch();
  await signIn(browser.page, "editor");
  // 2024's report, so that this file never touches the 2023 data legal-study.spec.ts expects.
  reportId = await reportIdFor("荆竹铺镇", 2024);
});
afterAll(() => browser?.close());

const sectionUrl = () => `${baseUrl()}/reports/${reportId}/legal-study`;

describe("saving safely", () => {
  it("shows the field error of a numerator above its denominator and saves nothing", async () => {
    const { page } = browser;
    const before = await getSection(reportId, "legal-study");
    await page.goto(sectionUrl());
    await waitForForm(page);
    const form = page.getByTestId("section-form");

    await form.getByLabel("参训率 应参训人数", { exact: true }).fill("50");
    await form.getByLabel("参训率 实际参训人数", { exact: true }).fill("200");
    await form.getByLabel("参训率 实际参训人数", { exact: true }).press("Tab");
    await form.getByText("分子不能大于分母").waitFor();

    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText("请先更正标出的字段，再保存。").waitFor();
    expect(await page.getByTestId("save-status").textContent()).toContain("有错误");
    // Longer than the autosave delay: an invalid form is never saved.
    await page.waitForTimeout(3_000);
    expect((await getSection(reportId, "legal-study")).revision).toBe(before.revision);

    // Nothing typed is lost: opening the section again brings the invalid edit back (kept in the browser);
    // discarding it shows the saved version again.
    await page.goto(sectionUrl());
    await page.getByTestId("restored-notice").waitFor();
    const attended = () =>
      page.getByTestId("section-form").getByLabel("参训率 实际参训人数", { exact: true });
    expect(await attended().inputValue()).toBe("200");
    await page.getByTestId("discard-kept").click();
    await page.getByTestId("restored-notice").waitFor({ state: "detached" });
    expect(await attended().inputValue()).not.toBe("200");
    expect((await getSection(reportId, "legal-study")).revision).toBe(before.revision);
  });

  it("shows a conflict when the section was saved behind the page's back, keeps the edits, and loads the latest on request", async () => {
    const { page } = browser;
    await page.goto(sectionUrl());
    await waitForForm(page);
    const sessions = page.getByTestId("section-form").getByLabel("全年安排法律知识学习");

    // Someone else saves the section (the page still holds the revision it loaded).
    const current = await getSection(reportId, "legal-study");
    const theirs = { ...current.data, centralGroup: { ...current.data.centralGroup, sessions: 9 } };
    const saved = await api.mutate<{ revision: number }>("section.save", {
      reportId,
      sectionKey: "legal-study",
      baseRevision: current.revision,
      data: theirs,
    });
    expect(saved.revision).toBe(current.revision + 1);

    await sessions.fill("7");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    const conflict = page.getByTestId("conflict-alert");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("本栏目已被荆竹铺镇填报员更新");
    // The other person's version, field by field, beside the edits on screen.
    await conflict
      .getByTestId("conflict-diff")
      .getByRole("row", { name: /全年安排法律知识学习\s*9次\s*7次/ })
      .waitFor();
    expect(await sessions.inputValue()).toBe("7");
    await page.screenshot({ path: artifact("conflict.png") });

    // Nothing is overwritten while the conflict is shown, not even by the autosave.
    await page.waitForTimeout(3_000);
    const server = await getSection(reportId, "legal-study");
    expect(server.revision).toBe(saved.revision);
    expect(server.data.centralGroup.sessions).toBe(9);
    expect(await sessions.inputValue()).toBe("7");

    await conflict.getByRole("button", { name: "载入最新内容" }).click();
    await expect.poll(() => sessions.inputValue()).toBe("9");
    await conflict.waitFor({ state: "detached" });
    expect(await page.getByTestId("save-status").textContent()).toMatch(/已保存/);
  });

  it("autosaves a valid edit about two seconds after typing stops", async () => {
    const { page } = browser;
    await page.goto(sectionUrl());
    await waitForForm(page);
    const before = await getSection(reportId, "legal-study");
    await page.getByTestId("section-form").getByLabel("全年安排法律知识学习").fill("5");
    await expect
      .poll(() => page.getByTestId("save-status").textContent(), { timeout: 10_000 })
      .toMatch(/已保存 \d{2}:\d{2}/);
    const after = await getSection(reportId, "legal-study");
    expect(after.revision).toBe(before.revision + 1);
    expect(after.data.centralGroup.sessions).toBe(5);
  });

  it("keeps the edit of a complete section that raises a new warning as a draft, and says why beside the save status", async () => {
    const { page } = browser;
    // The section complete with every target met (no warning, so no note).
    const complete = async () => {
      const current = await getSection(reportId, "legal-study");
      const training = current.data.training as { participation: { denominator: number } };
      const done = await api.mutate<{ status: string }>("section.save", {
        reportId,
        sectionKey: "legal-study",
        baseRevision: current.revision,
        data: {
          ...current.data,
          centralGroup: { ...current.data.centralGroup, sessions: 12 },
          training: {
            ...training,
            participation: {
              numerator: training.participation.denominator,
              denominator: training.participation.denominator,
            },
          },
        },
        complete: true,
        note: null,
      });
      expect(done.status).toBe("complete");
    };
    for (const [name, viewport] of [
      ["save-notice.png", { width: 1366, height: 768 }],
      ["save-notice-mobile.png", { width: 390, height: 844 }],
    ] as const) {
      await complete();
      await page.setViewportSize(viewport);
      await page.goto(sectionUrl());
      await waitForForm(page);
      const before = await getSection(reportId, "legal-study");
      // Fewer sessions than the target: a new warning, and no note accepting it.
      await page
        .getByTestId("section-form")
        .getByLabel("全年安排法律知识学习")
        .fill(name.includes("mobile") ? "1" : "0");
      const notice = page.getByTestId("save-notice");
      await notice.waitFor({ timeout: 10_000 });
      expect(await notice.textContent()).toContain("中心组学法次数未达到本年度目标");
      expect(await notice.isVisible()).toBe(true);
      const after = await getSection(reportId, "legal-study");
      expect(after.revision).toBe(before.revision + 1);
      expect(after.status).toBe("draft");
      await page.screenshot({ path: artifact(name) });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
