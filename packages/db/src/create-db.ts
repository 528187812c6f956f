import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, Migrator, NO_MIGRATIONS as NO_MIGRATIONS_SENTINEL, PostgresDialect, type MigrationResultSet } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { migrations } from "./migrations/index.ts";
import type { DB } from "./schema.ts";

export type Engine = "pglite" | "postgres";

export interface DbConfig {
  /** postgres://… — use PostgreSQL through pg. When absent, the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files (a `pglite` folder is created inside). Absent: in memory. */
  dataDir?: string | undefined;
  /** Run pending migrations when opening (what the server does on start). Default true. */
  migrate?: boolean;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Where the data lives, for logs: the PGlite folder, "memory", or the server without password. */
  location: string;
  close(): Promise<void>;
}

const DATE_OID = 1082;

// "yyyy-mm-dd" dates stay strings: a Date would shift with the server's time zone.
pg.types.setTypeParser(DATE_OID, (v: string) => v);

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres";
  }
}

/**
 * Open the database: PostgreSQL through `pg` when `databaseUrl` is set, otherwise the embedded PGlite
 * (persisted in `dataDir`, or in memory). Runs migrations unless `migrate: false`.
 */
export async function createDb(config: DbConfig = {}): Promise<Database> {
  let database: Database;
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.poolSize ?? 10 });
    // A connection the server closed (a restart, a failover, pg_terminate_backend, a dropped test database)
    // emits 'error' on its client, and on the pool too while it is idle. Unheard, either event ends the
    // process. The pool listens only to idle clients, so every client gets its own listener for its whole life:
    // a query running on it fails (the API answers it with a retryable 503) and the pool discards the client
    // on release, since it is no longer queryable.
    pool.on("connect", (client) => {
      client.on("error", (e) => console.warn(`PostgreSQL closed a connection: ${e.message}`));
    });
    pool.on("error", () => {}); // an idle client's error: already reported by the client's own listener

    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    database = { db, engine: "postgres", location: redact(config.databaseUrl), close: () => db.destroy() };
  } else {
    let dir: string | undefined;
    if (config.dataDir) {
      dir = join(config.dataDir, "pglite");
      mkdirSync(dir, { recursive: true });
    }
    const client = new PGlite({ ...(dir ? { dataDir: dir } : {}), parsers: { [DATE_OID]: (v: string) => v } });
    await client.waitReady;
    const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
    database = { db, engine: "pglite", location: dir ?? "memory", close: () => db.destroy() };
  }
  if (config.migrate !== false) {
    try {
      await migrateToLatest(database.db);
    } catch (e) {
      await database.close();
      throw e;
    }
  }
  return database;
}

function migrator(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function check(result: MigrationResultSet): MigrationResultSet {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}

export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationResultSet> {
  return check(await migrator(db).migrateToLatest());
}

/** Undo every migration (used by the up → down → up test). */
export async function migrateAllDown(db: Kysely<DB>): Promise<MigrationResultSet> {
  return check(await migrator(db).migrateTo(NO_MIGRATIONS_SENTINEL));
}


export async function migrationStatus(db: Kysely<DB>) {
  return migrator(db).getMigrations();
}
