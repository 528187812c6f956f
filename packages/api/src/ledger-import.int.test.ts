import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import writeXlsxFile from "write-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { createCaller } from "./root.ts";
import { rejection, seededApi } from "./test-support.ts";
import type { DomainError } from "./errors.ts";

/**
 * The dispute-resolution plugin's own procedure, mounted by the core at plugins.dispute-resolution.importLedger:
 * a township imports its 矛盾纠纷排查调处台账 from XLSX or CSV; the section's counts come from the ledger;
 * a bad file is refused with row-level errors and nothing is stored.
 */
const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
const sectionKey = "dispute-resolution";
let t: TestDatabase;
let api: ReturnType<typeof createCaller>;
let reportId: string;

const b64 = (data: string | Uint8Array) => Buffer.from(data).toString("base64");
const csv = (name: string, text: string, bom = true) => ({
  name,
  contentBase64: b64((bom ? "\uFEFF" : "") + text),
});
const importLedger = (file: { name: string; contentBase64: string }, baseRevision?: number) =>
  api.plugins["dispute-resolution"]!.importLedger!({ reportId, sectionKey, baseRevision, input: { file } });

async function state() {
  const s = await api.section.get({ reportId, sectionKey });
  const revisions = await api.section.revisions({ reportId, sectionKey });
  const metrics = (await api.report.metrics({ reportId })).filter((m) => m.sectionKey === sectionKey);
  return { revision: s.revision, data: s.data as Record<string, any>, revisions: revisions.length, metrics };
}

const GOOD_CSV = [
  "日期,当事人,纠纷类型,调处结果",
  "2023-01-09,张某某与李某某,邻里纠纷,已化解",
  '2023/3/15,"王某与某建筑公司（含""包工头""）",劳资纠纷,调解成功',
  "2023年5月20日,刘某某与刘某,婚姻家庭纠纷,调解成功",
  "2023-08-02,陈某与赵某,土地山林纠纷,调解不成功",
  "",
  "2023-11-28,周某与吴某,邻里纠纷,正在调解",
].join("\r\n");

beforeAll(async () => {
  t = await createTestDb();
  const s = await seededApi(t.db);
  api = await s.as("jingzhupu");
  const org = (await api.org.townships()).find((o) => o.name === "荆竹铺镇")!;
  const year = (await api.year.forOrg({ orgId: org.id })).find((y) => y.year === 2023)!;
  reportId = (await api.report.open({ yearId: year.id, orgId: org.id })).id;
});
afterAll(() => t?.dispose());

