/**
 * Issue 16: publication after approval. The reviewer approves 稠树塘镇's 2023 report (submitted in the demo;
 * no other spec file changes it); the administrator records the secrecy review (保密审查) with a passage
 * withheld and publishes; a visitor who is not signed in opens /public, finds the report under 武冈市 and
 * 2023, reads its HTML without the withheld passage and gets its PDF — and reaches nothing unpublished.
 */
import { afterAll, describe, expect, it } from "vitest";
import { apiAs, artifact, baseUrl, confirmIn, launch, reportIdFor, signIn, type Browser } from "./support.ts";

const open: Browser[] = [];
afterAll(async () => {
  for (const b of open) await b.close();
});
async function browser(): Promise<Browser> {
  const b = await launch();
  open.push(b);
  return b;
}

describe("approve, review for secrecy, publish, read signed out", () => {
  it("publishes an approved report after its secrecy review; the public page lists it, without the withheld passage", async () => {
    const reportId = await reportIdFor("稠树塘镇", 2023);
    const unpublished = await reportIdFor("荆竹铺镇", 2023);
    // A passage of the report as it reads now (its first long paragraph).
    const md = await apiAs("admin").query<{ content: string }>("document.render", { reportId, format: "md" });
    const passage = md.content
      .split("\n")
      .find((l) => l.length > 60 && !l.startsWith("#") && !l.startsWith("*"))!
      .slice(6, 24);

    // The reviewer approves.
    const reviewer = await browser();
    await signIn(reviewer.page, "reviewer");
    await reviewer.page.goto(`${baseUrl()}/reports/${reportId}`);
    await reviewer.page.getByRole("button", { name: "审核通过" }).click();
    await confirmIn(reviewer.page, "审核通过？", "审核通过");
    await expect
      .poll(() => reviewer.page.getByTestId("report-status").first().textContent(), { timeout: 15_000 })
      .toBe("已通过");

    // The administrator records the secrecy review and publishes.
    const admin = await browser();
    await signIn(admin.page, "admin");
    const a = admin.page;
    await a.goto(`${baseUrl()}/reports/${reportId}`);
    const panel = a.getByTestId("publication-panel");
    await panel.getByRole("button", { name: "公开" }).waitFor();
    expect(await panel.getByRole("button", { name: "公开" }).isDisabled()).toBe(true);
    await panel.getByLabel("保密审查人").fill("武冈市保密办 李某");
    await panel.getByLabel("审查日期").fill("2024-03-25");
    await panel.getByLabel("不予公开的内容").fill(passage);
    await panel.getByRole("button", { name: "记录保密审查" }).click();
    await panel
      .getByTestId("secrecy-review")
      .getByText("已由武冈市保密办 李某于2024-03-25完成保密审查，不予公开1处")
      .waitFor();
    await panel.getByRole("button", { name: "公开" }).click();
    await panel.getByTestId("published").waitFor();
    await a.screenshot({ path: artifact("publication-admin.png"), fullPage: true });

    // Signed out: the public page.
    const visitor = await browser();
    const v = visitor.page;
    await v.goto(`${baseUrl()}/public`);
    await v.getByRole("heading", { name: "法治政府建设年度报告" }).waitFor();
    const row = v.getByTestId("public-report-稠树塘镇-2023");
    await row.waitFor();
    expect(
      await v.getByTestId("public-region-武冈市").getByRole("heading", { name: "2023年度" }).count(),
    ).toBe(1);
    expect(await v.getByTestId("public-report-荆竹铺镇-2023").count()).toBe(0);
    await v.screenshot({ path: artifact("publication-public.png"), fullPage: true });
    await v.setViewportSize({ width: 390, height: 844 });
    await v.screenshot({ path: artifact("publication-public-mobile.png"), fullPage: true });

    // Its HTML: the report, the passage withheld, no 草稿 mark (it is approved).
    const htmlHref = await row.getByRole("link", { name: /HTML/ }).getAttribute("href");
    const pdfHref = await row.getByRole("link", { name: /PDF/ }).getAttribute("href");
    const html = await visitor.context.request.get(`${baseUrl()}${htmlHref}`);
    expect(html.status()).toBe(200);
    const text = await html.text();
    expect(text).toContain("稠树塘镇");
    expect(text).toContain("×××");
    expect(text).not.toContain(passage);
    expect(text).not.toContain(`class="nb-draft-mark"`);
    await v.goto(`${baseUrl()}${htmlHref}`);
    await v.screenshot({ path: artifact("publication-public-document.png") });

    // Its PDF.
    const pdf = await visitor.context.request.get(`${baseUrl()}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // Nothing unpublished is reachable signed out: the same 404 as an unknown report; the signed-in routes refuse.
    for (const id of [unpublished, "00000000-0000-4000-8000-000000000000"]) {
      const res = await visitor.context.request.get(`${baseUrl()}/api/public/reports/${id}/document.html`);
      expect(res.status()).toBe(404);
    }
    expect(
      (await visitor.context.request.get(`${baseUrl()}/api/reports/${unpublished}/document.html`)).status(),
    ).toBe(401);
  }, 120_000);
});
