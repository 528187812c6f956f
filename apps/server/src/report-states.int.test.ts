/**
 * Documents never fail on a report's state: one report holds a section in every state a section can be in —
 * never filled, 本年度不适用 before anything was entered (stored plugin version 0), 不适用 with data, filed under an
 * older plugin version, filed under a newer version than installed, data its renderer cannot read, its plugin
 * no longer installed — and every way out composes: DOCX, PDF, HTML and Markdown downloads, `document.render`
 * (final and preview), the print view (report.full composed as the web app composes it), and the year's
 * export. Then the 不适用 section is made applicable again (恢复填写) and everything composes still.
 * Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL. PDF needs Chromium (skipped with the reason
 * printed when it is missing, unless REQUIRE_E2E=1).
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedDemo } from "@nianbao/api";
import { sql } from "@nianbao/db";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { composeReport, toHtml, toMarkdown, type YearTemplate } from "@nianbao/document";
import { demoFixtures, sectionFixtures, sections } from "@nianbao/sections";
import type { FastifyInstance } from "fastify";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./app.ts";
import { exportYear } from "./export.ts";
import { chromiumPath, lazyPdfRenderer } from "./pdf.ts";

const hasChromium = existsSync(chromiumPath());
if (!hasChromium) {
  if (process.env.REQUIRE_E2E === "1")
    throw new Error(`not found: ${chromiumPath()}; REQUIRE_E2E=1 requires the PDF download to be tested.`);
  console.log(
    `SKIPPED the PDF format of the report-states test: not found: ${chromiumPath()} (apt-get install -y chromium fonts-noto-cjk)`,
  );
}
const formats = ["docx", "md", "html", ...(hasChromium ? ["pdf"] : [])];

let t: TestDatabase;
let app: FastifyInstance;
let base = "";
let cookie = "";
let reportId = "";
const pdf = lazyPdfRenderer();

async function trpc(path: string, input: unknown, method: "GET" | "POST" = "GET") {
  const url =
    method === "GET"
      ? `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
      : `${base}/trpc/${path}`;
  const res = await fetch(
    url,
    method === "POST"
      ? { method, headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(input) }
      : { headers: { cookie } },
  );
  return { status: res.status, body: (await res.json()) as any };
}

/** The sections put in each state (keys of the official outline the demo's 2024 year uses). */
const STATE = {
  empty: "plans",
  notApplicableBeforeData: "other",
  notApplicableWithData: "business-environment",
  olderVersion: "legal-study",
  newerVersion: "disclosure",
  unreadable: "decision-making",
  uninstalled: "leadership",
} as const;

