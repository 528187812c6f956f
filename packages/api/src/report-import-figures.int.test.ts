import { readFileSync } from "node:fs";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller } from "./root.ts";
import { reasonOf, rejection, seededApi } from "./test-support.ts";

/**
 * Issue 17: the clerk changes single figures' fields on the review screen. The choices go to import.preview and
 * import.accept as figure overrides, bound by the importer (the stored data is what the preview showed); a bad
 * choice is refused with a Chinese message naming the figure and the field. The imported report and its
 * imported revisions say so (report.byId, the inbox, the dashboard, the history).
 */
const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let api: ReturnType<typeof createCaller>;
let admin: ReturnType<typeof createCaller>;
let reportId: string;
let orgId: string;

const text = readFileSync(
  new URL("../../../docs/reference/jingzhupu-2023-report.txt", import.meta.url),
  "utf8",
)
  .replaceAll("2023", "2024")
  .replace("37 起", "41 起");
const source = { kind: "text" as const, text };
const KEY = "dispute-resolution";

beforeAll(async () => {
  t = await createTestDb();
  const s = await seededApi(t.db);
  api = await s.as("jingzhupu");
  admin = await s.as("admin");
  const org = (await api.org.townships()).find((o) => o.name === "荆竹铺镇")!;
  orgId = org.id;
  const year = (await api.year.forOrg({ orgId: org.id })).find((y) => y.year === 2024)!;
  reportId = (await api.report.open({ yearId: year.id, orgId: org.id })).id;
});
afterAll(() => t?.dispose());

async function figureOf(figureOverrides: Parameters<typeof api.import.preview>[0]["figureOverrides"] = []) {
  const p = await api.import.preview({ reportId, source, figureOverrides });
  return { p, f: p.figures.find((x) => x.sectionKey === KEY && x.text.includes("41"))! };
}

