/**
 * The reference report (the demo's 荆竹铺镇 2023) switched to own words in every section reads character for
 * character as in generated mode — Markdown, and the text of the HTML — with identical metrics, and its
 * figures are live tokens.
 */
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { walkFigures, type TextDoc } from "@nianbao/text";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller } from "./root.ts";
import { seededApi } from "./test-support.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let api: ReturnType<typeof createCaller>;
let admin: ReturnType<typeof createCaller>;
let reportId: string;

const htmlText = (html: string) => html.replace(/<[^>]+>/g, "");

beforeAll(async () => {
  t = await createTestDb();
  const s = await seededApi(t.db);
  api = await s.as("jingzhupu");
  admin = await s.as("admin");
  const org = (await api.org.townships()).find((o) => o.name === "荆竹铺镇")!;
  const year = (await api.year.forOrg({ orgId: org.id })).find((y) => y.year === 2023)!;
  reportId = (await api.report.open({ yearId: year.id, orgId: org.id })).id;
});
afterAll(() => t?.dispose());

describe(`golden: the reference report in own words (${engine})`, () => {
  it("renders character for character as generated, with identical metrics, figures bound", async () => {
    const md = (await api.document.render({ reportId, format: "md" })).content;
    const html = htmlText((await api.document.render({ reportId, format: "html-fragment" })).content);
    const metrics = await api.report.metrics({ reportId });

    const report = await api.report.byId({ reportId });
    const keys = report.outline
      .flatMap((p) => p.sections)
      .filter((s) => s.revision > 0)
      .map((s) => s.key);
    expect(keys.length).toBe(13); // the opening, ten topics, problems, plans
    let tokens = 0;
    for (const key of keys) {
      const s = await api.section.get({ reportId, sectionKey: key });
      const r = await api.section.toOwnWords({ reportId, sectionKey: key, baseRevision: s.revision });
      tokens += walkFigures(r.text as TextDoc).length;
    }
    for (const key of keys)
      expect((await api.section.get({ reportId, sectionKey: key })).text, key).not.toBeNull();

    expect((await api.document.render({ reportId, format: "md" })).content).toBe(md);
    expect(htmlText((await api.document.render({ reportId, format: "html-fragment" })).content)).toBe(html);
    expect(await api.report.metrics({ reportId })).toEqual(metrics);
    expect(tokens).toBeGreaterThanOrEqual(7);
  });

  it("the demo's 水西门街道 writes its 2024 report in its own words, live figures throughout; documents, metrics and dashboard agree", async () => {
    const org = (await admin.org.townships()).find((o) => o.name === "水西门街道")!;
    const year = (await admin.year.forOrg({ orgId: org.id })).find((y) => y.year === 2024)!;
    const id = (await admin.report.open({ yearId: year.id, orgId: org.id })).id;
    const keys = ["legal-study", "law-enforcement", "disclosure", "dispute-resolution", "leadership"];
    const metrics = await admin.report.metrics({ reportId: id });
    for (const key of keys) {
      const s = await admin.section.get({ reportId: id, sectionKey: key });
      expect(s.text, key).not.toBeNull();
      expect(
        s.checks.filter((c) => c.id.startsWith("text-")),
        key,
      ).toEqual([]);
      // Every token prints its field's current value, which is the metric the county reads.
      for (const f of walkFigures(s.text as TextDoc)) {
        const c = s.catalog.find((x) => x.key === f.key)!;
        expect(c.value, f.key).not.toBeNull();
        expect(
          metrics.some((m) => m.sectionKey === key && `metric:${m.key}` === f.key),
          f.key,
        ).toBe(true);
      }
    }
    const study = (await admin.section.get({ reportId: id, sectionKey: "legal-study" })).catalog;
    const sessions = study.find((c) => c.key === "metric:studySessions")!.value!;
    const html = htmlText((await admin.document.render({ reportId: id, format: "html-fragment" })).content);
    expect(html).toContain(`1.抓住“关键少数”，领导干部带头学法`);
    expect(html).toContain(`一是集体学法常态化。街道党工委理论学习中心组全年集体学法${sessions}`);
    expect(html).toContain("（1）调解组织。街道和社区共有人民调解委员会");
    const parent = await t.db
      .selectFrom("org_unit")
      .select("parent_id")
      .where("id", "=", org.id)
      .executeTakeFirstOrThrow();
    const c = await admin.dashboard.completeness({ regionId: parent.parent_id!, year: 2024 });
    expect(c.rows.find((r) => r.org.id === org.id)?.unboundFigures).toBe(1); // "13个社区" typed as plain text
  });
});