beforeAll(async () => {
  t = await createTestDb();
  app = await buildServer({ database: t, logLevel: "silent", pdf });
  await seedDemo(t.db, sections, demoFixtures, { auth: app.auth });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const addr = app.server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  const res = await fetch(`${base}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ username: "jingzhupu", password: "nianbao-demo" }),
  });
  cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const orgs = (await trpc("org.townships", undefined)).body.result.data;
  const year = (await trpc("year.forOrg", { orgId: orgs[0].id })).body.result.data.find(
    (y: { year: number }) => y.year === 2024,
  );
  reportId = (await trpc("report.open", { yearId: year.id, orgId: orgs[0].id }, "POST")).body.result.data.id;

  // 不适用 through the API, before any data and after data.
  for (const key of [STATE.notApplicableBeforeData, STATE.notApplicableWithData]) {
    const r = await trpc(
      "section.setApplicability",
      { reportId, sectionKey: key, notApplicable: true, reason: "本年度无此项工作" },
      "POST",
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  }
  // States only time makes: data filed under v1 of a plugin now at a later version, under a version newer than installed
  // (the server was rolled back), data the renderer cannot read, and a plugin uninstalled after the year was
  // published.
  const legacy = oldestLegacy();
  const setStored = (key: string, data: unknown, version: number) =>
    t.db
      .updateTable("report_section")
      .set({ data: JSON.stringify(data), plugin_version: version })
      .where("report_id", "=", reportId)
      .where("section_key", "=", key)
      .execute();
  await setStored(STATE.olderVersion, legacy.data, legacy.version);
  await setStored(STATE.newerVersion, {}, 99);
  await setStored(STATE.unreadable, "not an object", 1);
  const row = await t.db
    .selectFrom("report")
    .innerJoin("report_year as y", "y.id", "report.report_year_id")
    .select(["y.id", "y.template"])
    .where("report.id", "=", reportId)
    .executeTakeFirstOrThrow();
  const template = row.template as YearTemplate;
  for (const part of template.parts)
    for (const s of part.sections) if (s.key === STATE.uninstalled) s.plugin = "retired-plugin";
  await t.db
    .updateTable("report_year")
    .set({ template: JSON.stringify(template) })
    .where("id", "=", row.id)
    .execute();
  await sql`update report_section set plugin_id = 'retired-plugin' where report_id = ${reportId} and section_key = ${STATE.uninstalled}`.execute(
    t.db,
  );
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

async function expectEveryFormat(): Promise<string> {
  for (const format of formats) {
    const res = await fetch(`${base}/api/reports/${reportId}/document.${format}`, { headers: { cookie } });
    const body = new Uint8Array(await res.arrayBuffer());
    expect(res.status, `${format}: ${new TextDecoder().decode(body).slice(0, 300)}`).toBe(200);
    expect(body.length, format).toBeGreaterThan(500);
  }
  for (const format of ["md", "html", "html-fragment"]) {
    for (const preview of [false, true]) {
      const r = await trpc("document.render", { reportId, format, preview });
      expect(
        r.status,
        `document.render ${format} preview=${preview}: ${JSON.stringify(r.body).slice(0, 300)}`,
      ).toBe(200);
    }
  }
  // The print view: the web app composes report.full itself, in preview.
  const full = (await trpc("report.full", { reportId })).body.result.data;
  const printed = composeReport({ ...full, registry: sections, preview: true });
  expect(toHtml(printed)).toContain("<html");
  // The year's export (`nianbao export --year 2024`): every assigned township, this report among them.
  const zipPath = join(mkdtempSync(join(tmpdir(), "nianbao-states-")), "2024.zip");
  const exported = await exportYear(t.db, sections, 2024, "docx", zipPath);
  expect(exported.files).toContain("荆竹铺镇2024年法治政府建设年度报告.docx");
  expect(Object.keys(unzipSync(readFileSync(zipPath)))).toHaveLength(exported.files.length);
  return toMarkdown(printed);
}

/** The plugin's fixture filed under its oldest version (v1: courses as one string). */
function oldestLegacy() {
  const legacy = sectionFixtures[STATE.olderVersion]!.legacy!;
  return legacy.reduce((a, b) => (b.version < a.version ? b : a));
}

describe("documents of a report holding every section state", () => {
  it("compose in every format; the preview says what each section that cannot print is waiting for", async () => {
    const preview = await expectEveryFormat();
    expect(preview.split("（本节本年度不适用）")).toHaveLength(3);
    expect(preview).toContain("（本节尚未填写）");
    expect(preview).toContain("该插件尚未安装");
    expect(preview).toContain("v99");
    expect(preview).toContain("请打开本节检查后重新保存");

    const md = (await trpc("document.render", { reportId, format: "md", preview: false })).body.result.data
      .content as string;
    // The final document has no placeholders; the section filed under v1 prints, migrated to the current version.
    expect(md).not.toContain("（本节");
    const legacyCourses = (oldestLegacy().data as { training: { courses: string } }).training.courses;
    const firstCourse = legacyCourses
      .split(/[、，,；;]/)[0]!
      .replace(/[“”"]/g, "")
      .trim();
    expect(firstCourse.length).toBeGreaterThan(0);
    expect(md).toContain(firstCourse);
    const docx = await fetch(`${base}/api/reports/${reportId}/document.docx`, { headers: { cookie } });
    expect(strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))["word/document.xml"]!)).toContain(
      firstCourse,
    );
  }, 120_000);

  it("compose still after 恢复填写 of the section marked 不适用 before any data", async () => {
    const r = await trpc(
      "section.setApplicability",
      { reportId, sectionKey: STATE.notApplicableBeforeData, notApplicable: false },
      "POST",
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const preview = await expectEveryFormat();
    expect(preview.split("（本节本年度不适用）")).toHaveLength(2);
    const section = (await trpc("section.get", { reportId, sectionKey: STATE.notApplicableBeforeData })).body;
    expect(section.result.data.status).toBe("draft");
  }, 120_000);
});
