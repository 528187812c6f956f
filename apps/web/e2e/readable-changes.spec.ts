import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, artifact, baseUrl, launch, reportIdFor, signIn, type Browser } from "./support.ts";

// 邓元泰镇's 2023 report (workflow.spec.ts approves its 2024 one; every-section.spec.ts fills 2023's forms
// through the page, reading what is there).
let reportId: string;
const clerk = apiAs("editor2");

beforeAll(async () => {
  reportId = await reportIdFor("邓元泰镇", 2023);
  const s = await clerk.query<{ data: Record<string, unknown>; revision: number }>("section.get", {
    reportId,
    sectionKey: "legal-study",
  });
  const exam = (s.data.exam ?? {}) as Record<string, unknown>;
  const first = await clerk.mutate<{ revision: number }>("section.save", {
    reportId,
    sectionKey: "legal-study",
    baseRevision: s.revision,
    data: { ...s.data, exam: { ...exam, pass: { numerator: 3, denominator: 4 } } },
  });
  await clerk.mutate("section.save", {
    reportId,
    sectionKey: "legal-study",
    baseRevision: first.revision,
    data: { ...s.data, exam: { ...exam, pass: { numerator: 4, denominator: 4 } } },
  });
});

describe("readable changes", () => {
  let browser: Browser;
  afterAll(() => browser?.close());

  it("the history names the field by its label and prints the rate as the report does", async () => {
    browser = await launch();
    const { page } = browser;
    await signIn(page, "editor2");
    await page.goto(`${baseUrl()}/reports/${reportId}/legal-study`);
    await page.getByTestId("history-button").click();
    const latest = page.getByTestId("history-changes").first();
    await latest.getByRole("row", { name: /合格率\s*3\/4（75%）\s*4\/4（100%）/ }).waitFor();
    // No dot paths anywhere in the drawer.
    expect(await page.getByRole("dialog").textContent()).not.toMatch(/exam\.pass|numerator|denominator/);
    await page.screenshot({ path: artifact("history-readable.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: artifact("history-readable-phone.png") });
  });

  it("the audit log filters on the server, reads as words and exports CSV with a BOM", async () => {
    await browser.close();
    browser = await launch();
    const { page } = browser;
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, "admin");
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole("tab", { name: "审计日志" }).click();
    const log = page.getByTestId("audit-log");
    await log.getByTestId("audit-row").first().waitFor();
    const all = Number((await log.getByTestId("audit-total").textContent())!.replace(/\D/g, ""));

    await log.getByTestId("audit-filter-org").click();
    await page.getByRole("option", { name: "邓元泰镇" }).click();
    await log.getByTestId("audit-filter-action").click();
    await page.getByRole("option", { name: "全部栏目操作" }).click();
    await page.waitForFunction((n) => {
      const el = document.querySelector('[data-testid="audit-total"]');
      return el && Number(el.textContent!.replace(/\D/g, "")) < n;
    }, all);
    const rows = log.getByTestId("audit-row");
    // Both filters applied (the server answers each change of filter).
    await expect
      .poll(async () => (await rows.allTextContents()).every((t) => t.includes("栏目")), { timeout: 10_000 })
      .toBe(true);
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allTextContents()) {
      expect(text).toContain("邓元泰镇");
      expect(text).toMatch(/栏目/);
      expect(text).not.toMatch(/[{}"]/); // never raw JSON
    }
    await rows
      .first()
      .getByRole("row", { name: /状态\s*未填写\s*填报中/ })
      .waitFor()
      .catch(async () => {
        // The first section event may be a completion rather than the first save: any readable status change will do.
        await rows.first().getByRole("row", { name: /状态/ }).first().waitFor();
      });
    await page.screenshot({ path: artifact("audit-log.png") });

    const href = await log.getByTestId("audit-csv").getAttribute("href");
    expect(href).toContain("orgId=");
    const res = await page.request.get(`${baseUrl()}${href}`);
    expect(res.status()).toBe(200);
    const body = await res.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("时间,操作人,操作,单位,年度,栏目,修改内容");
    expect(
      lines
        .slice(1)
        .filter(Boolean)
        .every((l) => l.includes("邓元泰镇")),
    ).toBe(true);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: artifact("audit-log-phone.png") });
  });
});
