import type { Kysely } from "@nianbao/db";
import type { DB } from "@nianbao/db";
import type { AnySectionPlugin } from "@nianbao/sdk";
import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { z, ZodError } from "zod";
import type { Auth, SessionUser } from "./auth.ts";
import type { Mailer } from "./services/mail.ts";
import {
  asDomainError,
  DomainError,
  HTTP_STATUS,
  INTERNAL_MESSAGE,
  invalid,
  type ErrorReason,
  type FieldError,
} from "./errors.ts";
import { unstorableTexts, zodMessage } from "./input-hygiene.ts";
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
  /** The session the request came with (absent in tests that build a context without one). */
  sessionId?: string | null;
  /** Sends notification e-mail when SMTP is configured (absent: in-app notifications only). */
  mailer?: Mailer;
  /** Told of a mail that could not be sent (the server logs it); the request has already succeeded. */
  onMailError?: (error: unknown) => void;
}

/**
 * Who may call a procedure. Every procedure of appRouter carries one (the access-matrix test fails otherwise):
 * build procedures from the base procedures below, never from `publicProcedure`.
 */
export type Access =
  | { kind: "public" }
  | { kind: "signedIn" }
  /** The signed-in person acting on their own account (password, sessions), allowed even before a forced password change. */
  | { kind: "self" }
  /** Holds an administrator role somewhere; the procedure narrows to that scope. */
  | { kind: "anyAdmin" }
  | { kind: Scope; action: Action; field: string };

export interface Meta {
  access?: Access;
}

export type { FieldError } from "./errors.ts";

/** A ZodError's issues as field errors a form can show beside its fields. */
export function toFieldErrors(error: ZodError, prefix: string[] = []): FieldError[] {
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path.map(String)].join("."),
    message: i.message,
  }));
}

/** "输入有误：字段：说明；…" — the message of an invalid input names its fields. */
export function invalidInputMessage(fieldErrors: readonly FieldError[], lead = "输入有误"): string {
  const shown = fieldErrors.slice(0, 3).map((f) => (f.path ? `${f.path}：${f.message}` : f.message));
  const more = fieldErrors.length > 3 ? `等${fieldErrors.length}处` : "";
  return shown.length ? `${lead}（${shown.join("；")}${more}）` : lead;
}

// Validation messages in the user's language (zod's built-in Chinese locale) for every schema parsed here.
z.config(z.locales.zhCN());

const REASON_OF_CODE: Partial<Record<TRPC_ERROR_CODE_KEY, ErrorReason>> = {
  UNAUTHORIZED: "unauthorized",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "not_found",
  CONFLICT: "conflict",
  PRECONDITION_FAILED: "wrong_state",
  SERVICE_UNAVAILABLE: "unavailable",
  TOO_MANY_REQUESTS: "busy",
};

/** The tRPC code of each reason (the HTTP status comes from errors.ts's HTTP_STATUS). */
const CODE_OF_REASON: Record<ErrorReason, TRPC_ERROR_CODE_KEY> = {
  unauthorized: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  not_found: "NOT_FOUND",
  invalid: "BAD_REQUEST",
  conflict: "CONFLICT",
  locked: "PRECONDITION_FAILED",
  wrong_state: "PRECONDITION_FAILED",
  incomplete: "PRECONDITION_FAILED",
  plugin_missing: "PRECONDITION_FAILED",
  unavailable: "SERVICE_UNAVAILABLE",
  busy: "TOO_MANY_REQUESTS",
  internal: "INTERNAL_SERVER_ERROR",
};

function reasonOf(error: TRPCError): ErrorReason {
  if (error.cause instanceof DomainError) return error.cause.reason;
  const byCode = REASON_OF_CODE[error.code];
  if (byCode) return byCode;
  return getHTTPStatusCodeFromError(error) >= 500 ? "internal" : "invalid";
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const reason = reasonOf(error);
      const fieldErrors =
        cause instanceof DomainError
          ? cause.fieldErrors
          : cause instanceof ZodError
            ? toFieldErrors(cause)
            : null;
      const message =
        reason === "internal"
          ? INTERNAL_MESSAGE
          : cause instanceof ZodError
            ? zodMessage(cause)
            : shape.message;
      return {
        ...shape,
        message,
        data: {
          ...shape.data,
          reason,
          httpStatus: HTTP_STATUS[reason],
          fieldErrors,
          conflict: cause instanceof DomainError ? cause.conflict : null,
          stack: undefined,
        },
      };
    },
  });

