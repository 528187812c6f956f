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
let reportId: string;

const htmlText = (html: string) => html.replace(/<[^>]+>/g, "");

beforeAll(async () => {
  t = await createTestDb();
  const s = await seededApi(t.db);
  api = await s.as("jingzhupu");
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
    const keys = report.outline.flatMap((p) => p.sections).filter((s) => s.revision > 0).map((s) => s.key);
    expect(keys.length).toBe(13); // the opening, ten topics, problems, plans
    let tokens = 0;
    for (const key of keys) {
      const s = await api.section.get({ reportId, sectionKey: key });
      const r = await api.section.toOwnWords({ reportId, sectionKey: key, baseRevision: s.revision });
      tokens += walkFigures(r.text as TextDoc).length;
    }
    for (const key of keys) expect((await api.section.get({ reportId, sectionKey: key })).text, key).not.toBeNull();

    expect((await api.document.render({ reportId, format: "md" })).content).toBe(md);
    expect(htmlText((await api.document.render({ reportId, format: "html-fragment" })).content)).toBe(html);
    expect(await api.report.metrics({ reportId })).toEqual(metrics);
    expect(tokens).toBeGreaterThanOrEqual(6);
  });
});
