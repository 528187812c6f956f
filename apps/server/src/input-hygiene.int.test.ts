/**
 * Bad input at the boundary is a clear 4xx in Chinese naming the field, never a 500 and never stored: a NUL
 * byte in a reason or in section data, a lone surrogate in section data, the years 0000 and 9999 in an
 * exception date or a deadline, a figure of 1.8e308; control and bidi-override characters are removed from
 * what is stored; zod's own messages read in Chinese. Through the real HTTP server (the error formatter is
 * part of what is tested), on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { seedDemo } from "@nianbao/api";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./app.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let app: FastifyInstance;
let base = "";
const cookies: Record<string, string> = {};
let reportId = "";
let yearId = "";
let orgId = "";

async function trpc(who: string, path: string, input: unknown, method: "GET" | "POST" = "POST") {
  const cookie = cookies[who]!;
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

beforeAll(async () => {
  t = await createTestDb();
  app = await buildServer({ database: t, logLevel: "silent" });
  await seedDemo(t.db, sections, demoFixtures, { auth: app.auth });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const addr = app.server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  for (const who of ["jingzhupu", "admin"]) {
    const res = await fetch(`${base}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ username: who, password: "nianbao-demo" }),
    });
    cookies[who] = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  }
  orgId = (await trpc("jingzhupu", "org.townships", undefined, "GET")).body.result.data[0].id;
  yearId = (await trpc("jingzhupu", "year.forOrg", { orgId }, "GET")).body.result.data.find(
    (y: { year: number }) => y.year === 2024,
  ).id;
  reportId = (await trpc("jingzhupu", "report.open", { yearId, orgId })).body.result.data.id;
});
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

const revisions = async () =>
  Number(
    (
      await t.db
        .selectFrom("section_revision")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
const section = async () =>
  (await trpc("jingzhupu", "section.get", { reportId, sectionKey: "legal-study" }, "GET")).body.result.data;

function expectRefused(r: { status: number; body: any }, field: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(400);
  expect(r.body.error.message).toMatch(/^输入有误：/);
  expect(r.body.error.message).toContain(field);
  expect(r.body.error.message).not.toMatch(/invalid|expected|received|\\u0000|syntax/i);
}

describe(`input hygiene at the boundary (${engine})`, () => {
  it("refuses a NUL byte or a lone surrogate in section data, naming the field, and stores nothing", async () => {
    const before = await revisions();
    const s = await section();
    for (const bad of ["学法\u0000", "学法\uD800", "\uDC00学法"]) {
      const r = await trpc("jingzhupu", "section.save", {
        reportId,
        sectionKey: "legal-study",
        baseRevision: s.revision,
        data: { ...s.data, opening: bad },
      });
      expectRefused(r, "“栏目内容 › opening”");
      expect(r.body.error.data.fieldErrors[0].path).toBe("data.opening");
    }
    expect(await revisions()).toBe(before);
    expect((await section()).revision).toBe(s.revision);
  });

  it("refuses a NUL byte in a reason, naming it", async () => {
    const r = await trpc("jingzhupu", "section.setApplicability", {
      reportId,
      sectionKey: "business-environment",
      notApplicable: true,
      reason: "无\u0000",
    });
    expectRefused(r, "“理由”");
    expect(
      (await trpc("jingzhupu", "section.get", { reportId, sectionKey: "business-environment" }, "GET")).body
        .result.data.status,
    ).not.toBe("not_applicable");
  });

  it("removes control and bidi-override characters from what is stored", async () => {
    const s = await section();
    const r = await trpc("jingzhupu", "section.save", {
      reportId,
      sectionKey: "legal-study",
      baseRevision: s.revision,
      data: { ...s.data, opening: "全年\u202E学法\u0007\u2066十二次\u2069" },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((await section()).data.opening).toBe("全年学法十二次");
  });

  it("refuses a figure too large for a county's totals", async () => {
    const s = await section();
    // (1.8e308 itself is beyond a double: JSON.parse reads it as Infinity, which no number field accepts.)
    for (const huge of [1.7e308, 1e13]) {
      const r = await trpc("jingzhupu", "section.save", {
        reportId,
        sectionKey: "legal-study",
        baseRevision: s.revision,
        data: { ...s.data, leaderLectures: huge },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(JSON.stringify(r.body.error.data.fieldErrors)).toContain("数值过大");
    }
    expect((await section()).revision).toBe(s.revision);
  });

  it("refuses the years 0000 and 9999 in an exception date and a deadline", async () => {
    const exceptions = async () =>
      Number(
        (
          await t.db
            .selectFrom("deadline_exception")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await exceptions();
    for (const until of ["0000-01-01", "9999-12-31"]) {
      const r = await trpc("admin", "exception.open", { yearId, orgId, reason: "补报", until });
      expectRefused(r, "“开放截止日期”");
      expect(r.body.error.message).toContain("2000 年至 2100 年");
    }
    expect(await exceptions()).toBe(before);
    for (const deadline of ["0000-03-01", "9999-03-01"]) {
      const r = await trpc("admin", "yearAdmin.saveDraft", { yearId, template: {}, deadline, orgIds: [] });
      expectRefused(r, "“截止日期”");
    }
  });

  it("says what zod says in Chinese, naming the field", async () => {
    const r = await trpc("jingzhupu", "section.save", {
      reportId,
      sectionKey: "legal-study",
      baseRevision: "3",
      data: {},
    });
    expectRefused(r, "“版本号”");
    const missing = await trpc("jingzhupu", "section.setApplicability", {
      reportId,
      sectionKey: "business-environment",
    });
    expectRefused(missing, "“不适用”");
  });
});
