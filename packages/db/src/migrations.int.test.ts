import { Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateAllDown, migrateToLatest, migrationStatus } from "./create-db.ts";
import { migrations } from "./migrations/index.ts";
import { createTestDb, type TestDatabase } from "./testing.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDb({ migrate: false });
});
afterAll(() => t?.dispose());

async function tables(): Promise<string[]> {
  const r = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(t.db);
  return r.rows.map((x) => x.table_name);
}

describe(`migrations (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("names migrations by timestamp, in order", () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    for (const n of names) expect(n).toMatch(/^\d{4}_\d{2}_\d{2}_\d{4}_[a-z0-9_]+$/);
  });

  it("go up, down and up again", async () => {
    expect(await tables()).toEqual([]);
    await migrateToLatest(t.db);
    const after = await tables();
    expect(after).toEqual([
      "app_setting",
      "app_user",
      "audit_event",
      "auth_account",
      "auth_rate_limit",
      "auth_session",
      "auth_verification",
      "deadline_exception",
      "metric_rollup",
      "notification",
      "org_unit",
      "org_unit_closure",
      "report",
      "report_section",
      "report_submission",
      "report_year",
      "report_year_assignment",
      "report_year_revision",
      "review_comment",
      "review_thread",
      "role_assignment",
      "section_metric",
      "section_metric_partial",
      "section_revision",
      "sign_in_throttle",
      "year_progress",
      "year_section_progress",
    ]);
    expect((await migrationStatus(t.db)).every((m) => m.executedAt)).toBe(true);

    await migrateAllDown(t.db);
    expect(await tables()).toEqual([]);

    await migrateToLatest(t.db);
    expect(await tables()).toEqual(after);
  });

  it("keeps dates as yyyy-mm-dd strings and jsonb as objects", async () => {
    const region = await t.db
      .insertInto("org_unit")
      .values({ name: "测试市", kind: "city", parent_id: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    const y = await t.db
      .insertInto("report_year")
      .values({
        region_id: region.id,
        year: 2023,
        status: "draft",
        deadline: "2024-03-01",
        template: JSON.stringify({ a: [1, "二"] }),
        published_at: null,
      })
      .returning(["deadline", "template", "template_revision"])
      .executeTakeFirstOrThrow();
    expect(y).toEqual({ deadline: "2024-03-01", template: { a: [1, "二"] }, template_revision: 1 });
  });

  const add = async (name: string, kind: "city" | "county" | "township", parent: string | null) =>
    (
      await t.db
        .insertInto("org_unit")
        .values({ name, kind, parent_id: parent })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;

  it("keeps org_unit_closure in step with the org tree, also when a unit moves", async () => {
    const city = await add("闭包市", "city", null);
    const a = await add("甲县", "county", city);
    const b = await add("乙县", "county", city);
    const town = await add("某镇", "township", a);
    const pairs = async () =>
      (
        await t.db
          .selectFrom("org_unit_closure")
          .select(["ancestor_id", "descendant_id", "depth"])
          .where("descendant_id", "=", town)
          .orderBy("depth")
          .execute()
      ).map((r) => [r.ancestor_id, r.depth]);
    expect(await pairs()).toEqual([
      [town, 0],
      [a, 1],
      [city, 2],
    ]);
    await t.db.updateTable("org_unit").set({ parent_id: b }).where("id", "=", a).execute(); // 甲县 under 乙县
    expect(await pairs()).toEqual([
      [town, 0],
      [a, 1],
      [b, 2],
      [city, 3],
    ]);
    await t.db.updateTable("org_unit").set({ parent_id: city }).where("id", "=", a).execute();
    expect(await pairs()).toEqual([
      [town, 0],
      [a, 1],
      [city, 2],
    ]);
  });

  it("keeps each year's rollups in step with assignments, reports, sections, metrics and the deadline", async () => {
    const county = await add("进度县", "county", null);
    const a = await add("甲镇", "township", county);
    const b = await add("乙镇", "township", county);
    const year = (
      await t.db
        .insertInto("report_year")
        .values({
          region_id: county,
          year: 2024,
          status: "published",
          deadline: "2025-03-01",
          template: JSON.stringify({}),
          published_at: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    const progress = async () => {
      const p = await t.db
        .selectFrom("year_progress")
        .select(["expected", "started", "submitted", "approved", "on_time"])
        .where("report_year_id", "=", year)
        .executeTakeFirst();
      const s = await t.db
        .selectFrom("year_section_progress")
        .select(["section_key", "started", "complete"])
        .where("report_year_id", "=", year)
        .orderBy("section_key")
        .execute();
      return { ...p, sections: s.map((r) => [r.section_key, r.started, r.complete]) };
    };
    await t.db
      .insertInto("report_year_assignment")
      .values([a, b].map((org_unit_id) => ({ report_year_id: year, org_unit_id })))
      .execute();
    expect(await progress()).toEqual({
      expected: 2,
      started: 0,
      submitted: 0,
      approved: 0,
      on_time: 0,
      sections: [],
    });

    const report = (
      await t.db
        .insertInto("report")
        .values({ report_year_id: year, org_unit_id: a })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    const section = { report_id: report, plugin_id: "p", plugin_version: 1, data: "{}", revision: 1 };
    await t.db
      .insertInto("report_section")
      .values([
        { ...section, section_key: "study", status: "draft" },
        { ...section, section_key: "disputes", status: "complete" },
      ])
      .execute();
    expect(await progress()).toMatchObject({
      expected: 2,
      started: 1,
      sections: [
        ["disputes", 1, 1],
        ["study", 1, 0],
      ],
    });
    await t.db
      .updateTable("report_section")
      .set({ status: "complete" })
      .where("section_key", "=", "study")
      .execute();
    expect((await progress()).sections).toEqual([
      ["disputes", 1, 1],
      ["study", 1, 1],
    ]);

    // Metrics: a count with a lower bound, a rate with a 0/0 member (adds nothing) and one left half-filled.
    const disputes = (
      await t.db
        .selectFrom("report_section")
        .select("id")
        .where("section_key", "=", "disputes")
        .executeTakeFirstOrThrow()
    ).id;
    const metric = { report_section_id: disputes, report_id: report, plugin_id: "p", unit: "件" };
    await t.db
      .insertInto("section_metric")
      .values([
        { ...metric, metric_key: "mediated", value: 37, lower_bound: true, aggregate: "sum" },
        {
          ...metric,
          metric_key: "rate",
          value: null,
          numerator: 0,
          denominator: 0,
          lower_bound: false,
          aggregate: "rate",
        },
      ])
      .execute();
    const rollup = async () =>
      (
        await t.db
          .selectFrom("metric_rollup")
          .select(["metric_key", "sum", "num", "den", "n", "lb"])
          .where("report_year_id", "=", year)
          .orderBy("metric_key")
          .execute()
      ).map((r) => [r.metric_key, r.sum, r.num, r.den, r.n, r.lb]);
    expect(await rollup()).toEqual([
      ["mediated", 37, null, null, 1, true],
      ["rate", null, 0, 0, 1, null],
    ]);
    await t.db
      .updateTable("section_metric")
      .set({ numerator: 47, denominator: 48, value: (47 / 48) * 100 })
      .where("metric_key", "=", "rate")
      .execute();
    expect((await rollup())[1]).toEqual(["rate", (47 / 48) * 100, 47, 48, 1, false]);
    // A bulk job defers the recounts for its transaction and recounts once at the end.
    await t.db.transaction().execute(async (trx) => {
      await sql`set local nianbao.defer_rollups = on`.execute(trx);
      await trx
        .updateTable("section_metric")
        .set({ value: 40 })
        .where("metric_key", "=", "mediated")
        .execute();
      expect(
        (
          await trx
            .selectFrom("metric_rollup")
            .select("sum")
            .where("metric_key", "=", "mediated")
            .executeTakeFirstOrThrow()
        ).sum,
      ).toBe(37);
      await sql`select refresh_all_rollups(2024)`.execute(trx);
    });
    expect((await rollup())[0]).toEqual(["mediated", 40, null, null, 1, true]);

    // 23:00 in China on the deadline day is on time; moving the deadline a day earlier makes it late.
    await t.db
      .updateTable("report")
      .set({ status: "submitted", submitted_at: new Date("2025-03-01T15:00:00Z") })
      .where("id", "=", report)
      .execute();
    expect(await progress()).toMatchObject({ submitted: 1, approved: 0, on_time: 1 });
    await t.db.updateTable("report_year").set({ deadline: "2025-02-28" }).where("id", "=", year).execute();
    expect(await progress()).toMatchObject({ submitted: 1, on_time: 0 });
    await t.db.updateTable("report").set({ status: "approved" }).where("id", "=", report).execute();
    expect(await progress()).toMatchObject({ submitted: 1, approved: 1 });

    // A township no longer assigned leaves the year's counts and metrics; assigned again, it is back.
    await t.db.deleteFrom("report_year_assignment").where("org_unit_id", "=", a).execute();
    expect(await progress()).toMatchObject({
      expected: 1,
      started: 0,
      submitted: 0,
      approved: 0,
      sections: [],
    });
    expect(await rollup()).toEqual([]);
    await t.db
      .insertInto("report_year_assignment")
      .values({ report_year_id: year, org_unit_id: a })
      .execute();
    expect(await progress()).toMatchObject({ expected: 2, started: 1, approved: 1 });
    expect((await rollup())[0]).toEqual(["mediated", 40, null, null, 1, true]);

    await t.db.deleteFrom("report_section").where("report_id", "=", report).execute();
    expect(await progress()).toMatchObject({ started: 0, sections: [] });
    expect(await rollup()).toEqual([]);
    await t.db.deleteFrom("report").where("id", "=", report).execute();
    expect(await progress()).toMatchObject({ expected: 2, started: 0, submitted: 0 });
    await t.db.deleteFrom("report_year").where("id", "=", year).execute();
    expect(
      await t.db
        .selectFrom("year_progress")
        .select("report_year_id")
        .where("report_year_id", "=", year)
        .execute(),
    ).toEqual([]);
  });
});

describe("2026_11_29_2001_account_security", () => {
  it("backfills the actor's name on revisions, comments and audit events", async () => {
    const t = await createTestDb({ migrate: false });
    try {
      const all = Object.keys(migrations);
      const before = all.slice(0, all.indexOf("2026_11_29_2001_account_security"));
      const migrator = new Migrator({
        db: t.db,
        provider: { getMigrations: async () => Object.fromEntries(before.map((k) => [k, migrations[k]!])) },
      });
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const now = new Date();
      const u = await sql<{
        id: string;
      }>`insert into app_user (username, display_name, email, created_at, updated_at) values ('clerk', '荆竹铺镇填报员', 'clerk@x.invalid', ${now}, ${now}) returning id`.execute(
        t.db,
      );
      const userId = u.rows[0]!.id;
      await sql`insert into audit_event (actor_id, action, target_type) values (${userId}, 'account.create', 'account')`.execute(
        t.db,
      );
      await migrateToLatest(t.db);
      const e = await sql<{ actor_name: string }>`select actor_name from audit_event`.execute(t.db);
      expect(e.rows).toEqual([{ actor_name: "荆竹铺镇填报员" }]);
      const m = await sql<{
        must_change_password: boolean;
      }>`select must_change_password from app_user`.execute(t.db);
      expect(m.rows).toEqual([{ must_change_password: false }]);
    } finally {
      await t.dispose();
    }
  });
});
