import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import {
  Kysely,
  Migrator,
  NO_MIGRATIONS as NO_MIGRATIONS_SENTINEL,
  PostgresDialect,
  sql,
  type MigrationResultSet,
} from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import { migrations } from "./migrations/index.ts";
import { preparingClient } from "./prepared-client.ts";
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
  /**
   * PostgreSQL: prepare each repeated statement once per connection (prepared-client.ts). Default true; false
   * behind a pooler in transaction mode that does not keep prepared statements.
   */
  preparedStatements?: boolean;
}

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Where the data lives, for logs: the PGlite folder, "memory", or the server without password. */
  location: string;
  close(): Promise<void>;
}

const DATE_OID = 1082;

/** `pg`, loaded only for PostgreSQL (a PGlite start does not pay for it). */
async function loadPg() {
  const { default: pg } = await import("pg");
  // "yyyy-mm-dd" dates stay strings: a Date would shift with the server's time zone.
  pg.types.setTypeParser(DATE_OID, (v: string) => v);
  return pg;
}

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
    const pg = await loadPg();
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: config.poolSize ?? 10,
      // Statements prepared once per connection (prepared-client.ts).
      ...(config.preparedStatements === false ? {} : { Client: preparingClient(pg.Client) }),
    });
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
    const client = new PGlite({
      ...(dir ? { dataDir: dir } : {}),
      parsers: { [DATE_OID]: (v: string) => v },
    });
    await client.waitReady;
    const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
    database = { db, engine: "pglite", location: dir ?? "memory", close: () => db.destroy() };
  }
  if (config.migrate !== false) {
    try {
      if (!(await upToDate(database.db))) await migrateToLatest(database.db);
    } catch (e) {
      await database.close();
      throw e;
    }
  }
  return database;
}

/**
 * True when every migration we have is recorded as run, and nothing else: one query instead of the
 * migrator's lock table, lock and listing on every start (anything else — a pending or unknown migration,
 * a fresh database — goes through the migrator, which takes its lock).
 */
export async function upToDate(db: Kysely<DB>): Promise<boolean> {
  const names = Object.keys(migrations).sort();
  const { rows } = await sql<{ n: string | number; last: string | null }>`
    SELECT count(*) AS n, max(name) AS last FROM kysely_migration`
    .execute(db)
    .catch(() => ({ rows: [] as { n: string | number; last: string | null }[] })); // no such table yet
  const row = rows[0];
  return !!row && Number(row.n) === names.length && row.last === names[names.length - 1];
}

function migrator(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function check(result: MigrationResultSet): MigrationResultSet {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${String(result.error)}`, {
      cause: result.error,
    });
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
