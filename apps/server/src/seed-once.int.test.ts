/**
 * Two servers starting together on one empty database create one demo, and neither fails: each migrates,
 * builds its server (the session secret) and seeds the demo if the database is empty — as `nianbao serve`
 * does — at the same time, each through its own connection pool. On PostgreSQL (TEST_DATABASE_URL) these are
 * two pools on one fresh database; on PGlite, two concurrent starts on one embedded database.
 */
import { seedDemoOnce } from "@nianbao/api";
import { createDb, migrateToLatest, type Database } from "@nianbao/db";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import { afterAll, describe, expect, it } from "vitest";
import { buildServer } from "./app.ts";

let t: TestDatabase | undefined;
const opened: Database[] = [];
afterAll(async () => {
  for (const d of opened) await d.close();
  await t?.dispose();
});

/** A server started as `nianbao serve` starts one: open (migrating), build, then seed an empty database. */
async function start(open: () => Promise<Database>) {
  const database = await open();
  const app = await buildServer({ database, logLevel: "silent" });
  return {
    seed: () => seedDemoOnce(database, sections, demoFixtures, { auth: app.auth, ifEmpty: true }),
    close: () => app.close(),
  };
}

async function startAndSeed(open: () => Promise<Database>) {
  const server = await start(open);
  try {
    return await server.seed();
  } finally {
    await server.close();
  }
}

describe("the demo seed on an empty database", () => {
  it("runs once when two servers start together; both start", async () => {
    t = await createTestDb({ migrate: false });
    const open = async () => {
      if (!t!.url) {
        await migrateToLatest(t!.db);
        return t!;
      }
      const d = await createDb({ databaseUrl: t!.url, poolSize: 3 });
      opened.push(d);
      return d;
    };
    // Both migrate and build at once, then both find the database empty at once (the window a seed without a
    // lock loses: two 武冈市).
    const both = await Promise.all([start(open), start(open)]);
    const results = await Promise.all(both.map((s) => s.seed()));
    for (const s of both) await s.close();
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(results.find((r) => r !== null)!.created).toBe(true);

    const db = t.db;
    const count = async (table: "org_unit" | "report_year" | "report" | "app_user") =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const cities = await db.selectFrom("org_unit").select("id").where("name", "=", "武冈市").execute();
    expect(cities).toHaveLength(1);
    expect(await count("org_unit")).toBe(7);
    expect(await count("report_year")).toBe(2);
    const users = await db.selectFrom("app_user").select("username").execute();
    expect(new Set(users.map((u) => u.username)).size).toBe(users.length);

    // A third start finds the demo and leaves it as it is.
    const before = { reports: await count("report"), users: await count("app_user") };
    expect(await startAndSeed(open)).toBeNull();
    expect({ reports: await count("report"), users: await count("app_user") }).toEqual(before);
  }, 180_000);
});
