import { sql, type DB, type Kysely } from "@nianbao/db";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "./errors.ts";
import { saveSection } from "./services/sections.ts";
import { seededApi } from "./test-support.ts";

// A save reads the report's context and the section in one statement under the report's lock
// (write-path.ts, inSectionTransaction). When it waited for that lock, the section it read may be
// older than a save that committed meanwhile: the write must then neither overwrite that save silently nor
// refuse a save whose base revision is the newer one. Only PostgreSQL can hold a lock on another connection
// while the save waits (PGlite runs one connection), so this runs with TEST_DATABASE_URL.

const postgres = !!process.env.TEST_DATABASE_URL;
let t: TestDatabase;
let db: Kysely<DB>;
let holder: pg.Client;
let reportId: string;
const key = "legal-study";

beforeAll(async () => {
  if (!postgres) return;
  t = await createTestDb();
  db = t.db;
  await seededApi(db);
  await db.updateTable("report_year").set({ deadline: null }).execute();
  const row = await db
    .selectFrom("report_section as s")
    .innerJoin("report as r", "r.id", "s.report_id")
    .select("r.id")
    .where("s.section_key", "=", key)
    .executeTakeFirstOrThrow();
  reportId = row.id;
  await db.updateTable("report").set({ status: "draft" }).where("id", "=", reportId).execute();
  holder = new pg.Client({ connectionString: t.url! });
  await holder.connect();
});
afterAll(async () => {
  if (!postgres) return;
  await holder.end();
  await t.dispose();
});

const current = () =>
  db
    .selectFrom("report_section")
    .select(["revision", "data"])
    .where("report_id", "=", reportId)
    .where("section_key", "=", key)
    .executeTakeFirstOrThrow();

/**
 * Hold the report's lock on another connection, commit a newer revision of the section there (as another
 * clerk's save would) while `save` waits for the lock, and return what `save` ends with.
 */
async function racingAnotherSave(
  save: (base: number) => Promise<unknown>,
  baseOf: (before: number) => number,
) {
  const before = (await current()).revision;
  await holder.query("begin");
  await holder.query("select id from report where id = $1 for update", [reportId]);
  const pending = save(baseOf(before)).then(
    (r) => ({ ok: true as const, r }),
    (e: unknown) => ({ ok: false as const, e }),
  );
  // Wait until the save is blocked on the report's lock (its statement snapshot is taken by then).
  for (let i = 0; i < 200; i++) {
    const { rows } = await holder.query(
      "select count(*)::int as n from pg_locks where not granted and locktype in ('transactionid', 'tuple')",
    );
    if (rows[0].n > 0) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  await holder.query(
    "update report_section set revision = revision + 1, data = jsonb_set(data, '{marker}', '\"other clerk\"') where report_id = $1 and section_key = $2",
    [reportId, key],
  );
  await holder.query("commit");
  return { before, outcome: await pending };
}

describe.runIf(postgres)("a save that waited for the report's lock (PostgreSQL)", () => {
  const data = demoFixtures["legal-study"]!.demo2024 ?? Object.values(demoFixtures["legal-study"]!)[0];

  it("from the revision the other save replaced: refused as a conflict, the other save kept", async () => {
    const { before, outcome } = await racingAnotherSave(
      (base) =>
        saveSection(db, sections, { reportId, sectionKey: key, baseRevision: base, data, complete: false }),
      (b) => b,
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? null : (outcome.e as DomainError).reason).toBe("conflict");
    const now = await current();
    expect(now.revision).toBe(before + 1);
    expect((now.data as Record<string, unknown>).marker).toBe("other clerk");
  });

  it("from the newer revision: saved (the older read is not taken for a conflict)", async () => {
    const { before, outcome } = await racingAnotherSave(
      (base) =>
        saveSection(db, sections, { reportId, sectionKey: key, baseRevision: base, data, complete: false }),
      (b) => b + 1,
    );
    expect(outcome.ok).toBe(true);
    const now = await current();
    expect(now.revision).toBe(before + 2);
    expect((now.data as Record<string, unknown>).marker).toBeUndefined();
    const revisions = await sql<{ n: number }>`select count(*)::int as n from section_revision v
      join report_section s on s.id = v.report_section_id
      where s.report_id = ${reportId} and s.section_key = ${key} and v.revision = ${before + 2}`.execute(db);
    expect(revisions.rows[0]!.n).toBe(1);
  });
});
