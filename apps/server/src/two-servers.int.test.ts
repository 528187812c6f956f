import { seedDemo } from "@nianbao/api";
import { createDb, type Database } from "@nianbao/db";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./app.ts";

// Two app servers, each with its own connection pool, on one PostgreSQL database: the deployment the README
// describes behind a load balancer. PGlite is embedded in one process, so this needs TEST_DATABASE_URL (CI sets
// it for the `test:int` run); without it the test is skipped, for that reason only.
const pg = !!process.env.TEST_DATABASE_URL;

let t: TestDatabase;
let second: Database;
const servers: FastifyInstance[] = [];
const bases: string[] = [];

async function start(database: Database): Promise<void> {
  const app = await buildServer({ database, logLevel: "silent" });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const addr = app.server.address();
  servers.push(app);
  bases.push(`http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`);
}

beforeAll(async () => {
  if (!pg) return;
  t = await createTestDb();
  second = await createDb({ databaseUrl: t.url!, poolSize: 2 });
  await start(t);
  await start(second);
  await seedDemo(t.db, sections, demoFixtures, { auth: servers[0]!.auth });
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await second?.close();
  await t?.dispose();
});

async function call(
  base: string,
  cookie: string,
  path: string,
  input: unknown,
  method: "GET" | "POST" = "GET",
) {
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

describe.skipIf(!pg)("two servers on one PostgreSQL database", () => {
  it("share sessions: signed in on one, the cookie works on the other; signed out on the other, it ends on both", async () => {
    const [a, b] = bases as [string, string];
    const res = await fetch(`${a}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: a },
      body: JSON.stringify({ username: "jingzhupu", password: "nianbao-demo" }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");

    const me = await call(b, cookie, "session.me", undefined);
    expect(me.body.result.data).toMatchObject({ username: "jingzhupu" });
    const orgs = (await call(b, cookie, "org.townships", undefined)).body.result.data;
    expect(orgs.map((o: { name: string }) => o.name)).toEqual(["荆竹铺镇"]);

    // A save through one server and a stale save through the other: CONFLICT across processes.
    const year = (await call(a, cookie, "year.forOrg", { orgId: orgs[0].id })).body.result.data.find(
      (y: { year: number }) => y.year === 2024,
    );
    const report = (await call(a, cookie, "report.open", { yearId: year.id, orgId: orgs[0].id }, "POST")).body
      .result.data;
    const section = (await call(b, cookie, "section.get", { reportId: report.id, sectionKey: "legal-study" }))
      .body.result.data;
    const first = await call(
      a,
      cookie,
      "section.save",
      { reportId: report.id, sectionKey: "legal-study", baseRevision: section.revision, data: section.data },
      "POST",
    );
    expect(first.status).toBe(200);
    const second = await call(
      b,
      cookie,
      "section.save",
      { reportId: report.id, sectionKey: "legal-study", baseRevision: section.revision, data: section.data },
      "POST",
    );
    expect(second.status).toBe(409);

    const out = await fetch(`${b}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie, origin: b, "content-type": "application/json" },
      body: "{}",
    });
    expect(out.status).toBe(200);
    expect((await call(a, cookie, "session.me", undefined)).body.result.data).toBeNull();
  });
});
