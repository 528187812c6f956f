import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Database } from "./create-db.ts";

export interface TestDatabase extends Database {
  /** Close and, on PostgreSQL, drop the database created for the test. */
  dispose(): Promise<void>;
  /** On PostgreSQL, the test database's URL (so a second pool, e.g. a second server, can open it). */
  url?: string;
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or — when
 * TEST_DATABASE_URL is set (CI) — a new database created on that PostgreSQL server and dropped after.
 */
export async function createTestDb(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const database = await createDb({ migrate: options.migrate });
    return { ...database, dispose: () => database.close() };
  }
  const name = `nianbao_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await createDb({ databaseUrl: url.toString(), migrate: options.migrate, poolSize: 4 });
  return {
    ...database,
    url: url.toString(),
    dispose: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
