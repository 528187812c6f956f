/**
 * `pnpm bench save [--saves 400] [--editors 50] [--rounds 10] [--postgres-url URL]`, on PostgreSQL (a fresh
 * database on postgresql://postgres@127.0.0.1:5432, created and dropped):
 *   1. Throughput, one editor: --saves saves of one section through `saveSection` (validation, checks,
 *      optimistic locking, the revision, the metrics and their rollups, the audit when the status changes),
 *      beside a bare `pg` loop writing the same section row and revision (BEGIN; upsert report_section;
 *      INSERT section_revision; COMMIT) on one connection, in alternating blocks so that both see the same
 *      machine load. Printed twice: autosaves whose figures are unchanged (text and drafts: the common case;
 *      no metric row is rewritten) and saves that change a figure every time (metrics and rollups recounted).
 *      Goal: ours ≥ 50% of the bare loop.
 *   2. Latency under load: --editors editors (default 50), each on a distinct section, split across two
 *      "servers" (two database pools, as two app servers have), each saving --rounds times from the revision
 *      it last saw — first at the web app's autosave pace (one save every 2 s each, a figure changed every
 *      time), then back to back (saturation). p50, p99 and max per save; conflicts counted (none expected:
 *      distinct sections). Goal: p99 ≤ 100 ms. The editors run in this one Node process.
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
/** The web app autosaves about 2 s after the last keystroke (AUTOSAVE_DELAY_MS in apps/web's use-section-editor). */
const PACE_MS = 2000;

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
  /** Every fixture of the plugin: saving them in turn changes the section's figures on every save. */
  variants: unknown[];
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
      const variants = Object.values(demoFixtures[s.plugin_id] ?? {});
      const fixture = variants[0];
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
        variants,
      });
    }
  return out;
}

/** One autosave; `vary`: the next fixture of the plugin (its figures change, so its metrics are recounted). */
async function save(database: Database, t: Target, vary = false): Promise<void> {
  const data = vary ? t.variants[t.revision % t.variants.length] : t.data;
  const r = await saveSection(database.db, sections, {
    reportId: t.reportId,
    sectionKey: t.sectionKey,
    baseRevision: t.revision,
    data,
    complete: false,
  });
  t.revision = r.revision;
}