describe(`the clerk's figure choices on import (${engine})`, () => {
  it("offers the fields that can hold each figure, and counts the figures that need a choice", async () => {
    const { p, f } = await figureOf();
    expect(f).toMatchObject({ status: "bound", key: "metric:disputesMediated", chosen: false });
    expect(f.options.map((o) => o.key)).toContain("metric:disputesMediated");
    expect(f.options.length).toBeGreaterThan(1);
    expect(p.summary.figures.ambiguous).toBe(p.figures.filter((x) => x.ambiguous && !x.chosen).length);
  });

  it("a changed binding shows in the preview and is what accept stores", async () => {
    const { f } = await figureOf();
    const other = f.options.find((o) => o.key !== "metric:disputesMediated" && o.unit === "起")!;
    expect(other).toBeDefined();
    const choice = [{ sectionKey: KEY, figure: f.index, fieldKey: other.key }];
    const { f: moved } = await figureOf(choice);
    expect(moved).toMatchObject({ status: "bound", key: other.key, chosen: true });

    await api.import.accept({
      reportId,
      source,
      figureOverrides: choice,
      fileName: "荆竹铺镇2024.docx",
      confirmOverwrite: true,
    });
    const metrics = (await api.report.metrics({ reportId })).filter((m) => m.sectionKey === KEY);
    expect(metrics.find((m) => m.key === other.key.slice("metric:".length))?.value).toBe(41);
    expect(metrics.find((m) => m.key === "disputesMediated")?.value ?? null).not.toBe(41);
  });

  it("a removed binding keeps the figure as words: the field stays empty", async () => {
    const { f } = await figureOf();
    const choice = [{ sectionKey: KEY, figure: f.index, fieldKey: null }];
    const { f: kept, p } = await figureOf(choice);
    expect(kept).toMatchObject({
      status: "unbound",
      key: null,
      chosen: true,
      reason: "已选择不绑定，保留为文字",
    });
    expect(p.summary.figures.bound).toBeLessThan((await figureOf()).p.summary.figures.bound);
    await api.import.accept({
      reportId,
      source,
      figureOverrides: choice,
      fileName: "荆竹铺镇2024.docx",
      confirmOverwrite: true,
    });
    const metrics = (await api.report.metrics({ reportId })).filter((m) => m.sectionKey === KEY);
    expect(metrics.some((m) => m.value === 41)).toBe(false);
    const section = await api.section.get({ reportId, sectionKey: KEY });
    expect(JSON.stringify(section.text)).toContain("41起");
  });

  it("refuses a bad choice with a Chinese message naming the figure and the field, never a 500", async () => {
    const { p, f } = await figureOf();
    // A percentage chosen for a count field of its section ("达100%" into a field counting 次, 件…).
    const pct = p.figures.find(
      (x) =>
        x.text.includes("%") &&
        p.figures.some((y) => y.sectionKey === x.sectionKey && y.status === "bound" && !y.text.includes("%")),
    )!;
    const count = p.figures.find(
      (y) => y.sectionKey === pct.sectionKey && y.status === "bound" && !y.text.includes("%"),
    )!;
    const cases: Array<[Parameters<typeof api.import.preview>[0]["figureOverrides"], RegExp]> = [
      [
        [{ sectionKey: KEY, figure: f.index, fieldKey: "metric:noSuchField" }],
        /数字“41起”不能填入字段“metric:noSuchField”.*没有这个字段/,
      ],
      [[{ sectionKey: "no-such-section", figure: 0, fieldKey: null }], /没有栏目“no-such-section”/],
      [[{ sectionKey: KEY, figure: 9999, fieldKey: null }], /没有第10000个数字/],
      [[{ sectionKey: KEY, figure: -1, fieldKey: null }], /数字的序号不正确/],
    ];
    cases.push([
      [{ sectionKey: pct.sectionKey, figure: pct.index, fieldKey: count.key }],
      new RegExp(`数字“${pct.text}”不能填入字段“${count.label}”`),
    ]);
    for (const [figureOverrides, message] of cases) {
      // One call at a time: a second call started beside the first could be refused before it is awaited.
      for (const call of [
        () => api.import.preview({ reportId, source, figureOverrides }),
        () => api.import.accept({ reportId, source, figureOverrides, confirmOverwrite: true }),
      ]) {
        const e = await rejection(call());
        expect(reasonOf(e)).toBe("invalid");
        expect(e.message).toMatch(message);
      }
    }
  });

  it("the imported report says so: report.byId, the inbox, the dashboard and the imported revision", async () => {
    const view = await api.report.byId({ reportId });
    expect(view.imported).toMatchObject({ source: "荆竹铺镇2024.docx" });
    expect(view.imported!.at).toBeInstanceOf(Date);
    const inbox = await api.inbox.todo();
    expect(inbox.clerk?.find((r) => r.reportId === reportId)?.imported).not.toBeNull();
    const region = (await admin.yearAdmin.regions()).find((r) => r.name === "武冈市")!;
    const dash = await admin.dashboard.completeness({ regionId: region.id, year: 2024 });
    expect(dash.rows.find((r) => r.org.id === orgId)?.imported).toMatchObject({ source: expect.any(String) });
    expect(dash.rows.filter((r) => r.org.id !== orgId).every((r) => r.imported === null)).toBe(true);
    const revisions = await api.section.revisions({ reportId, sectionKey: KEY });
    expect(revisions[0]).toMatchObject({ imported: true });
    expect(revisions.find((r) => r.importSource === "荆竹铺镇2024.docx")).toBeDefined();
    const before = await api.section.get({ reportId, sectionKey: KEY });
    await api.section.save({ reportId, sectionKey: KEY, baseRevision: before.revision, data: before.data });
    const after = await api.section.revisions({ reportId, sectionKey: KEY });
    expect(after[0]).toMatchObject({ imported: false, importSource: null });
  });

  it("an import over a section already saved marks its new revision imported too", async () => {
    const before = await api.section.revisions({ reportId, sectionKey: KEY });
    expect(before[0]).toMatchObject({ imported: false });
    await api.import.accept({ reportId, source, confirmOverwrite: true });
    const after = await api.section.revisions({ reportId, sectionKey: KEY });
    expect(after[0]!.revision).toBeGreaterThan(before[0]!.revision);
    // Pasted text has no file name.
    expect(after[0]).toMatchObject({ imported: true, importSource: null });
  });
});
