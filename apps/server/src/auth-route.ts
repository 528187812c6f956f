/**
 * The door to better-auth (/api/auth/*): only sign-in, sign-out and the session read pass; every other route
 * of better-auth (update-user, change-email, change-password, is-username-available, sign-up …) answers 404 —
 * identity changes are administrators' audited procedures, a person's own password and sessions go through
 * tRPC (`session.*`). Sign-in is throttled per account and per address (sign-in-throttle.ts), every refusal
 * reads the same (wrong password, unknown user, disabled account), and no session token is sent in a body.
 */
import {
  type Auth,
  DEFAULT_LIMITS,
  normalizeUsername,
  recordSignInFailure,
  recordSignInSuccess,
  signInWait,
  type ThrottleLimits,
} from "@nianbao/api";
import type { DB, Kysely } from "@nianbao/db";

const OPEN_ROUTES: Record<string, string> = {
  "/api/auth/sign-in/username": "POST",
  "/api/auth/sign-out": "POST",
  "/api/auth/get-session": "GET",
};

export const SIGN_IN_REFUSED = {
  code: "INVALID_USERNAME_OR_PASSWORD",
  message: "用户名或密码错误 / Invalid username or password",
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...headers },
  });
}

/** A JSON body without session tokens (`token`, `session.token`): the cookie is the only carrier. */
async function withoutTokens(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new Response(text, response);
  }
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === "object")
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => k !== "token")
          .map(([k, x]) => [k, strip(x)]),
      );
    return v;
  };
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(strip(body)), { status: response.status, headers });
}

export interface AuthRequestOptions {
  db: Kysely<DB>;
  /** The client's address (the socket's, or the proxy's X-Forwarded-For when trusted). */
  address: string;
  limits?: ThrottleLimits;
}

/** Answer one request to /api/auth/* (see above). */
export async function handleAuthRequest(
  auth: Auth,
  request: Request,
  { db, address, limits = DEFAULT_LIMITS }: AuthRequestOptions,
): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (OPEN_ROUTES[path] !== request.method) return json(404, { error: "Not Found" });
  if (path !== "/api/auth/sign-in/username") return withoutTokens(await auth.handler(request));

  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { username?: unknown; password?: unknown } | null;
  const username = typeof body?.username === "string" ? normalizeUsername(body.username) : "";
  const password = typeof body?.password === "string" ? body.password : "";
  const wait = await signInWait(db, username, address);
  if (wait > 0)
    return json(
      429,
      {
        code: "TOO_MANY_ATTEMPTS",
        message: `尝试次数过多，请 ${wait} 秒后再试 / Too many attempts, try again in ${wait} s`,
        retryAfter: wait,
      },
      { "retry-after": String(wait) },
    );

  const ctx = await auth.$context;
  const account = username
    ? await db
        .selectFrom("app_user as u")
        .leftJoin("auth_account as a", (j) =>
          j.onRef("a.user_id", "=", "u.id").on("a.provider_id", "=", "credential"),
        )
        .select(["u.disabled", "a.password"])
        .where("u.username", "=", username)
        .executeTakeFirst()
    : undefined;
  let response: Response | null = null;
  if (account?.disabled) {
    // A disabled account answers exactly as a wrong password, after the same work (one hash verification).
    if (account.password) await ctx.password.verify({ hash: account.password, password });
  } else if (!username || !password) {
    await ctx.password.hash(password || "-");
  } else {
    response = await auth.handler(request);
  }
  if (response?.ok) {
    await recordSignInSuccess(db, username, address);
    return withoutTokens(response);
  }
  if (response && response.status >= 500) return response;
  // better-auth refuses a malformed username (422) before any hashing: do the same work as a wrong password.
  if (response && response.status !== 401) await ctx.password.hash(password || "-");
  await recordSignInFailure(db, username, address, limits);
  return json(401, SIGN_IN_REFUSED);
}
