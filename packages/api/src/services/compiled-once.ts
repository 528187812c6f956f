import {
  createQueryId,
  type CompiledQuery,
  type Compilable,
  type DB,
  type Kysely,
  type QueryResult,
} from "@nianbao/db";

/**
 * Kysely queries built and compiled once per shape, their parameters filled at each call. Building and
 * compiling a query is a fair part of a save's time in Node (`pnpm bench save`); the save's two statements
 * have a handful of shapes, so they skip it after the first call. Same SQL text, so PostgreSQL's prepared
 * statement (prepared-client.ts in @nianbao/db) is reused too.
 */

/** A parameter's place in a compiled query, filled per call. */
class Slot {
  constructor(readonly name: string) {}
}

/**
 * `build(params)` receives stand-ins for its parameters: use them only as values (`where(col, "=", p.x)`,
 * `set({ col: p.y })`, `${p.z}` in `sql`), never to decide the query's shape — what changes the shape
 * belongs in `shape`, which keys the cache (e.g. whether an optional column is written).
 */
export function compiledOnce<P extends object, R>(
  build: (db: Kysely<DB>, params: P, shape: string) => Compilable<R>,
): (db: Kysely<DB>, params: P, shape?: string) => Promise<QueryResult<R>> {
  const compiled = new Map<string, CompiledQuery<R>>();
  const slots = new Proxy({} as P, { get: (_, name) => new Slot(String(name)) });
  return (db, params, shape = "") => {
    let query = compiled.get(shape);
    if (!query) {
      query = build(db, slots, shape).compile();
      compiled.set(shape, query);
    }
    const values = params as Record<string, unknown>;
    const parameters = query.parameters.map((p) => (p instanceof Slot ? values[p.name] : p));
    return db.executeQuery<R>({ ...query, parameters, queryId: createQueryId() });
  };
}
