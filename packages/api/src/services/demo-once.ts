import { sql, type Database } from "@nianbao/db";
import type { SectionLookup } from "../trpc.ts";
import { seedDemo, type SeedResult } from "./demo.ts";

/** The advisory lock key the demo seed holds (any fixed bigint, used for this purpose only). */
const DEMO_SEED_LOCK = 7_203_411_522_001n;

/** PGlite is embedded: one process owns the database, so seeds within that process are queued here. */
let inProcess: Promise<unknown> = Promise.resolve();

/**
 * Seed the demo — once, even when several servers (or `nianbao seed --demo`) start together on one database.
 * On PostgreSQL one pooled connection holds an advisory lock while the check and the seed run on the others
 * (better-auth creates the demo accounts through the pool too), so a second server waits, then finds the
 * demo there and leaves it; a server that dies mid-seed drops the lock with its connection. PGlite, owned by
 * one process, queues the seeds in that process (its single connection cannot be held aside). With
 * `ifEmpty` (what `serve` does), a database holding any org unit is left alone and null is returned.
 */
export async function seedDemoOnce(
  database: Pick<Database, "db" | "engine">,
  sections: SectionLookup,
  fixtures: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  options: Parameters<typeof seedDemo>[3] & { ifEmpty?: boolean } = {},
): Promise<SeedResult | null> {
  const { ifEmpty = false, ...seedOptions } = options;
  const { db } = database;
  const seed = async () => {
    if (ifEmpty && (await db.selectFrom("org_unit").select("id").limit(1).executeTakeFirst())) return null;
    return seedDemo(db, sections, fixtures, seedOptions);
  };
  if (database.engine === "pglite") {
    const run = inProcess.then(seed, seed);
    inProcess = run.catch(() => undefined);
    return run;
  }
  return db.connection().execute(async (lock) => {
    await sql`select pg_advisory_lock(${DEMO_SEED_LOCK})`.execute(lock);
    try {
      return await seed();
    } finally {
      await sql`select pg_advisory_unlock(${DEMO_SEED_LOCK})`.execute(lock);
    }
  });
}
