import type { Kysely } from "@nianbao/db";
import type { DB } from "@nianbao/db";
import type { AnySectionPlugin } from "@nianbao/sdk";
import { initTRPC } from "@trpc/server";
import { ZodError } from "zod";

export interface SectionLookup {
  get(id: string): AnySectionPlugin | undefined;
  list(): AnySectionPlugin[];
}

export interface Context {
  db: Kysely<DB>;
  sections: SectionLookup;
}

export interface FieldError {
  /** Dot path in the procedure's input ("data.exam.pass.numerator"). */
  path: string;
  message: string;
}

/** A ZodError's issues as field errors a form can show beside its fields. */
export function toFieldErrors(error: ZodError, prefix: string[] = []): FieldError[] {
  return error.issues.map((i) => ({ path: [...prefix, ...i.path.map(String)].join("."), message: i.message }));
}

/** Carries field errors with a path prefix through a TRPCError's cause. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldError[],
  ) {
    super(message);
  }
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors =
      cause instanceof InputError ? cause.fieldErrors : cause instanceof ZodError ? toFieldErrors(cause) : null;
    return {
      ...shape,
      message: cause instanceof ZodError ? "输入有误，请检查标出的字段" : shape.message,
      data: { ...shape.data, fieldErrors, stack: undefined },
    };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
