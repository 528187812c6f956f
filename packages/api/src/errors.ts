import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@nianbao/db";
/**
 * Domain errors: what services throw. Each carries a machine-readable `reason` and a message in the user's
 * language (Chinese); it is mapped once to tRPC (`trpc.ts`) and once to HTTP (`httpError`, used by the
 * server's routes). Services never throw tRPC errors, and no client ever sees a raw SQL or JavaScript
 * message: anything else is an internal error, logged on the server and answered with a generic message.
 */

/** Why a call was refused. Clients branch on this, never on the transport code. */
export type ErrorReason =
  /** Not signed in. */
  | "unauthorized"
  /** Signed in, but the action is outside the person's roles or scope. */
  | "forbidden"
  /** The thing named does not exist (or is not visible). */
  | "not_found"
  /** The input is invalid; `fieldErrors` names the fields. */
  | "invalid"
  /** Someone else changed it first (stale revision, a concurrent write): nothing of this call was written. */
  | "conflict"
  /** The report cannot be changed now: submitted, approved, or past its deadline without an exception. */
  | "locked"
  /** The action does not fit the current state (approve a draft, publish a published year …). */
  | "wrong_state"
  /** Required sections are not complete (submission, approval). */
  | "incomplete"
  /** The section's plugin is not installed on this server. */
  | "plugin_missing"
  /** The database is unreachable or restarting: try again shortly. */
  | "unavailable"
  /** Too much work queued (PDF rendering): try again after `retryAfter` seconds. */
  | "busy"
  /** A fault on the server (logged there). */
  | "internal";

export interface FieldError {
  /** Dot path in the procedure's input ("data.exam.pass.numerator"). */
  path: string;
  message: string;
}

/** On a conflict over a section: the version that won, so the client can show it and merge. */
export interface ConflictDetail {
  revision: number;
  data: unknown;
  /** The winning version's own words (null: generated text). */
  text?: unknown;
  savedBy: string | null;
  savedAt: string;
}

export class DomainError extends Error {
  readonly reason: ErrorReason;
  readonly fieldErrors: FieldError[] | null;
  readonly conflict: ConflictDetail | null;
  /** For "busy": seconds to wait before trying again (sent as Retry-After). */
  readonly retryAfter: number | null;
  constructor(
    reason: ErrorReason,
    message: string,
    extra: {
      fieldErrors?: FieldError[] | null;
      conflict?: ConflictDetail | null;
      cause?: unknown;
      retryAfter?: number;
    } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = "DomainError";
    this.reason = reason;
    this.fieldErrors = extra.fieldErrors ?? null;
    this.conflict = extra.conflict ?? null;
    this.retryAfter = extra.retryAfter ?? null;
  }
}

/** Shorthands for the common refusals. */
export const notFound = (message: string) => new DomainError("not_found", message);
export const forbidden = (message: string) => new DomainError("forbidden", message);
export const wrongState = (message: string) => new DomainError("wrong_state", message);
export const conflict = (message: string, detail?: ConflictDetail | null, fieldErrors?: FieldError[]) =>
  new DomainError("conflict", message, { conflict: detail ?? null, fieldErrors: fieldErrors ?? null });
/** Invalid input; the message names the fields, and `fieldErrors` lets a form show each beside its field. */
export function invalid(message: string, fieldErrors: FieldError[] = []): DomainError {
  return new DomainError("invalid", message, { fieldErrors });
}

/** The message every client gets for a fault on the server. */
export const INTERNAL_MESSAGE = "服务器内部错误，请稍后重试；如果问题持续，请联系管理员";
export const UNAVAILABLE_MESSAGE = DATABASE_UNAVAILABLE_MESSAGE;
export const CONCURRENT_MESSAGE = "该内容刚刚被他人同时修改，您的操作未生效，请刷新后再试";

/** PostgreSQL's SQLSTATE of an error thrown by pg or PGlite, if any. */
export function sqlState(e: unknown): string | null {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/**
 * A database fault as a domain error, or null when it is not one we answer in particular: a unique
 * violation or a serialization failure / deadlock is a conflict (someone else wrote first); a connection
 * lost, an administrator's shutdown or too many connections is "unavailable" (retry).
 */
export function fromDatabaseError(e: unknown): DomainError | null {
  const state = sqlState(e);
  // A connection that is gone often carries no SQLSTATE ("Connection terminated unexpectedly", ECONNRESET).
  if (!state)
    return isDatabaseUnavailable(e)
      ? new DomainError("unavailable", UNAVAILABLE_MESSAGE, { cause: e })
      : null;
  if (state === "23505" || state === "40001" || state === "40P01") {
    return new DomainError("conflict", CONCURRENT_MESSAGE, { cause: e });
  }
  // Class 08 (connection exception), 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now), 53300 (too many connections).
  if (
    state.startsWith("08") ||
    state === "57P01" ||
    state === "57P02" ||
    state === "57P03" ||
    state === "53300"
  ) {
    return new DomainError("unavailable", UNAVAILABLE_MESSAGE, { cause: e });
  }
  return null;
}

/** Any thrown value as a domain error: itself, a known database fault, or an internal error. */
export function asDomainError(e: unknown): DomainError {
  if (e instanceof DomainError) return e;
  return fromDatabaseError(e) ?? new DomainError("internal", INTERNAL_MESSAGE, { cause: e });
}

/** The HTTP status of each reason (the tRPC mapping and the HTTP routes both follow it). */
export const HTTP_STATUS: Record<ErrorReason, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
  locked: 423,
  wrong_state: 412,
  incomplete: 412,
  plugin_missing: 412,
  unavailable: 503,
  busy: 429,
  internal: 500,
};

/** The body an HTTP route answers an error with: `{ error, reason, fieldErrors? }`. */
export function httpError(e: unknown): {
  status: number;
  body: { error: string; reason: ErrorReason; fieldErrors?: FieldError[] };
  internal: boolean;
  /** Seconds for a Retry-After header, when the reason asks to come back later. */
  retryAfter: number | null;
} {
  const d = asDomainError(e);
  const body: { error: string; reason: ErrorReason; fieldErrors?: FieldError[] } = {
    error: d.message,
    reason: d.reason,
  };
  if (d.fieldErrors?.length) body.fieldErrors = d.fieldErrors;
  return { status: HTTP_STATUS[d.reason], body, internal: d.reason === "internal", retryAfter: d.retryAfter };
}
