/**
 * `pnpm bench save [--saves 400] [--editors 50] [--rounds 10] [--postgres-url URL]`, on PostgreSQL (a fresh
 * database on postgresql://postgres@127.0.0.1:5432, created and dropped):
 *   1. Throughput, one editor: --saves saves of one section through `saveSection` (validation, checks,
 *      optimistic locking, the revision, the metrics and their rollups, the audit when the status changes),
 *      beside a bare `pg` loop writing the same section row and revision (BEGIN; upsert report_section;
 *      INSERT section_revision; COMMIT) on one connection. Goal: ours ≥ 50% of the bare loop.
 *   2. Latency under load: --editors editors (default 50), each on a distinct section, split across two
 *      "servers" (two database pools, as two app servers have), each saving --rounds times in a row from the
 *      revision it last saw. p50, p99 and max per save; conflicts counted (none expected: distinct sections).
 *      Goal: p99 ≤ 100 ms. The editors run in this one Node process (their client work included).
 * Figures only; never fails on a budget.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createDb, sql, type Database } from "@nianbao/db";
import { demoFixtures, sections } from "@nianbao/sections";
import pg from "pg";
import { reportsOfYear } from "../src/services/documents.ts";
import { seedDemo } from "../src/services/demo.ts";
import { saveSection } from "../src/services/sections.ts";

const { values: args } = parseArgs({
  options: {
    saves: { type: "string", default: "400" },
    editors: { type: "string", default: "50" },
    rounds: { type: "string", default: "10" },
    "postgres-url": {
      type: "string",
      default: process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
  },
});
const SAVES = Number(args.saves);
const EDITORS = Number(args.editors);
const ROUNDS = Number(args.rounds);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

interface Target {
  reportId: string;
  sectionKey: string;
  pluginId: string;
  revision: number;
  data: unknown;
}

/** Every (report, section) of the demo's 2023 year, open for editing, with a valid fixture of its plugin. */
async function targets(database: Database): Promise<Target[]> {
  const db = database.db;
  await db.updateTable("report_year").set({ deadline: null }).execute();
  const reports = await reportsOfYear(db, 2023);
  await db.updateTable("report").set({ status: "draft" }).execute();
  const filled = await db
    .selectFrom("report_section as s")
    .innerJoin("report as r", "r.id", "s.report_id")
    .select(["s.section_key", "s.plugin_id"])
    .where("r.id", "=", reports[0]!.reportId)
    .execute();
  const out: Target[] = [];
  for (const r of reports)
    for (const s of filled) {
      const fixture = Object.values(demoFixtures[s.plugin_id] ?? {})[0];
      if (!fixture) continue;
      const row = await db
        .selectFrom("report_section")
        .select("revision")
        .where("report_id", "=", r.reportId)
        .where("section_key", "=", s.section_key)
        .executeTakeFirst();
      out.push({
        reportId: r.reportId,
        sectionKey: s.section_key,
        pluginId: s.plugin_id,
        revision: row?.revision ?? 0,
        data: fixture,
      });
    }
  return out;
}

async function save(database: Database, t: Target): Promise<void> {
  const r = await saveSection(database.db, sections, {
    reportId: t.reportId,
    sectionKey: t.sectionKey,
    baseRevision: t.revision,
    data: t.data,
    complete: false,
  });
  t.revision = r.revision;
}

const admin = new pg.Client({ connectionString: args["postgres-url"] });
await admin.connect();
const name = `nianbao_bench_save_${process.pid}`;
await admin.query(`create database ${name}`);
const url = new URL(args["postgres-url"]!);
url.pathname = `/${name}`;
const serverA = await createDb({ databaseUrl: url.toString(), poolSize: 10 });
const serverB = await createDb({ databaseUrl: url.toString(), poolSize: 10, migrate: false });
try {
  const version = await sql<{ server_version: string }>`show server_version`.execute(serverA.db);
  console.log(`PostgreSQL ${version.rows[0]!.server_version}, fresh database ${name}; seeding the demo …`);
  await seedDemo(serverA.db, sections, demoFixtures);
  const all = await targets(serverA);
  if (all.length < EDITORS + 1) throw new Error(`only ${all.length} sections to edit, ${EDITORS + 1} needed`);

  // ---- 1. Throughput, one editor
  const one = all[all.length - 1]!;
  for (let i = 0; i < 20; i++) await save(serverA, one); // warm up
  let t0 = performance.now();
  for (let i = 0; i < SAVES; i++) await save(serverA, one);
  const ours = SAVES / ((performance.now() - t0) / 1000);

  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const json = JSON.stringify(one.data);
  const bare = async () => {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: string; revision: number }>(
      `INSERT INTO report_section (report_id, section_key, plugin_id, plugin_version, data, status, revision)
       VALUES ($1, $2, $3, 1, $4, 'draft', 1)
       ON CONFLICT (report_id, section_key) DO UPDATE SET data = EXCLUDED.data, revision = report_section.revision + 1, updated_at = now()
       RETURNING id, revision`,
      [one.reportId, one.sectionKey, one.pluginId, json],
    );
    await client.query(
      `INSERT INTO section_revision (report_section_id, revision, plugin_version, data, status) VALUES ($1, $2, 1, $3, 'draft')`,
      [rows[0]!.id, rows[0]!.revision, json],
    );
    await client.query("COMMIT");
  };
  for (let i = 0; i < 20; i++) await bare();
  t0 = performance.now();
  for (let i = 0; i < SAVES; i++) await bare();
  const bareRate = SAVES / ((performance.now() - t0) / 1000);
  await client.end();
  console.log(`\nThroughput, one editor, ${SAVES} saves of one section:`);
  console.log(`  saveSection          ${ours.toFixed(0).padStart(6)} saves/s`);
  console.log(
    `  bare pg loop         ${bareRate.toFixed(0).padStart(6)} saves/s   (upsert the section row + insert its revision, one transaction)`,
  );
  console.log(`  ours: ${((ours / bareRate) * 100).toFixed(0)}% of the bare loop (goal ≥ 50%)`);

  // ---- 2. Latency with concurrent editors on distinct sections, across two servers
  const editors = all.slice(0, EDITORS);
  const latencies: number[] = [];
  let conflicts = 0;
  t0 = performance.now();
  await Promise.all(
    editors.map(async (t, i) => {
      const server = i % 2 === 0 ? serverA : serverB;
      for (let r = 0; r < ROUNDS; r++) {
        const s = performance.now();
        try {
          await save(server, t);
        } catch (e) {
          if ((e as { code?: string }).code === "CONFLICT") conflicts += 1;
          else throw e;
        }
        latencies.push(performance.now() - s);
      }
    }),
  );
  const wall = (performance.now() - t0) / 1000;
  console.log(
    `\n${EDITORS} editors on distinct sections, two servers (pools of 10), ${ROUNDS} saves each (${latencies.length} saves in ${wall.toFixed(1)} s, ${(latencies.length / wall).toFixed(0)} saves/s):`,
  );
  console.log(
    `  p50 ${pct(latencies, 50).toFixed(0)} ms   p99 ${pct(latencies, 99).toFixed(0)} ms   max ${Math.max(...latencies).toFixed(0)} ms   conflicts ${conflicts}   (goal p99 ≤ 100 ms)`,
  );
} finally {
  await serverA.close();
  await serverB.close();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
