/**
 * Issue 3: walk every section's form of a 2023 report, enter the plugin's fixture values (the reference
 * report's content) into the form's fields, save, and find them in the whole-report preview.
 * Runs on 邓元泰镇, whose 2023 report starts empty, so every value on screen was typed by this test.
 */
import { demoFixtures } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiAs,
  artifact,
  baseUrl,
  getSection,
  launch,
  reportIdFor,
  signIn,
  type Browser,
} from "./support.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

function at(value: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string, unknown>)[k]), value);
}

interface OutlineSection {
  key: string;
  pluginId: string;
  numbering: string | null;
  heading: string | null;
}

const SCREENSHOTS = new Set(["government-functions", "dispute-resolution", "problems"]);

describe("every section of the 2023 report can be filled from its form", () => {
  it("enters each plugin's reference values, saves, and the preview shows them", async () => {
    const { page } = browser;
    await signIn(page, "editor2");
    const reportId = await reportIdFor("邓元泰镇", 2023);
    const report = await apiAs("editor2").query<{ outline: Array<{ sections: OutlineSection[] }> }>(
      "report.byId",
      { reportId },
    );
    const sections: OutlineSection[] = report.outline.flatMap((p) => p.sections);
    expect(sections).toHaveLength(13);

    for (const section of sections) {
      const fixture = demoFixtures[section.pluginId]?.jingzhupu2023;
      expect(fixture, `fixture for ${section.pluginId}`).toBeDefined();
      await page.goto(`${baseUrl()}/reports/${reportId}/${section.key}`);
      const form = page.getByTestId("section-form");
      await form.locator("textarea:visible, input:visible").first().waitFor({ timeout: 60_000 }); // lazy form chunk; slow CI machines

      // Every text, textarea and number field that has a value in the fixture gets it typed in.
      const typed: string[] = [];
      let entered = 0;
      const fields = form.locator(
        "input[data-path]:visible:not([role=combobox]):not([type=checkbox]):not([readonly]), textarea[data-path]:visible",
      );
      const count = await fields.count();
      for (let i = 0; i < count; i++) {
        const field = fields.nth(i);
        const value = at(fixture, (await field.getAttribute("data-path"))!);
        if (typeof value === "number" || (typeof value === "string" && value !== "")) {
          await field.fill(String(value));
          await field.blur();
          entered += 1;
          if (typeof value === "string") typed.push(value);
        }
      }

      // Yes/no switches and checklists are set as the fixture says.
      const boxes = form.locator("input[type=checkbox][data-path]");
      for (let i = 0; i < (await boxes.count()); i++) {
        const box = boxes.nth(i);
        const value = at(fixture, (await box.getAttribute("data-path"))!);
        if (typeof value === "boolean" && (await box.isChecked()) !== value) {
          await box.setChecked(value, { force: true });
          entered += 1;
        }
      }
      expect(entered, `${section.key}: fields entered`).toBeGreaterThan(0);

      if (SCREENSHOTS.has(section.key))
        await page.screenshot({ path: artifact(`form-${section.key}.png`), fullPage: false });
      await page.getByRole("button", { name: "保存", exact: true }).click();
      await expect
        .poll(() => page.getByTestId("save-status").textContent(), { timeout: 10_000 })
        .toMatch(/已保存/);
      const saved = await getSection(reportId, section.key);
      expect(saved.revision, section.key).toBeGreaterThanOrEqual(1);

      // What was typed reaches the whole-report preview: the longest typed prose (its first 8 characters,
      // since a renderer may join a fragment into a longer sentence) and no placeholder for this section.
      await page.getByRole("tab", { name: "全文预览" }).click();
      const preview = page.getByTestId("document-preview");
      const longest =
        [...typed]
          .sort((a, b) => b.length - a.length)[0]
          ?.replace(/\s+/g, "")
          .slice(0, 8) ?? "";
      await expect
        .poll(async () => ((await preview.textContent()) ?? "").replace(/\s+/g, ""), { timeout: 10_000 })
        .toContain(longest);
      expect(
        await preview.locator(`.nb-placeholder[data-section="${section.key}"]`).count(),
        section.key,
      ).toBe(0);
      if (section.heading)
        expect(await preview.textContent()).toContain(`${section.numbering}${section.heading}`);
    }
  }, 300_000);
});
