/**
 * `pnpm bench load`: two app servers on one fresh PostgreSQL database, N concurrent township editors on
 * loopback saving sections for a bounded time, then every accepted save read back.
 *   - a fresh database is created on the server of TEST_DATABASE_URL (or --url; default the local
 *     postgres@127.0.0.1:5432) and dropped at the end; both servers seed it at once (the demo is seeded once);
 *   - N editors (default 50) are spread over the demo's six townships, so several edit one report and
 *     conflict; each editor signs in on one of the two servers, then loops: read a section, change its text,
 *     save it with the revision read;
 *   - it stops by itself after --seconds (default 30, at most 60) and prints saves accepted, conflicts
 *     refused and kept (a refused save is kept as an unused revision), lost (an accepted save whose revision
 *     is missing or holds other data: must be 0), 5xx (must be 0), other refusals, and p50/p99 of a save.
 * Both servers run in this process, each with its own connection pool (as two-servers.int.test.ts does).
 * Figures only; never fails on a budget (it exits 1 when something was lost or a 5xx was answered).
 */
import { performance } from "node:perf_hooks";
import { createAccount, seedDemoOnce } from "@nianbao/api";
import { createDb, type Database } from "@nianbao/db";
import type { YearTemplate } from "@nianbao/document";
import { demoFixtures, sections } from "@nianbao/sections";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { buildServer } from "../src/app.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const EDITORS = Number(arg("editors", "50"));
const SECONDS = Math.min(60, Number(arg("seconds", "30")));
const ADMIN_URL = arg(
  "url",
  process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
);
const PASSWORD = "load-test-password";

