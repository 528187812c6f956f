import { seedDemo } from "@nianbao/api";
import { createDb, type Database } from "@nianbao/db";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./app.ts";

// PostgreSQL ends the server's connections (a restart, a failover, an administrator's pg_terminate_backend)
// while saves are in flight, one of them waiting on a row lock so its query is active on its connection. The
// server must keep serving: the saves in flight get a retryable 503 with reason "unavailable", the
// process never sees an unhandled 'error' event (Vitest fails the run on one), later saves succeed, and every
// accepted save is stored whole. PGlite is embedded (no connections to end), so this needs TEST_DATABASE_URL.
const onPg = !!process.env.TEST_DATABASE_URL;
const APP_NAME = "nianbao-fault-test";

let t: TestDatabase;
let serverDb: Database;
let app: FastifyInstance;
let base = "";
let cookie = "";

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
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: (await res.json()) as any };
}

beforeAll(async () => {
  if (!onPg) return;
  t = await createTestDb();
  const url = new URL(t.url!);
  url.searchParams.set("application_name", APP_NAME);
  serverDb = await createDb({ databaseUrl: url.toString(), poolSize: 10, migrate: false });
  app = await buildServer({ database: serverDb, logLevel: "silent" });
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
});
afterAll(async () => {
  await app?.close();
  await serverDb?.close();
  await t?.dispose();
});

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(!onPg)("the server survives PostgreSQL ending its connections", () => {
  it("answers saves in flight with a retryable 503, keeps serving, and loses nothing accepted", async () => {
    const orgs = (await trpc("org.townships", undefined)).body.result.data;
    const year = (await trpc("year.forOrg", { orgId: orgs[0].id })).body.result.data.find(
      (y: { year: number }) => y.year === 2024,
    );
    const report = (await trpc("report.open", { yearId: year.id, orgId: orgs[0].id }, "POST")).body.result
      .data;
    const keys = ["legal-study", "law-enforcement", "dispute-resolution"];
    const current = async (key: string) =>
      (await trpc("section.get", { reportId: report.id, sectionKey: key })).body.result.data;
    const save = async (key: string) => {
      const s = await current(key);
      return trpc(
        "section.save",
        { reportId: report.id, sectionKey: key, baseRevision: s.revision, data: s.data },
        "POST",
      );
    };
    const accepted: Array<{ key: string; revision: number }> = [];
    const record = (key: string, r: { status: number; body: any }) => {
      if (r.status === 200) accepted.push({ key, revision: r.body.result.data.revision });
    };
    for (const key of keys) {
      const r = await save(key);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      record(key, r);
    }

    // Our own session holds the report's and its sections' rows, so the saves sent next wait on the lock with
    // their query active on the server's connections.
    const locker = new pg.Client({ connectionString: t.url! });
    locker.on("error", () => {});
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query("SELECT id FROM report WHERE id = $1 FOR UPDATE", [report.id]);
    await locker.query("SELECT id FROM report_section WHERE report_id = $1 FOR UPDATE", [report.id]);
    const snapshots = await Promise.all(keys.map(current));
    const inFlight = keys.map((key, i) =>
      trpc(
        "section.save",
        {
          reportId: report.id,
          sectionKey: key,
          baseRevision: snapshots[i].revision,
          data: snapshots[i].data,
        },
        "POST",
      ),
    );
    // pg_stat_activity is read once per transaction: clear the snapshot to see the sessions as they are now.
    const waiting = async () =>
      (await locker.query("SELECT pg_stat_clear_snapshot()")) &&
      Number(
        (
          await locker.query(
            "SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock' AND state = 'active'",
            [APP_NAME],
          )
        ).rows[0].n,
      );
    await until("a save waiting on the row lock", async () => (await waiting()) >= 1).catch(async (e) => {
      await locker.query("ROLLBACK");
      throw e;
    });

    const ended = await locker.query(
      "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()",
      [APP_NAME],
    );
    expect(ended.rows.length).toBeGreaterThanOrEqual(1);
    await locker.query("ROLLBACK");

    const results = await Promise.all(inFlight);
    results.forEach((r, i) => record(keys[i]!, r));
    for (const r of results) expect([200, 409, 503], JSON.stringify(r.body)).toContain(r.status);
    const refused = results.filter((r) => r.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const r of refused) {
      expect(r.body.error.message).toBe("数据库暂时无法连接，本次操作未完成，请稍后重试");
      expect(r.body.error.data.reason).toBe("unavailable");
      expect(r.retryAfter).toBe("2");
    }

    // The server keeps answering, the session still holds, and later saves succeed.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await trpc("session.me", undefined)).body.result.data).toMatchObject({ username: "jingzhupu" });
    for (const key of keys) {
      const r = await save(key);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      record(key, r);
    }

    // Nothing accepted is missing or half-written: every accepted revision is stored, each section's current
    // row is its latest kept revision, with the same data.
    for (const key of keys) {
      const row = (
        await locker.query(
          `SELECT s.revision, s.data::text AS data,
                  (SELECT max(r.revision) FROM section_revision r WHERE r.report_section_id = s.id AND NOT r.refused) AS latest,
                  (SELECT r.data::text FROM section_revision r WHERE r.report_section_id = s.id AND r.revision = s.revision AND NOT r.refused) AS revision_data
             FROM report_section s WHERE s.report_id = $1 AND s.section_key = $2`,
          [report.id, key],
        )
      ).rows[0];
      expect(row.revision).toBe(row.latest);
      expect(row.revision_data).toBe(row.data);
      const stored = (
        await locker.query(
          "SELECT r.revision FROM section_revision r JOIN report_section s ON s.id = r.report_section_id WHERE s.report_id = $1 AND s.section_key = $2 AND NOT r.refused",
          [report.id, key],
        )
      ).rows.map((x) => x.revision);
      for (const a of accepted.filter((x) => x.key === key)) expect(stored).toContain(a.revision);
    }
    await locker.end();
  });
});
