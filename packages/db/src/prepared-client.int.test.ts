import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createDb } from "./create-db.ts";
import { MAX_PREPARED_PER_CONNECTION } from "./prepared-client.ts";

// The pool's clients prepare each distinct data statement once per connection (prepared-client.ts). Only
// PostgreSQL through pg has them (PGlite runs in process), so this runs with TEST_DATABASE_URL.
describe.runIf(process.env.TEST_DATABASE_URL)("prepared statements on PostgreSQL", () => {
  const prepared = sql<{ statement: string }>`select statement from pg_prepared_statements`;

  it("prepares a repeated statement once on its connection, with the same results", async () => {
    const d = await createDb({ databaseUrl: process.env.TEST_DATABASE_URL, migrate: false, poolSize: 1 });
    try {
      const results = [];
      for (const n of [1, 2, 3])
        results.push(
          await sql<{ n: number; s: string }>`select ${n}::int as n, ${"第" + n}::text as s`.execute(d.db),
        );
      expect(results.map((r) => r.rows[0])).toEqual([
        { n: 1, s: "第1" },
        { n: 2, s: "第2" },
        { n: 3, s: "第3" },
      ]);
      const statements = (await prepared.execute(d.db)).rows.map((r) => r.statement);
      expect(statements.filter((t) => t.includes("as n,"))).toHaveLength(1);
      // A statement without parameters (and DDL, lists of statements) is never prepared.
      expect(statements.some((t) => t.includes("pg_prepared_statements"))).toBe(false);
    } finally {
      await d.close();
    }
  });

  it("prepares nothing with preparedStatements: false (behind a pooler that drops them)", async () => {
    const d = await createDb({
      databaseUrl: process.env.TEST_DATABASE_URL,
      migrate: false,
      poolSize: 1,
      preparedStatements: false,
    });
    try {
      await d.db.transaction().execute(async (trx) => {
        for (const n of [1, 2]) await sql`select ${n}::int as n`.execute(trx);
        const count = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(
          trx,
        );
        expect(count.rows[0]!.n).toBe(0);
      });
    } finally {
      await d.close();
    }
  });

  it("a statement whose result a migration changed fails once, then is prepared afresh", async () => {
    const d = await createDb({ databaseUrl: process.env.TEST_DATABASE_URL, migrate: false, poolSize: 1 });
    try {
      await sql`create table prepared_probe (id int primary key, a text)`.execute(d.db);
      await sql`insert into prepared_probe values (1, 'x')`.execute(d.db);
      const read = () =>
        sql<Record<string, unknown>>`select * from prepared_probe where id = ${1}`.execute(d.db);
      expect((await read()).rows).toEqual([{ id: 1, a: "x" }]);
      await sql`alter table prepared_probe add column b text default 'y'`.execute(d.db);
      await expect(read()).rejects.toMatchObject({ code: "0A000" });
      expect((await read()).rows).toEqual([{ id: 1, a: "x", b: "y" }]);
    } finally {
      await sql`drop table if exists prepared_probe`.execute(d.db);
      await d.close();
    }
  });

  it("a failing statement leaves the connection usable and is not taken for prepared", async () => {
    const d = await createDb({ databaseUrl: process.env.TEST_DATABASE_URL, migrate: false, poolSize: 1 });
    try {
      const bad = sql`select no_such_column from pg_class where relname = ${"x"}`;
      await expect(bad.execute(d.db)).rejects.toThrow(/no_such_column/);
      await expect(bad.execute(d.db)).rejects.toThrow(/no_such_column/);
      const ok = await sql<{ v: string }>`select ${"仍可用"}::text as v`.execute(d.db);
      expect(ok.rows[0]!.v).toBe("仍可用");
    } finally {
      await d.close();
    }
  });

  it(`stops preparing new statements after ${MAX_PREPARED_PER_CONNECTION} on one connection`, async () => {
    const d = await createDb({ databaseUrl: process.env.TEST_DATABASE_URL, migrate: false, poolSize: 1 });
    try {
      await d.db.transaction().execute(async (trx) => {
        for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 20; i++)
          await sql`select ${i}::int as ${sql.ref(`c${i}`)}`.execute(trx);
        const count = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(
          trx,
        );
        expect(count.rows[0]!.n).toBe(MAX_PREPARED_PER_CONNECTION);
      });
    } finally {
      await d.close();
    }
  });
});
