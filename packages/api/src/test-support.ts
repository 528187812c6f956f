import type { DB, Kysely } from "@nianbao/db";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { demoFixtures, sections } from "@nianbao/sections";
import { buildAuth, loadSessionUser, type Auth } from "./auth.ts";
import { createCaller } from "./root.ts";
import { seedDemo } from "./services/demo.ts";
import { DomainError, type ErrorReason } from "./errors.ts";
import type { Context } from "./trpc.ts";

/** For integration tests: the demo seeded with its accounts, and a tRPC caller per signed-in demo account. */
export async function seededApi(db: Kysely<DB>) {
  const auth: Auth = buildAuth(db, "integration-test-secret-0123456789abcdef");
  const seeded = await seedDemo(db, sections, demoFixtures, { auth });
  async function context(username: string | null): Promise<Context> {
    if (!username) return { db, sections, auth, user: null };
    const row = await db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirstOrThrow();
    return { db, sections, auth, user: await loadSessionUser(db, row.id) };
  }
  return {
    auth,
    seeded,
    context,
    /** A caller signed in as this username (null: nobody signed in). */
    as: async (username: string | null) => createCaller(await context(username)),
  };
}

/** The TRPCError a call is refused with (fails the test when the call succeeds or throws something else). */
export async function rejection(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TRPCError);
    return e as TRPCError;
  }
  throw new Error("expected the call to be refused");
}

/** The machine-readable reason of a refusal (what clients branch on), derived like the error formatter's. */
export function reasonOf(e: TRPCError): ErrorReason | string {
  if (e.cause instanceof DomainError) return e.cause.reason;
  return (
    {
      UNAUTHORIZED: "unauthorized",
      FORBIDDEN: "forbidden",
      NOT_FOUND: "not_found",
      BAD_REQUEST: "invalid",
      CONFLICT: "conflict",
    }[e.code as string] ?? e.code
  );
}