describe(`dispute ledger import through plugins.dispute-resolution.importLedger (${engine})`, () => {
  it("imports a good CSV (UTF-8 with BOM, quotes, CRLF, blank line): a new revision whose metrics come from the ledger", async () => {
    const before = await state();
    const r = await importLedger(csv("台账.csv", GOOD_CSV), before.revision);
    expect(r).toEqual({ imported: 5, revision: before.revision + 1, total: 5, resolved: 3, inProgress: 1 });

    const after = await state();
    expect(after.revisions).toBe(before.revisions + 1);
    expect(after.data.ledger).toHaveLength(5);
    expect(after.data.ledger[1]).toEqual({
      date: "2023-03-15",
      parties: '王某与某建筑公司（含"包工头"）',
      type: "劳资纠纷",
      result: "已化解",
    });
    // The rest of the section is kept.
    expect(after.data.opening).toBe(before.data.opening);
    const metric = (key: string) => after.metrics.find((m) => m.key === key);
    expect(metric("disputesScreened")).toMatchObject({ value: 5 });
    expect(metric("disputesMediated")).toMatchObject({ value: 5 });
    expect(metric("resolutionRate")).toMatchObject({ numerator: 3, denominator: 5 });

    const md = await api.document.render({ reportId, format: "md" });
    expect(md.content).toContain("2023年全镇共排查各类矛盾纠纷5起，调处5起，成功化解3起，化解率60%");
  });

  it("imports a good XLSX with real date cells, replacing the previous ledger", async () => {
    const before = await state();
    const buffer = await writeXlsxFile(
      [
        ["日期", "当事人", "纠纷类型", "调处结果"],
        [new Date(Date.UTC(2023, 1, 3)), "甲某与乙某", "相邻关系纠纷", "已化解"],
        ["2023-04-01", "丙某与丁某", "合同纠纷", "已化解"],
      ] as any,
      { dateFormat: "yyyy-mm-dd" } as any,
    ).toBuffer();
    const r = await importLedger({ name: "ledger.xlsx", contentBase64: b64(buffer) });
    expect(r).toMatchObject({ imported: 2, resolved: 2, revision: before.revision + 1 });
    const after = await state();
    expect(after.data.ledger.map((x: { date: string }) => x.date)).toEqual(["2023-02-03", "2023-04-01"]);
    expect(after.metrics.find((m) => m.key === "resolutionRate")).toMatchObject({
      numerator: 2,
      denominator: 2,
    });
  });

  it("refuses a file with bad rows, naming each row and column, and stores nothing", async () => {
    const before = await state();
    const bad = [
      "当事人,日期,调处结果,纠纷类型",
      "张某,2023-01-09,已化解,邻里纠纷",
      "李某,2023-02-30,已化解,邻里纠纷",
      ",2023-03-01,差不多,合同纠纷",
      "王某,2023-03-02,已化解,",
    ].join("\n");
    const e = await rejection(importLedger(csv("bad.csv", bad, false)));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toBe("台账有3行不正确，未导入任何记录。请修改后重新导入。");
    const issues = (e.cause as DomainError).fieldErrors!;
    expect(issues.map((i) => i.path)).toEqual([
      "input.rows.3.date",
      "input.rows.4.parties",
      "input.rows.4.result",
      "input.rows.5.type",
    ]);
    expect(issues[0]!.message).toContain("第3行“日期”（2023-02-30）");
    expect(issues[3]!.message).toContain("第5行“纠纷类型”");
    expect(await state()).toEqual(before);
  });

  it("refuses a file without the required columns", async () => {
    const e = await rejection(importLedger(csv("x.csv", "日期,当事人\n2023-01-01,张某")));
    expect(e.message).toMatch(/^第1行（表头）缺少列：纠纷类型、调处结果/);
  });

  it("refuses a huge file with a clear limit, before decoding it, and too many rows", async () => {
    const before = await state();
    const huge = { name: "big.csv", contentBase64: "A".repeat(3 * 1024 * 1024) };
    const e = await rejection(importLedger(huge));
    expect(e.code).toBe("BAD_REQUEST");
    // Refused by the input schema (the client shows the field error), before anything is decoded.
    expect(e.cause).toBeInstanceOf(ZodError);
    expect((e.cause as ZodError).issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["input.file.contentBase64", "文件过大：上限为2 MB"],
    ]);

    const rows = Array.from({ length: 2001 }, (_, i) => `2023-01-01,当事人${i},邻里纠纷,已化解`);
    const many = await rejection(
      importLedger(csv("many.csv", ["日期,当事人,纠纷类型,调处结果", ...rows].join("\n"))),
    );
    expect(many.message).toBe("文件有2001行数据，超过上限2000行：请分批导入或删减后再试");
    expect(await state()).toEqual(before);
  });

  it("refuses a file of the wrong type with a clear message", async () => {
    const png = await rejection(
      importLedger({
        name: "photo.png",
        contentBase64: b64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
      }),
    );
    expect(png.message).toBe("不支持的文件类型“photo.png”：请上传 Excel（.xlsx）或 CSV 文件");
    const xls = await rejection(
      importLedger({
        name: "old.xls",
        contentBase64: b64(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])),
      }),
    );
    expect(xls.message).toContain("不支持旧版 Excel（.xls）文件");
    const broken = await rejection(
      importLedger({ name: "x.xlsx", contentBase64: b64(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9])) }),
    );
    expect(broken.message).toBe("无法读取该 Excel 文件：文件已损坏或不是 .xlsx 格式");
  });

  it("reads a GBK-encoded CSV as saved by Chinese Excel", async () => {
    // "日期,当事人,纠纷类型,调处结果\n2023-06-01,张某,邻里纠纷,已化解" in GBK.
    const gbk = Buffer.from(
      "c8d5c6da2cb5b1cac2c8cb2cbec0b7d7c0e0d0cd2cb5f7b4a6bde1b9fb0a323032332d30362d30312cd5c5c4b32cc1dac0efbec0b7d72cd2d1bbafbde2",
      "hex",
    );
    const r = await importLedger({ name: "gbk.csv", contentBase64: b64(gbk) });
    expect(r).toMatchObject({ imported: 1, resolved: 1 });
    expect((await state()).data.ledger[0]).toEqual({
      date: "2023-06-01",
      parties: "张某",
      type: "邻里纠纷",
      result: "已化解",
    });
  });

  it("keeps optimistic locking: a stale base revision is a conflict and changes nothing current", async () => {
    const before = await state();
    const e = await rejection(importLedger(csv("台账.csv", GOOD_CSV), before.revision - 1));
    expect(e.code).toBe("CONFLICT");
    const after = await state();
    expect({ ...after, revisions: before.revisions }).toEqual(before);
    // The refused content is kept in the history as an unused revision (nothing is lost).
    expect(after.revisions).toBe(before.revisions + 1);
    expect((await api.section.revisions({ reportId, sectionKey }))[0]).toMatchObject({
      refused: true,
      revision: before.revision,
    });
  });

  it("acts only on a section of its own plugin", async () => {
    const e = await rejection(
      api.plugins["dispute-resolution"]!.importLedger!({
        reportId,
        sectionKey: "legal-study",
        input: { file: csv("台账.csv", GOOD_CSV) },
      }),
    );
    expect(e.message).toContain("不是“dispute-resolution”栏目");
  });
});
