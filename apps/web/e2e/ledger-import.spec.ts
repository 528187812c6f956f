/**
 * Issue 8: a township imports its dispute ledger (矛盾纠纷排查调处台账) into the dispute-resolution section
 * through the plugin's own procedure. Runs on 水西门街道's 2023 report (no other spec edits its section).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, artifact, baseUrl, confirmIn, launch, reportIdFor, signIn, type Browser } from "./support.ts";

/** 水西门街道's editor. */
const api = apiAs("editor3");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await signIn(browser.page, "editor3");
});
afterAll(() => browser?.close());

const csv = (name: string, lines: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}`),
});

interface Section {
  revision: number;
  data: { ledger?: Array<{ result: string }> };
}

describe("dispute ledger import", () => {
  it("refuses a bad file with row-level errors and stores nothing; imports a good one and the counts follow", async () => {
    const { page } = browser;
    const reportId = await reportIdFor("水西门街道", 2023);
    const get = () => api.query<Section>("section.get", { reportId, sectionKey: "dispute-resolution" });
    const before = await get();

    await page.goto(`${baseUrl()}/reports/${reportId}/dispute-resolution`);
    const ledger = page.getByTestId("ledger");
    await ledger.waitFor({ timeout: 60_000 });
    const input = page.getByLabel("导入台账（XLSX/CSV）");

    // A file with bad rows: every bad row named, nothing stored.
    await input.setInputFiles(
      csv("台账-有误.csv", [
        "日期,当事人,纠纷类型,调处结果",
        "2023-01-09,张某与李某,邻里纠纷,已化解",
        "2023-02-30,王某与赵某,劳资纠纷,已化解",
        "2023-03-01,,合同纠纷,差不多",
      ]),
    );
    // The import asks first, saying what it replaces.
    await page
      .getByRole("dialog", { name: "导入台账？" })
      .getByText("文件“台账-有误.csv”中的记录将替换", { exact: false })
      .waitFor();
    await confirmIn(page, "导入台账？", "导入台账（XLSX/CSV）");
    const error = page.getByTestId("ledger-error");
    await error.getByText("台账有2行不正确，未导入任何记录。请修改后重新导入。").waitFor();
    expect(await error.textContent()).toContain("第3行“日期”（2023-02-30）：日期格式不正确");
    expect(await error.textContent()).toContain("第4行“当事人”：请填写当事人");
    expect(await error.textContent()).toContain("第4行“调处结果”（差不多）");
    await page.screenshot({ path: artifact("ledger-import-errors.png"), fullPage: true });
    expect((await get()).revision).toBe(before.revision);

    // Too big (checked in the browser before uploading) and the wrong type (refused by the server).
    await input.setInputFiles({
      name: "大文件.csv",
      mimeType: "text/csv",
      buffer: Buffer.alloc(3 * 1024 * 1024, 0x41),
    });
    await expect.poll(() => error.textContent()).toContain("文件过大：上限为2 MB");
    await input.setInputFiles({
      name: "照片.png",
      mimeType: "image/png",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    });
    await confirmIn(page, "导入台账？", "导入台账（XLSX/CSV）");
    await expect.poll(() => error.textContent()).toContain("不支持的文件类型“照片.png”");
    expect((await get()).revision).toBe(before.revision);

    // A good file: stored as a new revision; the counts, the preview and the metrics come from the ledger.
    await input.setInputFiles(
      csv("台账.csv", [
        "日期,当事人,纠纷类型,调处结果",
        "2023-01-09,张某某与李某某,邻里纠纷,已化解",
        "2023/3/15,王某与某建筑公司,劳资纠纷,调解成功",
        "2023年5月20日,刘某某与刘某,婚姻家庭纠纷,调解成功",
        "2023-08-02,陈某与赵某,土地山林纠纷,调解不成功",
        "2023-11-28,周某与吴某,邻里纠纷,正在调解",
      ]),
    );
    await confirmIn(page, "导入台账？", "导入台账（XLSX/CSV）");
    await page
      .getByTestId("ledger-summary")
      .getByText("台账共5起，已化解3起，调处中1起，未化解1起")
      .waitFor({ timeout: 30_000 });
    await page.getByTestId("ledger").getByText("王某与某建筑公司").waitFor();
    const after = await get();
    expect(after.revision).toBe(before.revision + 1);
    expect(after.data.ledger?.map((r) => r.result)).toEqual([
      "已化解",
      "已化解",
      "已化解",
      "未化解",
      "调处中",
    ]);
    const metrics = await api.query<
      Array<{ sectionKey: string; key: string; numerator: number | null; denominator: number | null }>
    >("report.metrics", { reportId });
    expect(
      metrics.find((m) => m.sectionKey === "dispute-resolution" && m.key === "resolutionRate"),
    ).toMatchObject({ numerator: 3, denominator: 5 });
    const preview = page.getByTestId("document-preview");
    await expect
      .poll(() => preview.textContent())
      .toContain("共排查各类矛盾纠纷5起，调处5起，成功化解3起，化解率60%");
    await page.screenshot({ path: artifact("ledger-import.png"), fullPage: true });
  });
});
