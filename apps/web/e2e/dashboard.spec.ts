import { readFileSync } from "node:fs";
import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, baseUrl, getSection, launch, reportIdFor, signIn, type Browser } from "./support.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  // The county's reviewer: reads and reviews every township of 武冈市.
  await signIn(browser.page, "reviewer");
});
afterAll(() => browser?.close());

describe("the dashboard", () => {
  it("shows completeness and metrics, filters, downloads the XLSX, and drills down to a township's report", async () => {
    const { page } = browser;
    // From the header's navigation, as a reviewer finds it.
    await page.getByRole("link", { name: "数据看板" }).first().click();
    await page.waitForURL(/\/dashboard/);
    await page.getByRole("heading", { name: "数据看板 · 武冈市" }).waitFor();
    // The dashboard opens on the latest year; year-template.spec.ts may have published 2025 (empty) before
    // this file runs, so pin the year whose demo numbers this test knows.
    await page.goto(`${baseUrl()}/dashboard?year=2024`);
    await page.getByRole("heading", { name: "数据看板 · 武冈市" }).waitFor();
    const completeness = page.getByRole("table", { name: "报送情况" });
    await completeness.getByRole("link", { name: "稠树塘镇" }).waitFor();
    const metrics = page.getByRole("table", { name: "数据汇总" });
    await metrics.getByRole("rowheader", { name: "合计" }).waitFor();
    // In 2024 all 6 townships are expected to report.
    expect(await completeness.getByRole("row").count()).toBe(7);
    expect(await metrics.locator("[data-miss=true]").count()).toBeGreaterThan(0);
    await page.getByTestId("metric-chart").locator(".recharts-bar-rectangle").first().waitFor();
    // This year's bars follow the target rule: red only below the target, never where it is met.
    const bars = page.getByTestId("metric-chart").locator(".recharts-bar-rectangle path");
    const fills = await bars.evaluateAll((els) => els.map((e) => e.getAttribute("fill")));
    expect(fills.some((f) => f?.includes("red") || f?.includes("teal"))).toBe(true);
    await page.screenshot({ path: artifact("dashboard.png"), fullPage: true });

    // Filter: the year 2023 and one section.
    await page.getByRole("combobox", { name: "年度" }).click();
    await page.getByRole("option", { name: "2023年度" }).click();
    await page.waitForURL(/year=2023/);
    await page.getByText("报送截止：2024年3月1日").waitFor();
    await page.getByRole("combobox", { name: "栏目", exact: true }).click();
    await page.getByRole("option", { name: "依法化解矛盾纠纷方面" }).click();
    await page.waitForURL(/section=dispute-resolution/);
    await metrics.getByRole("columnheader", { name: "依法化解矛盾纠纷方面" }).waitFor();
    await metrics.getByRole("columnheader", { name: /矛盾纠纷化解率/ }).waitFor();
    expect(await metrics.getByRole("columnheader", { name: /中心组学法次数/ }).count()).toBe(0);
    await page.screenshot({ path: artifact("dashboard-filtered.png"), fullPage: true });

    // Download the metrics table as XLSX and read it back.
    await page.getByRole("button", { name: "下载" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "数据汇总 · Excel (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("武冈市-2023-数据汇总.xlsx");
    const file = artifact("dashboard-2023.xlsx");
    await download.saveAs(file);
    const [sheet] = await readXlsxFile(readFileSync(file));
    const rows = sheet!.data;
    expect(rows[0]![0]).toBe("武冈市 2023");
    expect(rows[0]!.slice(1).every((h) => h === "依法化解矛盾纠纷方面")).toBe(true);
    expect(rows[1]).toContain("矛盾纠纷化解率（%）");
    expect(rows.map((r) => r[0])).toEqual([
      "武冈市 2023",
      "单位",
      "文坪镇",
      "水西门街道",
      "湾头桥镇",
      "稠树塘镇",
      "荆竹铺镇",
      "邓元泰镇",
      "合计",
      "目标",
    ]);
    // 水西门街道 has no 2023 report in the demo: an empty row — unless ledger-import.spec.ts, which files its
    // ledger into that report's dispute-resolution section, ran first (spec files run in either order).
    const shuiximen = await getSection(await reportIdFor("水西门街道", 2023), "dispute-resolution");
    expect(rows[3]!.slice(1).some((v) => v !== null)).toBe(shuiximen.revision > 0);
    const coverage = rows[1]!.indexOf("村法律顾问覆盖率（%）");
    // numbers are numbers; a rate brings its numerator and denominator
    expect(rows[8]![coverage]).toBe(100);
    expect(rows[1]![coverage + 1]).toBe("村法律顾问覆盖率（分子）");
    expect(typeof rows[8]![coverage + 2]).toBe("number");

    // Drill down: county → township → the township's report.
    await metrics.getByRole("link", { name: "稠树塘镇" }).click();
    await page.waitForURL(/\/dashboard\/townships\/[0-9a-f-]{36}\?year=2023$/);
    await page.getByRole("heading", { name: "稠树塘镇 2023年度数据" }).waitFor();
    await page.getByRole("columnheader", { name: "武冈市合计" }).waitFor();
    await page.screenshot({ path: artifact("dashboard-township.png"), fullPage: true });
    await page.getByRole("link", { name: "打开报告" }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    await page.getByRole("navigation", { name: "报告提纲" }).getByText("一、工作开展情况").waitFor();
  });

  it("flags a township's large jump from last year", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/dashboard?year=2024`);
    await page.getByRole("table", { name: "报送情况" }).getByRole("link", { name: "稠树塘镇" }).click();
    await page.getByRole("heading", { name: "稠树塘镇 2024年度数据" }).waitFor();
    await page.getByText(/项指标与上年相比变化较大/).waitFor();
    expect(await page.getByTestId("jump").count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifact("dashboard-township-jump.png"), fullPage: true });
  });
});
