import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller } from "./root.ts";
import { auditLogGrid } from "./services/audit-log.ts";
import { toCsv } from "./services/exports.ts";
import { rejection as refused, seededApi } from "./test-support.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
type Api = ReturnType<typeof createCaller>;
let t: TestDatabase;
let editor: Api;
let admin: Api;
let reportId: string;
let yearId: string;

beforeAll(async () => {
  t = await createTestDb();
  const s = await seededApi(t.db);
  editor = await s.as("jingzhupu");
  admin = await s.as("admin");
  const orgId = (await editor.org.townships())[0]!.id;
  yearId = (await editor.year.forOrg({ orgId })).find((y) => y.year === 2024)!.id;
  reportId = (await editor.report.open({ yearId, orgId })).id;
  const base = await editor.section.get({ reportId, sectionKey: "legal-study" });
  const data = demoFixtures["legal-study"]?.demo2024 ?? demoFixtures["legal-study"]?.jingzhupu2023;
  await editor.section.save({
    reportId,
    sectionKey: "legal-study",
    baseRevision: base.revision,
    data,
    complete: true,
    note: "已核实",
  });
});
afterAll(() => t?.dispose());

describe(`the audit log, filtered and paged in SQL (${engine})`, () => {
  it("filters by who, kind of action, year, report, section and date; pages with a total", async () => {
    const all = await admin.audit.list({ pageSize: 10 });
    expect(all.total).toBeGreaterThan(0);
    const choices = await admin.audit.choices();
    const clerk = choices.actors.find((a) => a.name === "荆竹铺镇填报员");
    expect(clerk).toBeDefined();
    const mine = await admin.audit.list({ actorId: clerk!.id, pageSize: 200 });
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(mine.rows.every((r) => r.actor === "荆竹铺镇填报员")).toBe(true);

    const sections = await admin.audit.list({ reportId, action: "section", yearId, pageSize: 200 });
    expect(sections.rows.length).toBeGreaterThan(0);
    expect(sections.rows.every((r) => r.action.startsWith("section.") && r.year === 2024)).toBe(true);
    // The section is named by its heading in the year's outline, not by its key.
    const one = await admin.audit.list({ reportId, sectionKey: "legal-study" });
    expect(one.rows[0]).toMatchObject({ sectionKey: "legal-study", action: "section.complete" });
    expect(one.rows[0]!.section).not.toBe("legal-study");
    expect(one.rows[0]!.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "status", label: "状态", after: "已完成" }),
        { path: "note", label: "说明", before: null, after: "已核实" },
      ]),
    );

    // Paging: two pages of one are two different events, and the total is the filter's.
    const p1 = await admin.audit.list({ actorId: clerk!.id, page: 1, pageSize: 10 });
    expect(p1.total).toBe(mine.total);
    if (mine.total > 10) {
      const p2 = await admin.audit.list({ actorId: clerk!.id, page: 2, pageSize: 10 });
      expect(p2.rows[0]!.id).not.toBe(p1.rows[0]!.id);
    }
    // Dates: nothing before the seed, everything today (China time, inclusive).
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await admin.audit.list({ to: "2001-01-01" })).total).toBe(0);
    expect((await admin.audit.list({ from: today, to: today })).total).toBe(all.total);
  });

  it("refuses bad filters with a message naming them, and non-administrators", async () => {
    expect((await refused(admin.audit.list({ from: "2024-02-30" }))).message).toContain("日期格式");
    expect((await refused(admin.audit.list({ from: "2024-03-02", to: "2024-03-01" }))).message).toContain(
      "开始日期不能晚于结束日期",
    );
    expect((await refused(admin.audit.list({ pageSize: 5000 }))).message).toContain("每页最多");
    expect((await refused(admin.audit.list({ action: "DROP TABLE" }))).message).toContain("操作类型");
    expect((await refused(editor.audit.list({}))).code).toBe("FORBIDDEN");
  });

  it("writes CSV with a BOM, a heading row and one readable line per event", async () => {
    const page = await admin.audit.list({ reportId, sectionKey: "legal-study" });
    const csv = toCsv(auditLogGrid(page.rows));
    expect(csv.startsWith("\uFEFF时间,操作人,操作,单位,年度,栏目,修改内容\r\n")).toBe(true);
    expect(csv).toContain("栏目标记为已完成");
    expect(csv).toContain("说明：— → 已核实");
  });
});
