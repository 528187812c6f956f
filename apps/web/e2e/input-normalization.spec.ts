import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, baseUrl, getSection, launch, reportIdFor, signIn, type Browser } from "./support.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("what a clerk types and pastes is normalised, never dropped", () => {
  it("takes full-width digits in number fields and gives pasted Word text Chinese punctuation", async () => {
    const { page } = browser;
    await signIn(page, "editor");
    const reportId = await reportIdFor("荆竹铺镇", 2024);
    await page.goto(`${baseUrl()}/reports/${reportId}/dispute-resolution`);
    const form = page.getByTestId("section-form");
    await form.getByLabel("排查矛盾纠纷").waitFor();

    // Full-width digits, as a Chinese input method types them.
    const screened = form.getByLabel("排查矛盾纠纷");
    await screened.fill("");
    await screened.focus();
    await page.keyboard.insertText("４２");
    expect(await screened.inputValue()).toBe("42");

    // A number pasted with a full-width separator.
    const paste = (selector: string, text: string) =>
      page.evaluate(
        ([sel, value]) => {
          const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel!)!;
          el.focus();
          el.select();
          const data = new DataTransfer();
          data.setData("text/plain", value!);
          el.dispatchEvent(
            new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
          );
        },
        [selector, text],
      );
    await paste('input[data-path="resolution.denominator"]', "１，２００");
    expect(await form.getByLabel("化解率 受理数", { exact: true }).inputValue()).toMatch(/^1,?200$/);

    // Text from Word: half-width commas, a tab, a non-breaking space and a wrapped line.
    await paste(
      'textarea[data-path="outcome"]',
      "有力地维护了全镇社会和谐稳定,\u00a0群众满意度\t明显提升\n达98.5%.",
    );
    expect(await form.getByLabel("工作成效").inputValue()).toBe(
      "有力地维护了全镇社会和谐稳定，群众满意度明显提升达98.5%。",
    );
    await page.screenshot({ path: artifact("input-normalization.png") });

    await expect
      .poll(
        async () => {
          const { data } = await getSection(reportId, "dispute-resolution");
          return (data.screened as { value: number | null } | undefined)?.value;
        },
        { timeout: 15_000 },
      )
      .toBe(42);
    const saved = await getSection(reportId, "dispute-resolution");
    expect(saved.data.outcome).toBe("有力地维护了全镇社会和谐稳定，群众满意度明显提升达98.5%。");
  });
});