/**
 * The one mapping of errors to tRPC, around every procedure: a DomainError becomes the TRPCError of its
 * reason; a database conflict (unique violation, serialization failure, deadlock) a CONFLICT; a lost
 * connection SERVICE_UNAVAILABLE; anything else an INTERNAL_SERVER_ERROR whose message is generic (the
 * original stays its `cause`, which the server logs).
 */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const e = result.error;
  if (e.cause instanceof DomainError || e.code !== "INTERNAL_SERVER_ERROR") {
    if (e.cause instanceof DomainError && e.code !== CODE_OF_REASON[e.cause.reason])
      throw toTRPCError(e.cause);
    return result;
  }
  const d = asDomainError(e.cause ?? e);
  throw d.reason === "internal"
    ? new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: INTERNAL_MESSAGE, cause: e.cause ?? e })
    : toTRPCError(d);
});

/** `error` as the retryable SERVICE_UNAVAILABLE when it means the database is unreachable (restart, failover), else null. */
export function unavailableError(error: unknown): TRPCError | null {
  const d = asDomainError(error);
  return d.reason === "unavailable" ? toTRPCError(d) : null;
}

export function toTRPCError(d: DomainError): TRPCError {
  return new TRPCError({ code: CODE_OF_REASON[d.reason], message: d.message, cause: d });
}

/**
 * Input holding texts the database cannot store (a NUL byte, a lone surrogate) anywhere in it is refused before
 * anything runs, naming the field (PostgreSQL would refuse it with a raw message).
 */
const storableInput = t.middleware(async ({ next, getRawInput }) => {
  const unstorable = unstorableTexts(await getRawInput().catch(() => undefined));
  if (unstorable) throw toTRPCError(invalid(unstorable.message, unstorable.fieldErrors));
  return next();
});

/** Every procedure starts here: errors mapped once, unstorable input refused. */
const base = t.procedure.use(mapErrors).use(storableInput);

export const router = t.router;

/** A procedure with NO access rule: do not export procedures built on it (the access-matrix test fails). */
export const publicProcedure = base;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not (sign-in state, nothing else). */
export const openProcedure = base.meta({ access: { kind: "public" } });

export const MUST_CHANGE_PASSWORD_MESSAGE =
  "请先修改密码：管理员为您设置的初始密码须由您本人更换后才能继续使用";

/** The signed-in person, refused until they have chosen their own password after an administrator set one. */
function requireUser(user: SessionUser | null): SessionUser {
  const u = requireSignedIn(user);
  if (u.mustChangePassword) throw new TRPCError({ code: "FORBIDDEN", message: MUST_CHANGE_PASSWORD_MESSAGE });
  return u;
}

function requireSignedIn(user: SessionUser | null): SessionUser {
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "请先登录" });
  return user;
}

/** The person acting on their own account only: their password and their sessions. */
export const selfProcedure = base
  .meta({ access: { kind: "self" } })
  .use(({ ctx, next }) => next({ ctx: { user: requireSignedIn(ctx.user) } }));

/** Any signed-in person; the procedure itself limits what it returns to the person's scope. */
export const signedInProcedure = base
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
  return base.meta({ access: { kind: scope, action, field } }).use(async ({ ctx, next, getRawInput }) => {
    const user = requireUser(ctx.user);
    const raw = scopedId.safeParse(await getRawInput());
    const id = z
      .object({ [field]: z.uuid({ error: "编号格式不正确" }) })
      .safeParse(raw.success ? raw.data : {});
    if (!id.success) throw new TRPCError({ code: "BAD_REQUEST", cause: id.error });
    if (!(await allowed(ctx.db, user, scope, action, id.data[field] as string))) {
      throw new TRPCError({ code: "FORBIDDEN", message: forbiddenMessage[action] });
    }
    return next({ ctx: { user } });
  });
}

const defaultField: Record<Scope, string> = {
  report: "reportId",
  org: "orgId",
  year: "yearId",
  region: "regionId",
};
const forbiddenMessage: Record<Action, string> = {
  read: "您无权查看该单位的内容",
  edit: "您无权修改该报告（只有本乡镇的填报人可以修改）",
  review: "您无权审核该报告",
  administer: "您无权管理该单位",
  open: "只有本乡镇的填报人和管理员可以开始填报该报告",
};

/** The one-line rules, by role (see README "Access rules"). */
export const reportReadProcedure = scopedProcedure("report", "read");
export const reportEditProcedure = scopedProcedure("report", "edit");
export const reportReviewProcedure = scopedProcedure("report", "review");
/** Administrators of a county or city (and above); procedures narrow what they return to the admin's scope. */
export const adminProcedure = base.meta({ access: { kind: "anyAdmin" } }).use(({ ctx, next }) => {
  const user = requireUser(ctx.user);
  if (!user.assignments.some((a) => a.role === "admin"))
    throw new TRPCError({ code: "FORBIDDEN", message: "只有管理员可以执行此操作" });
  return next({ ctx: { user } });
});
