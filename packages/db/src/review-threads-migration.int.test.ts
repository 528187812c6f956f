import { Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "./create-db.ts";
import { migrations } from "./migrations/index.ts";
import { createTestDb, type TestDatabase } from "./testing.ts";

// Migration 2026_11_29_2006_review_threads turns every existing comment into a thread of its own.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDb({ migrate: false });
});
afterAll(() => t?.dispose());

describe(`review threads migration (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("moves existing comments into threads: open on a report under review, resolved on an approved one or for an approval", async () => {
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    const r = await migrator.migrateTo("2026_11_29_1630_stated_rates");
    expect(r.error).toBeUndefined();
    const { rows } = await sql<{ id: string; status: string }>`
      with county as (insert into org_unit (name, kind) values ('评议县', 'county') returning id),
      town as (insert into org_unit (name, kind, parent_id) select n, 'township', id from county, unnest(array['甲乡', '乙乡']) n returning id, name),
      y as (insert into report_year (region_id, year, status, template) select id, 2024, 'published', '{}'::jsonb from county returning id)
      insert into report (report_year_id, org_unit_id, status)
        select y.id, town.id, case town.name when '甲乡' then 'returned' else 'approved' end from y, town order by town.name returning id, status`.execute(
      t.db,
    );
    const returned = rows.find((x) => x.status === "returned")!.id;
    const approved = rows.find((x) => x.status === "approved")!.id;
    await sql`insert into review_comment (report_id, section_key, kind, body) values
      (${returned}, 'legal-study', 'comment', '学法次数请核实'),
      (${returned}, null, 'return', '请补充'),
      (${approved}, 'plans', 'comment', '已改'),
      (${approved}, null, 'approve', '同意')`.execute(t.db);

    await migrateToLatest(t.db);
    const threads = await t.db
      .selectFrom("review_comment as c")
      .innerJoin("review_thread as th", "th.id", "c.thread_id")
      .select(["c.body", "th.report_id", "th.section_key", "th.status", "th.resolved_at"])
      .orderBy("c.body")
      .execute();
    const byBody = Object.fromEntries(threads.map((x) => [x.body, x]));
    expect(threads).toHaveLength(4);
    expect(byBody["学法次数请核实"]).toMatchObject({
      report_id: returned,
      section_key: "legal-study",
      status: "open",
      resolved_at: null,
    });
    expect(byBody["请补充"]).toMatchObject({ section_key: null, status: "open" });
    expect(byBody["已改"]).toMatchObject({ report_id: approved, status: "resolved" });
    expect(byBody["同意"]!.resolved_at).toBeInstanceOf(Date);
  });
});
