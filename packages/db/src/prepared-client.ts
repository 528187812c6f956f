import type pg from "pg";

/**
 * Named (prepared) statements per connection, bounded: PostgreSQL parses and plans a statement once per
 * connection instead of on every call. The write path's few statements run thousands of times an hour;
 * parsing and planning them was most of a save's database time (`pnpm bench save`).
 */

/** Statements prepared per connection, at most (later new ones run unnamed: memory stays bounded). */
export const MAX_PREPARED_PER_CONNECTION = 500;
/** Longer statement texts (generated bulk inserts) run unnamed: they rarely repeat. */
const MAX_PREPARED_TEXT = 8_000;
/** Only data statements with parameters: DDL and statement lists cannot be prepared, and rarely repeat. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

type QueryArgs = [unknown, ...unknown[]];

/**
 * A `pg.Client` class whose `query(text, values)` calls run as named statements, each distinct text named once
 * per connection (`nb1`, `nb2`…). Config objects, calls without parameters and anything else pass through as
 * they are.
 */
export function preparingClient(Client: typeof pg.Client): typeof pg.Client {
  return class PreparingClient extends Client {
    readonly #names = new Map<string, string>();
    #next = 1;

    // pg's query() has many overloads; this one only rewrites (text, values[, callback]).
    override query(...args: QueryArgs): never {
      const [text, values] = args;
      const name =
        typeof text === "string" && Array.isArray(values) && values.length ? this.#nameOf(text) : null;
      const call = super.query as (...a: unknown[]) => never;
      if (!name) return call.apply(this, args);
      const result = call.call(this, { name, text, values }, ...args.slice(2)) as unknown;
      if (!(result instanceof Promise)) return result as never;
      return result.catch((e: unknown) => {
        // A migration changed what the statement returns ("cached plan must not change result type"): prepare
        // it afresh, under a new name, on the next call (this call fails: its transaction cannot continue).
        if ((e as { code?: string }).code === "0A000") this.#names.delete(text as string);
        throw e;
      }) as never;
    }

    #nameOf(text: string): string | null {
      const known = this.#names.get(text);
      if (known) return known;
      if (this.#names.size >= MAX_PREPARED_PER_CONNECTION) return null;
      if (text.length > MAX_PREPARED_TEXT || !PREPARABLE.test(text)) return null;
      const name = `nb${this.#next++}`;
      this.#names.set(text, name);
      return name;
    }
  } as unknown as typeof pg.Client;
}
