import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

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
