/**
 * Recognises the errors that mean "the database is not reachable right now" — a restart, a failover, an
 * administrator ending connections (pg_terminate_backend), a full connection table — as opposed to an error in
 * the request itself. Such a request did not happen (its transaction was rolled back by the server) and may be
 * sent again: the API answers it with a retryable 503 instead of a 500.
 */

/** SQLSTATE classes and codes that mean the server or the connection went away. */
const UNAVAILABLE_CODES = new Set([
  "57P01", // admin_shutdown: terminating connection due to administrator command
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the database system is starting up / shutting down
  "53300", // too_many_connections
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "08007",
]);

/** Node socket errors and pg's own messages for a connection that is gone or could not be made. */
const UNAVAILABLE_ERRNOS = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
]);
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /Client has encountered a connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /Client was closed and is not queryable/,
  /^terminating connection/,
];

function one(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_ERRNOS.has(code))) return true;
  return typeof message === "string" && UNAVAILABLE_MESSAGES.some((m) => m.test(message));
}

/** True when `error` (or an error in its `cause` chain) means the database is unavailable for now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && depth < 8; depth++) {
    if (one(e)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** What a request that met an unavailable database is told (Chinese first; the web app shows it as is). */
export const DATABASE_UNAVAILABLE_MESSAGE = "数据库暂时无法连接，本次操作未完成，请稍后重试";
/** The machine-readable reason the client reads to retry. */
export const DATABASE_UNAVAILABLE_REASON = "unavailable";
