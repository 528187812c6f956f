import type { Kysely } from "@nianbao/db";
import type { DB } from "@nianbao/db";
import type { AnySectionPlugin } from "@nianbao/sdk";
import { initTRPC, TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import type { Auth, SessionUser } from "./auth.ts";
import { allowed, type Action, type Scope } from "./services/access.ts";

export interface SectionLookup {
  get(id: string): AnySectionPlugin | undefined;
  list(): AnySectionPlugin[];
}

export interface Context {
  db: Kysely<DB>;
  sections: SectionLookup;
  auth: Auth;
  /** The signed-in person, or null. */
  user: SessionUser | null;
}

/**
 * Who may call a procedure. Every procedure of appRouter carries one (the access-matrix test fails otherwise):
 * build procedures from the base procedures below, never from `publicProcedure`.
 */
export type Access =
  | { kind: "public" }
  | { kind: "signedIn" }
  /** Holds an administrator role somewhere; the procedure narrows to that scope. */
  | { kind: "anyAdmin" }
  | { kind: Scope; action: Action; field: string };

export interface Meta {
  access?: Access;
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

/** Carried by a CONFLICT error: the version that won, so the client can show it and merge. */
export class ConflictInfo extends Error {
  constructor(readonly conflict: { revision: number; data: unknown; text?: unknown; savedBy: string | null; savedAt: string }) {
    super("conflict");
  }
}

const t = initTRPC.context<Context>().meta<Meta>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors =
      cause instanceof InputError ? cause.fieldErrors : cause instanceof ZodError ? toFieldErrors(cause) : null;
    return {
      ...shape,
      message: cause instanceof ZodError ? "输入有误，请检查标出的字段" : shape.message,
      data: { ...shape.data, fieldErrors, conflict: cause instanceof ConflictInfo ? cause.conflict : null, stack: undefined },
    };
  },
});

export const router = t.router;
/** A procedure with NO access rule: do not export procedures built on it (the access-matrix test fails). */
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not (sign-in state, nothing else). */
export const openProcedure = t.procedure.meta({ access: { kind: "public" } });

function requireUser(user: SessionUser | null): SessionUser {
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "请先登录" });
  return user;
}

/** Any signed-in person; the procedure itself limits what it returns to the person's scope. */
export const signedInProcedure = t.procedure
  .meta({ access: { kind: "signedIn" } })
  .use(({ ctx, next }) => next({ ctx: { user: requireUser(ctx.user) } }));

const scopedId = z.object({}).catchall(z.unknown());

/**
 * A procedure whose input names what it acts on: `scoped("report", "edit")` reads `input.reportId`,
 * `scoped("org", "read", "orgId")`, `scoped("year", "administer", "yearId")`, `scoped("region", "administer", "regionId")`.
 * The check runs on the raw input before the procedure's own `.input()`: a caller outside the scope gets
 * FORBIDDEN (or NOT_FOUND for an unknown id) and learns nothing else.
 */
export function scopedProcedure(scope: Scope, action: Action, field: string = defaultField[scope]) {
  return t.procedure.meta({ access: { kind: scope, action, field } }).use(async ({ ctx, next, getRawInput }) => {
    const user = requireUser(ctx.user);
    const raw = scopedId.safeParse(await getRawInput());
    const id = z.object({ [field]: z.uuid({ error: "编号格式不正确" }) }).safeParse(raw.success ? raw.data : {});
    if (!id.success) throw new TRPCError({ code: "BAD_REQUEST", cause: id.error });
    if (!(await allowed(ctx.db, user, scope, action, id.data[field] as string))) {
      throw new TRPCError({ code: "FORBIDDEN", message: forbiddenMessage[action] });
    }
    return next({ ctx: { user } });
  });
}

const defaultField: Record<Scope, string> = { report: "reportId", org: "orgId", year: "yearId", region: "regionId" };
const forbiddenMessage: Record<Action, string> = {
  read: "您无权查看该单位的内容",
  edit: "您无权修改该报告（只有本乡镇的填报人可以修改）",
  review: "您无权审核该报告",
  administer: "您无权管理该单位",
};

/** The one-line rules, by role (see README "Access rules"). */
export const reportReadProcedure = scopedProcedure("report", "read");
export const reportEditProcedure = scopedProcedure("report", "edit");
export const reportReviewProcedure = scopedProcedure("report", "review");
/** Administrators of a county or city (and above); procedures narrow what they return to the admin's scope. */
export const adminProcedure = t.procedure
  .meta({ access: { kind: "anyAdmin" } })
  .use(({ ctx, next }) => {
    const user = requireUser(ctx.user);
    if (!user.assignments.some((a) => a.role === "admin")) throw new TRPCError({ code: "FORBIDDEN", message: "只有管理员可以执行此操作" });
    return next({ ctx: { user } });
  });
