/**
 * Issue 4: an administrator creates 2025 from a copy of 2023, disables one section and swaps two others,
 * publishes; 荆竹铺镇's form list and the rendered report follow with the numbering recomputed. The
 * township carries a section forward from 2024; a revision then disables that section, and its data is
 * kept (hidden, listed on the overview).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  artifact,
  baseUrl,
  confirmIn,
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

describe("year templates", () => {
  it("a new year with a disabled and two swapped sections reaches the township's form list and report", async () => {
    const { page } = browser;
    await signIn(page, "admin");
    await page.getByRole("link", { name: "年度模板管理" }).click();
    await page.getByRole("heading", { name: "年度模板管理" }).waitFor();
    await page.getByRole("link", { name: "编辑 2023" }).waitFor();

    // New year 2025 from a copy of 2023.
    await page.getByRole("textbox", { name: "年度" }).fill("2025");
    await page.getByRole("combobox", { name: "从何开始" }).click();
    await page.getByRole("option", { name: "复制 2023年度（武冈市）" }).click();
    await page.screenshot({ path: artifact("admin-years.png"), fullPage: true });
    await page.getByRole("button", { name: "创建年度" }).click();
    await page.getByRole("heading", { name: "武冈市 2025年度报告模板" }).waitFor();
    await page.getByText("草稿（未发布）").waitFor();

    // Disable 优化法治化营商环境 and swap the first two topical sections.
    const business = page.getByTestId("section-row-business-environment");
    await business.getByRole("switch", { name: "启用" }).click();
    await business.getByText("已停用（不出现在表单和报告中）", { exact: false }).waitFor();
    await page.getByTestId("section-row-legal-study").getByRole("button", { name: "下移" }).click();
    expect(
      await page.getByTestId("section-row-government-functions").locator("p").first().textContent(),
    ).toBe("（一）");
    expect(await page.getByTestId("section-row-legal-study").locator("p").first().textContent()).toBe(
      "（二）",
    );
    expect(await page.getByTestId("section-row-law-enforcement").locator("p").first().textContent()).toBe(
      "（五）",
    );

    // A target for the year through the plugin's settings form.
    const legal = page.getByTestId("section-row-legal-study");
    await legal.getByRole("button", { name: "年度设置" }).click();
    await legal.getByLabel("中心组学法不少于（次）").fill("6");
    await page.screenshot({ path: artifact("admin-year-outline.png"), fullPage: true });

    // Publishing needs a deadline.
    await page.getByRole("tab", { name: "报送与格式" }).click();
    await page.getByLabel("报送截止日期").fill("2099-03-01");
    await page.getByLabel("主送机关").fill("市委、市政府：");
    await page.screenshot({ path: artifact("admin-year-assignment.png"), fullPage: true });
    await page.getByRole("button", { name: "发布", exact: true }).click();
    const publishing = page.getByRole("dialog", { name: "发布2025年度？" });
    await publishing.getByText("截止日期：2099-03-01", { exact: false }).waitFor();
    await page.screenshot({ path: artifact("admin-year-confirm-publish.png") });
    await confirmIn(page, "发布2025年度？", "发布");
    await page.getByText("已发布，模板冻结为第1版").waitFor();
    await page.getByText("本年度已发布，模板已冻结", { exact: false }).waitFor();

    // The township follows the template.
    // The township's editor sees the new year.
    await signIn(page, "editor");
    const reportId = await reportIdFor("荆竹铺镇", 2025);
    await page.goto(`${baseUrl()}/reports/${reportId}`);
    const nav = page.getByRole("navigation", { name: "报告提纲" });
    await nav.getByRole("link", { name: /（一）依法全面履行政府职能方面/ }).waitFor();
    const links = (await nav.getByRole("link").allTextContents()).map((s) =>
      s.replace(/\s*\*?(未填写|草稿|已完成).*$/, ""),
    );
    expect(links.filter((l) => l.startsWith("（"))).toEqual([
      "（一）依法全面履行政府职能方面",
      "（二）强化法治思维和依法行政能力方面",
      "（三）完善依法执政制度体系方面",
      "（四）健全依法决策机制方面",
      "（五）严格规范公正文明执法方面",
      "（六）强化行政权力监督制约方面",
      "（七）全面推进政务公开",
      "（八）依法化解矛盾纠纷方面",
      "（九）加强组织领导方面",
    ]);
    const preview = page.getByTestId("document-preview");
    await preview.getByText("市委、市政府：").waitFor();
    await preview.getByText("（一）依法全面履行政府职能方面").waitFor();
    await preview.getByText("（二）强化法治思维和依法行政能力方面").waitFor();
    expect(await preview.getByText("优化法治化营商环境").count()).toBe(0);
    await page.screenshot({ path: artifact("township-follows-template.png") });

    // Carry forward: last year's section beside this year's form, then 从上年导入.
    await nav.getByRole("link", { name: /（二）强化法治思维和依法行政能力方面/ }).click();
    const previous = page.getByTestId("previous-year");
    await previous.getByText("上年度（2024年）本栏目内容").waitFor();
    await previous.getByText("民法典、行政执法网络培训班", { exact: false }).waitFor();
    await page.getByTestId("section-form").getByLabel("全年安排法律知识学习").waitFor();
    // Last year's figure set to a known value first: validation-conflict.spec.ts edits 荆竹铺镇 2024 too, and
    // spec files may run in either order.
    const lastYearId = await reportIdFor("荆竹铺镇", 2024);
    const lastYear = await getSection(lastYearId, "legal-study");
    await api.mutate("section.save", {
      reportId: lastYearId,
      sectionKey: "legal-study",
      baseRevision: lastYear.revision,
      data: { ...lastYear.data, centralGroup: { ...lastYear.data.centralGroup, sessions: 5 } },
      complete: false,
    });
    const sessions = "5";
    await page.reload();
    await previous.getByText("民法典、行政执法网络培训班", { exact: false }).waitFor();
    await previous.getByRole("button", { name: "从上年导入" }).click();
    await page
      .getByRole("dialog", { name: "从上年导入？" })
      .getByText("当前内容保留在修订记录中，可以随时恢复。")
      .waitFor();
    await confirmIn(page, "从上年导入？", "从上年导入");
    await expect
      .poll(() => page.getByTestId("section-form").getByLabel("全年安排法律知识学习").inputValue(), {
        timeout: 15_000,
      })
      .toBe(sessions);
    await page.getByTestId("section-form").getByRole("textbox", { name: "培训班名称 1" }).waitFor();
    expect(
      await page.getByTestId("section-form").getByRole("textbox", { name: "培训班名称 2" }).inputValue(),
    ).toBe("行政执法网络培训班");
    // The year's target reaches the checks (5 sessions < 6).
    await page.getByTestId("checks").getByText("中心组学法次数未达到本年度目标（不少于6次）").waitFor();
    await page.screenshot({ path: artifact("carry-forward.png") });
  });

  it("a revision that disables a section with data says so, and the township's data is kept and listed as hidden", async () => {
    const { page } = browser;
    await signIn(page, "admin");
    await page.goto(`${baseUrl()}/admin/years`);
    await page.getByRole("link", { name: "编辑 2025" }).click();
    await page.getByRole("heading", { name: "武冈市 2025年度报告模板" }).waitFor();
    await page.getByTestId("section-row-legal-study").getByRole("switch", { name: "启用" }).click();
    await page.getByRole("button", { name: "预览修订影响" }).click();
    const changes = page.getByTestId("revision-changes");
    await changes
      .getByText(
        "停用栏目“强化法治思维和依法行政能力方面”：已填报的1个乡镇的数据保留（隐藏，重新启用即可恢复）",
      )
      .waitFor();
    await page.waitForTimeout(400); // the modal fades in
    await page.screenshot({ path: artifact("admin-revision.png") });
    await page.getByRole("button", { name: "确认发布修订" }).click();
    await page.getByText("已发布第2版").waitFor();
    await page.getByRole("tab", { name: "修订记录" }).click();
    await page.getByText("第2版", { exact: false }).first().waitFor();

    const reportId = await reportIdFor("荆竹铺镇", 2025);
    await page.goto(`${baseUrl()}/reports/${reportId}`);
    const nav = page.getByRole("navigation", { name: "报告提纲" });
    await nav.getByRole("link", { name: /（一）依法全面履行政府职能方面/ }).waitFor();
    await nav.getByRole("link", { name: /（二）完善依法执政制度体系方面/ }).waitFor();
    expect(await nav.getByText("强化法治思维和依法行政能力方面").count()).toBe(0);
    await page
      .getByTestId("hidden-sections")
      .getByText("强化法治思维和依法行政能力（legal-study）", { exact: false })
      .waitFor();
    await page.getByTestId("document-preview").getByText("（一）依法全面履行政府职能方面").waitFor();
    await page.screenshot({ path: artifact("township-hidden-section.png") });
  });
});
