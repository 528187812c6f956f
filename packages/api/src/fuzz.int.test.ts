/**
 * Property-based test over every tRPC procedure of appRouter (enumerated from the router, so a new procedure,
 * a plugin's included, is covered without a line here): generated bad inputs — wrong types, huge and
 * negative numbers, NaN and Infinity, NUL bytes, lone surrogates, very long strings, ids of nothing, dates
 * like 0000-00-00 and 9999-12-31, stray keys — sent as a person who passes the procedure's access rule, most
 * of the time on the real target (so the input gets past the rule into the procedure). Every call either
 * succeeds or is refused with a 4xx code (never INTERNAL_SERVER_ERROR, never a non-tRPC error), and a refused
 * call stores nothing: the row counts of the tables people write are unchanged. On PGlite and, with
 * TEST_DATABASE_URL, on PostgreSQL. FUZZ_RUNS sets the cases per procedure (default 20, printed).
 */
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "./root.ts";
import { seededApi } from "./test-support.ts";
import type { Access } from "./trpc.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);

type Procedure = { _def: { meta?: { access?: Access }; inputs: z.ZodType[]; type: string } };
const procedures = Object.entries(
  (appRouter._def as unknown as { procedures: Record<string, Procedure> }).procedures,
);

let t: TestDatabase;
let s: Awaited<ReturnType<typeof seededApi>>;
const target: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  s = await seededApi(t.db);
  const org = await t.db
    .selectFrom("org_unit")
    .select(["id", "parent_id"])
    .where("name", "=", "荆竹铺镇")
    .executeTakeFirstOrThrow();
  const year = await t.db
    .selectFrom("report_year")
    .select("id")
    .where("year", "=", 2024)
    .executeTakeFirstOrThrow();
  const report = await (await s.as("admin")).report.open({ yearId: year.id, orgId: org.id });
  Object.assign(target, { report: report.id, org: org.id, year: year.id, region: org.parent_id! });
}, 120_000);
afterAll(() => t?.dispose());

/** The tables a call may write: a refused call leaves each count as it was (revisions kept for a refused conflicting save aside). */
async function counts(): Promise<Record<string, number>> {
  const n = async (q: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) =>
    Number((await q.executeTakeFirstOrThrow()).n);
  const count = (
    table:
      | "report"
      | "report_section"
      | "report_year"
      | "deadline_exception"
      | "review_comment"
      | "app_user"
      | "org_unit"
      | "section_metric",
  ) => n(t.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")));
  return {
    report: await count("report"),
    report_section: await count("report_section"),
    report_year: await count("report_year"),
    deadline_exception: await count("deadline_exception"),
    review_comment: await count("review_comment"),
    app_user: await count("app_user"),
    org_unit: await count("org_unit"),
    section_metric: await count("section_metric"),
    section_revision: await n(
      t.db
        .selectFrom("section_revision")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("refused", "=", false),
    ),
    revisions: await n(
      t.db
        .selectFrom("report_section")
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("revision"), eb.lit(0)).as("n")),
    ),
    statuses: await n(
      t.db
        .selectFrom("report")
        .select((eb) => eb.fn.count<number>("id").filterWhere("status", "!=", "draft").as("n")),
    ),
  };
}

/** Values no field should choke on. */
const bad: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    0,
    -1,
    1.5,
    1e13,
    1.7e308,
    -1.7e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53 + 1,
  ),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "名称\u0000",
    "a\uD800b",
    "\uDC00",
    "\u202E反转\u202C",
    "x".repeat(70_000),
    "0000-00-00",
    "0000-01-01",
    "9999-12-31",
    "2024-02-30",
    "not-a-uuid",
    "../../etc/passwd",
    "' or 1=1 --",
    "<script>alert(1)</script>",
  ),
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 4 }),
  fc.dictionary(
    fc.string({ maxLength: 8 }),
    fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant("\u0000")),
    { maxKeys: 4 },
  ),
);

/** The keys of a procedure's input object, when it has one (defaults, optionals and nullables unwrapped). */
function inputKeys(schema: z.ZodType | undefined): string[] {
  let s: unknown = schema;
  for (let i = 0; i < 5 && s; i++) {
    if (s instanceof z.ZodObject) return Object.keys(s.shape);
    const def = (s as { _zod?: { def?: { innerType?: unknown; in?: unknown } } })._zod?.def;
    s = def?.innerType ?? def?.in;
  }
  return [];
}

function inputFor(path: string, p: Procedure): fc.Arbitrary<unknown> {
  const access = p._def.meta?.access;
  const keys = inputKeys(p._def.inputs[0]);
  const scoped = access && "field" in access ? { field: access.field, id: target[access.kind]! } : null;
  const fields = Object.fromEntries(keys.filter((k) => k !== scoped?.field).map((k) => [k, bad]));
  const shaped = fc.record(fields, { requiredKeys: [] });
  const withTarget = scoped
    ? fc
        .tuple(
          shaped,
          fc.oneof({ weight: 4, arbitrary: fc.constant(scoped.id) }, { weight: 1, arbitrary: bad }),
        )
        .map(([o, id]) => ({ ...o, [scoped.field]: id }))
    : shaped;
  void path;
  return fc.oneof({ weight: 6, arbitrary: withTarget }, { weight: 1, arbitrary: bad });
}

/** Who calls: someone who passes the rule (the township's editor for edits, the administrator otherwise). */
function caller(access: Access | undefined): string {
  return access && "action" in access && access.action === "edit" ? "jingzhupu" : "admin";
}

function callPath(api: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<any>((c, k) => c[k], api);
  return fn(input);
}

describe(`every procedure under generated bad input (${engine})`, () => {
  it("answers 4xx or succeeds, never 5xx; a refused call stores nothing", async () => {
    console.log(
      `fuzz: ${procedures.length} procedures × ${RUNS} cases = ${procedures.length * RUNS} calls (${engine}; FUZZ_RUNS to change)`,
    );
    const outcomes: Record<string, number> = {};
    for (const [path, p] of procedures) {
      const api = await s.as(caller(p._def.meta?.access));
      await fc.assert(
        fc.asyncProperty(inputFor(path, p), async (input) => {
          const before = await counts();
          try {
            await callPath(api, path, input);
            outcomes.ok = (outcomes.ok ?? 0) + 1;
          } catch (e) {
            if (!(e instanceof TRPCError))
              throw new Error(`${path}: not a tRPC error: ${String(e)}`, { cause: e });
            outcomes[e.code] = (outcomes[e.code] ?? 0) + 1;
            if (e.code === "INTERNAL_SERVER_ERROR")
              throw new Error(`${path} answered 500: ${e.message} (${String(e.cause)})`, { cause: e });
            expect(await counts(), `${path} refused (${e.code}) but stored something`).toEqual(before);
          }
        }),
        { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
      );
    }
    console.log(`fuzz outcomes: ${JSON.stringify(outcomes)}`);
    expect(outcomes.INTERNAL_SERVER_ERROR ?? 0).toBe(0);
  }, 600_000);
});