const name = `nianbao_load_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;

const databases: Database[] = [];
const servers: FastifyInstance[] = [];
const bases: string[] = [];
try {
  // Two servers start at once on the empty database: each migrates, builds and seeds if empty.
  await Promise.all(
    [0, 1].map(async () => {
      const database = await createDb({ databaseUrl: url.toString(), poolSize: 10 });
      databases.push(database);
      const app = await buildServer({ database, logLevel: "silent", auth: { signInPerMinute: 100_000 } });
      await seedDemoOnce(database, sections, demoFixtures, { auth: app.auth, ifEmpty: true });
      await app.listen({ host: "127.0.0.1", port: 0 });
      const addr = app.server.address();
      servers.push(app);
      bases.push(`http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`);
    }),
  );
  const db = databases[0]!.db;
  const year = await db
    .selectFrom("report_year")
    .select("id")
    .where("year", "=", 2024)
    .executeTakeFirstOrThrow();
  // The townships whose 2024 report is open for editing (the demo has some submitted and approved).
  const locked = await db
    .selectFrom("report")
    .select("org_unit_id")
    .where("report_year_id", "=", year.id)
    .where("status", "in", ["submitted", "approved"])
    .execute();
  const orgs = await db
    .selectFrom("org_unit")
    .select(["id", "name"])
    .where("kind", "in", ["township", "street"])
    .where("id", "not in", ["00000000-0000-0000-0000-000000000000", ...locked.map((r) => r.org_unit_id)])
    .orderBy("name")
    .execute();

  for (let i = 0; i < EDITORS; i++) {
    const org = orgs[i % orgs.length]!;
    await createAccount(servers[0]!.auth, db, {
      username: `load${i}`,
      displayName: `压测填报员${i}`,
      password: PASSWORD,
      role: "editor",
      orgUnitId: org.id,
    });
  }

  // A tRPC answer, read loosely: this script only looks at a few fields.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Json = any;
  type Result = { status: number; body: Json; ms: number };
  async function call(
    base: string,
    cookie: string,
    path: string,
    input: unknown,
    method: "GET" | "POST",
  ): Promise<Result> {
    const t0 = performance.now();
    const res = await fetch(
      method === "GET"
        ? `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
        : `${base}/trpc/${path}`,
      method === "POST"
        ? { method, headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(input) }
        : { headers: { cookie } },
    );
    const body = await res.json().catch(() => null);
    return { status: res.status, body, ms: performance.now() - t0 };
  }

  const accepted: Array<{
    sectionId: string;
    sectionKey: string;
    reportId: string;
    revision: number;
    marker: string;
  }> = [];
  const tally = { conflicts: 0, fiveXX: 0, other: 0, otherSamples: [] as string[] };
  const latencies: number[] = [];
  let deadline = Number.POSITIVE_INFINITY;

  /** Sign in and open the report (before the clock starts: password hashing is slow by design). */
  async function prepare(i: number) {
    const base = bases[i % 2]!;
    const org = orgs[i % orgs.length]!;
    const signIn = await fetch(`${base}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ username: `load${i}`, password: PASSWORD }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const report = (await call(base, cookie, "report.open", { yearId: year.id, orgId: org.id }, "POST")).body
      .result.data;
    const full = (await call(base, cookie, "report.full", { reportId: report.id }, "GET")).body.result.data;
    const template = full.template as YearTemplate;
    const keys = template.parts.flatMap((p) =>
      p.sections.filter((s) => s.enabled && sections.get(s.plugin)).map((s) => s.key),
    );
    return { base, cookie, report, keys };
  }

  async function editor(i: number, { base, cookie, report, keys }: Awaited<ReturnType<typeof prepare>>) {
    let n = 0;
    while (Date.now() < deadline) {
      const sectionKey = keys[Math.floor(Math.random() * keys.length)]!;
      const got = await call(base, cookie, "section.get", { reportId: report.id, sectionKey }, "GET");
      if (got.status >= 500) tally.fiveXX += 1;
      if (got.status !== 200) {
        tally.other += 1;
        if (tally.otherSamples.length < 3)
          tally.otherSamples.push(`read ${got.status} ${got.body?.error?.message ?? ""}`);
        continue;
      }
      const s = got.body.result.data;
      const marker = `压测${i}-${n++}`;
      const data = typeof s.data === "object" && s.data ? { ...s.data } : s.data;
      // The section's free prose (every plugin of the demo outline has one of these), carrying a marker to read back.
      const textKey =
        data && ["more", "outcome", "text", "opening", "body"].find((k) => typeof data[k] === "string");
      if (textKey) data[textKey] = marker;
      const saved = await call(
        base,
        cookie,
        "section.save",
        { reportId: report.id, sectionKey, baseRevision: s.revision, data },
        "POST",
      );
      latencies.push(saved.ms);
      if (saved.status === 200) {
        accepted.push({
          sectionId: s.id ?? "",
          sectionKey,
          reportId: report.id,
          revision: saved.body.result.data.revision,
          marker: textKey ? marker : "",
        });
      } else if (saved.status === 409) tally.conflicts += 1;
      else if (saved.status >= 500) tally.fiveXX += 1;
      else {
        tally.other += 1;
        if (tally.otherSamples.length < 3)
          tally.otherSamples.push(`${saved.status} ${saved.body?.error?.message ?? ""}`);
      }
    }
  }

  console.log(
    `load: ${EDITORS} editors over ${orgs.length} townships (their reports open for editing), 2 servers on one PostgreSQL database (${name}), ${SECONDS} s …`,
  );
  const sessions = [];
  for (let i = 0; i < EDITORS; i += 10)
    sessions.push(
      ...(await Promise.all(Array.from({ length: Math.min(10, EDITORS - i) }, (_, k) => prepare(i + k)))),
    );
  deadline = Date.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(sessions.map((session, i) => editor(i, session)));
  const elapsed = (performance.now() - t0) / 1000;

  // Read every accepted save back: its revision exists, unused-flag off, with the text it carried.
  let lost = 0;
  for (const a of accepted) {
    const row = await db
      .selectFrom("section_revision as r")
      .innerJoin("report_section as s", "s.id", "r.report_section_id")
      .select(["r.data", "r.refused"])
      .where("s.report_id", "=", a.reportId)
      .where("s.section_key", "=", a.sectionKey)
      .where("r.revision", "=", a.revision)
      .where("r.refused", "=", false)
      .executeTakeFirst();
    if (!row || (a.marker && !JSON.stringify(row.data).includes(a.marker))) lost += 1;
  }
  const kept = Number(
    (
      await db
        .selectFrom("section_revision")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("refused", "=", true)
        .executeTakeFirstOrThrow()
    ).n,
  );
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
  console.log(
    `saves sent              ${latencies.length} in ${elapsed.toFixed(1)} s (${(latencies.length / elapsed).toFixed(0)}/s)`,
  );
  console.log(`saves accepted          ${accepted.length}`);
  console.log(`conflicts refused       ${tally.conflicts} (kept as unused revisions: ${kept})`);
  console.log(
    `lost                    ${lost}   (must be 0: ${accepted.length} accepted saves read back, ${accepted.filter((a) => a.marker).length} by the text they carried)`,
  );
  console.log(`5xx                     ${tally.fiveXX}   (must be 0)`);
  console.log(
    `other refusals          ${tally.other}${tally.otherSamples.length ? `  e.g. ${tally.otherSamples.join(" | ")}` : ""}`,
  );
  console.log(`save latency            p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms`);
  if (lost > 0 || tally.fiveXX > 0) process.exitCode = 1;
} finally {
  for (const s of servers) await s.close();
  for (const d of databases) await d.close();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