/** Seconds that `n` calls of `f`, one after another, take. */
async function seconds(n: number, f: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await f();
  return (performance.now() - t0) / 1000;
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
  if (all.length < EDITORS + 2) throw new Error(`only ${all.length} sections to edit, ${EDITORS + 2} needed`);

  // ---- 1. Throughput, one editor: ours and the bare loop in alternating blocks, so both see the same load
  const one = all.findLast((t) => t.variants.length > 1) ?? all[all.length - 1]!;
  const client = new pg.Client({ connectionString: url.toString() });
  client.on("error", () => {}); // the database is dropped at the end, with this client possibly still open
  await client.connect();
  const json = JSON.stringify(one.data);
  // The same section of another township (the bare loop bumps its revision behind saveSection's back).
  const other = all.find((t) => t.pluginId === one.pluginId && t.reportId !== one.reportId) ?? one;
  const bare = async () => {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: string; revision: number }>(
      `INSERT INTO report_section (report_id, section_key, plugin_id, plugin_version, data, status, revision)
       VALUES ($1, $2, $3, 1, $4, 'draft', 1)
       ON CONFLICT (report_id, section_key) DO UPDATE SET data = EXCLUDED.data, revision = report_section.revision + 1, updated_at = now()
       RETURNING id, revision`,
      [other.reportId, other.sectionKey, other.pluginId, json],
    );
    await client.query(
      `INSERT INTO section_revision (report_section_id, revision, plugin_version, data, status) VALUES ($1, $2, 1, $3, 'draft')`,
      [rows[0]!.id, rows[0]!.revision, json],
    );
    await client.query("COMMIT");
  };
  // Warm up to a running server's steady state (JIT-compiled code, prepared statements, warm caches).
  await seconds(200, () => save(serverA, one));
  await seconds(200, () => save(serverA, one, true));
  await seconds(200, bare);
  const block = 50;
  const time = { ours: 0, varied: 0, bare: 0 };
  for (let done = 0; done < SAVES; done += block) {
    const o = await seconds(block, () => save(serverA, one));
    time.ours += o;
    if (process.env.DEBUG_BLOCKS) console.log("block ours", ((o * 1000) / block).toFixed(3), "ms");
    time.varied += await seconds(block, () => save(serverA, one, true));
    const b = await seconds(block, bare);
    time.bare += b;
    if (process.env.DEBUG_BLOCKS) console.log("block bare", ((b * 1000) / block).toFixed(3), "ms");
  }
  // Leave the section as the fixture says (the varied saves changed it).
  await save(serverA, one);
  await client.end();
  const rate = (sec: number) => (Math.ceil(SAVES / block) * block) / sec;
  const pctOf = (sec: number) => `${((rate(sec) / rate(time.bare)) * 100).toFixed(0)}% of the bare loop`;
  console.log(
    `\nThroughput, one editor, ${Math.ceil(SAVES / block) * block} saves of one section (${one.pluginId}), in blocks of ${block} alternating with the bare loop:`,
  );
  console.log(
    `  saveSection, text/draft autosave (figures unchanged)   ${rate(time.ours).toFixed(0).padStart(6)} saves/s   ${pctOf(time.ours)} (goal ≥ 50%)`,
  );
  console.log(
    `  saveSection, a figure changed on every save         ${rate(time.varied).toFixed(0).padStart(6)} saves/s   ${pctOf(time.varied)}`,
  );
  console.log(
    `  bare pg loop                                        ${rate(time.bare).toFixed(0).padStart(6)} saves/s   (upsert the section row + insert its revision, one transaction)`,
  );

  // ---- 2. Latency with concurrent editors on distinct sections, across two servers
  const editors = all.filter((t) => t !== one && t !== other).slice(0, EDITORS);
  /** Every editor saves ROUNDS times; `pace`: ms between one editor's saves (0: back to back). */
  const run = async (pace: number, vary: boolean) => {
    const latencies: number[] = [];
    let conflicts = 0;
    const t0 = performance.now();
    await Promise.all(
      editors.map(async (t, i) => {
        const server = i % 2 === 0 ? serverA : serverB;
        // Paced editors start spread over one interval, as people do, not all in the same millisecond.
        if (pace) await new Promise((r) => setTimeout(r, Math.random() * pace));
        for (let r = 0; r < ROUNDS; r++) {
          const s = performance.now();
          try {
            await save(server, t, vary);
          } catch (e) {
            if ((e as { code?: string }).code === "CONFLICT") conflicts += 1;
            else throw e;
          }
          const took = performance.now() - s;
          latencies.push(took);
          if (pace) await new Promise((r) => setTimeout(r, Math.max(0, pace - took)));
        }
      }),
    );
    const wall = (performance.now() - t0) / 1000;
    return { latencies, conflicts, wall };
  };
  const show = (title: string, r: Awaited<ReturnType<typeof run>>, goal: string) => {
    console.log(
      `\n${title} (${r.latencies.length} saves in ${r.wall.toFixed(1)} s, ${(r.latencies.length / r.wall).toFixed(0)} saves/s):`,
    );
    console.log(
      `  p50 ${pct(r.latencies, 50).toFixed(0)} ms   p99 ${pct(r.latencies, 99).toFixed(0)} ms   max ${Math.max(...r.latencies).toFixed(0)} ms   conflicts ${r.conflicts}${goal}`,
    );
  };
  const head = `${EDITORS} editors on distinct sections, two servers (pools of 10), ${ROUNDS} saves each`;
  show(
    `${head}, one autosave every ${PACE_MS / 1000} s each (the web app's autosave interval), a figure changed every save`,
    await run(PACE_MS, true),
    "   (goal p99 ≤ 100 ms)",
  );
  show(
    `${head}, back to back (saturation: each saves again as soon as its last save returns)`,
    await run(0, false),
    "",
  );
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await serverA.close();
  await serverB.close();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
