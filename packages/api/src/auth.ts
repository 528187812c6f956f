import { randomBytes } from "node:crypto";
import type { DB, Kysely, Role } from "@nianbao/db";
import { betterAuth } from "better-auth";
import { username } from "better-auth/plugins";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@nianbao/password/limits";

/**
 * Accounts through better-auth (username + password, sessions in the database). Its tables are created by
 * our migration 2026_11_26_0200 (app_user, auth_session, auth_account, auth_verification, auth_rate_limit),
 * never by its CLI; here its models are mapped onto those snake_case tables.
 */
export interface AuthOptions {
  /** Signs the session cookie; every server on one database must share it. Default: generated once and kept in app_setting. */
  secret?: string;
  /** Failed sign-ins from one address (over every account) before it is slowed down (default 50; see sign-in-throttle.ts). */
  signInPerMinute?: number;
  /** Send cookies with Secure (set behind HTTPS). */
  secureCookies?: boolean;
}

const ts = { createdAt: "created_at", updatedAt: "updated_at" } as const;

/** The header the server sets from the socket address (any client value is replaced), read for rate limiting. */
export const CLIENT_IP_HEADER = "x-nianbao-client-ip";

export async function authSecret(db: Kysely<DB>, configured?: string): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto("app_setting")
    .values({ key: "auth_secret", value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("app_setting")
    .select("value")
    .where("key", "=", "auth_secret")
    .executeTakeFirstOrThrow();
  return row.value;
}

export function sameOrigin(request: Request | undefined): string[] {
  if (!request) return [];
  const host = request.headers.get("host");
  const proto = new URL(request.url).protocol;
  return host ? [`${proto}//${host}`] : [];
}

export function buildAuth(db: Kysely<DB>, secret: string, options: AuthOptions = {}) {
  return betterAuth({
    appName: "nianbao",
    secret,
    basePath: "/api/auth",
    // Kysely (ours: PGlite or pg) through better-auth's Kysely adapter.
    database: { db, type: "postgres" },
    // The page and the API share one origin; nothing else may send state-changing requests.
    trustedOrigins: (request) => sameOrigin(request),
    telemetry: { enabled: false },
    // Wrong passwords are answered with 401; its own warnings (e.g. the base URL taken from each request) stay quiet.
    logger: { level: "error" },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      modelName: "app_user",
      fields: { name: "display_name", emailVerified: "email_verified", ...ts },
      additionalFields: {
        disabled: { type: "boolean", required: false, defaultValue: false, input: false },
        mustChangePassword: {
          type: "boolean",
          required: false,
          defaultValue: false,
          input: false,
          fieldName: "must_change_password",
        },
      },
    },
    session: {
      modelName: "auth_session",
      fields: {
        userId: "user_id",
        expiresAt: "expires_at",
        ipAddress: "ip_address",
        userAgent: "user_agent",
        ...ts,
      },
      expiresIn: 60 * 60 * 24 * 7,
      // A session's updated_at is when it was last active (the sessions list shows it), to the hour.
      updateAge: 60 * 60,
    },
    account: {
      modelName: "auth_account",
      fields: {
        userId: "user_id",
        accountId: "account_id",
        providerId: "provider_id",
        accessToken: "access_token",
        refreshToken: "refresh_token",
        idToken: "id_token",
        accessTokenExpiresAt: "access_token_expires_at",
        refreshTokenExpiresAt: "refresh_token_expires_at",
        ...ts,
      },
    },
    verification: { modelName: "auth_verification", fields: { expiresAt: "expires_at", ...ts } },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "auth_rate_limit",
      fields: { lastRequest: "last_request" },
      window: 60,
      max: 300,
      // Sign-in is throttled per account and per address by the server's wrapper (sign-in-throttle.ts), which
      // never refuses a correct password from an address the account already signed in from.
      customRules: { "/sign-in/username": false },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account cannot start a session.
          before: async (session) => {
            const u = await db
              .selectFrom("app_user")
              .select("disabled")
              .where("id", "=", session.userId)
              .executeTakeFirst();
            return u && !u.disabled ? undefined : false;
          },
        },
      },
    },
    advanced: {
      database: { generateId: "uuid" },
      cookiePrefix: "nianbao",
      useSecureCookies: options.secureCookies ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    plugins: [username({ schema: { user: { fields: { displayUsername: "display_username" } } } })],
  });
}

export type Auth = ReturnType<typeof buildAuth>;

export interface Assignment {
  role: Role;
  orgUnitId: string;
  orgName: string;
}

/** The signed-in person as every procedure sees it. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  assignments: Assignment[];
  /** An administrator created or reset the account: nothing but choosing a new password until it is done. */
  mustChangePassword: boolean;
}

export async function loadSessionUser(db: Kysely<DB>, userId: string): Promise<SessionUser | null> {
  const u = await db
    .selectFrom("app_user")
    .select(["id", "username", "display_name", "disabled", "must_change_password"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!u || u.disabled) return null;
  const assignments = await db
    .selectFrom("role_assignment as a")
    .innerJoin("org_unit as o", "o.id", "a.org_unit_id")
    .select(["a.role", "a.org_unit_id as orgUnitId", "o.name as orgName"])
    .where("a.user_id", "=", userId)
    .orderBy("a.created_at")
    .execute();
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    assignments,
    mustChangePassword: u.must_change_password,
  };
}

/** The session user for a request's headers (cookie), or null. */
export async function sessionUser(auth: Auth, db: Kysely<DB>, headers: Headers): Promise<SessionUser | null> {
  return (await sessionOf(auth, db, headers)).user;
}

/** The session user and the session's id (to tell "this device" from the others), or nulls. */
export async function sessionOf(
  auth: Auth,
  db: Kysely<DB>,
  headers: Headers,
): Promise<{ user: SessionUser | null; sessionId: string | null }> {
  const s = await auth.api.getSession({ headers });
  const user = s ? await loadSessionUser(db, s.user.id) : null;
  return { user, sessionId: user ? s!.session.id : null };
}

export { accountOrg, createAccount, setAccountPassword, type NewAccount } from "./services/accounts.ts";

/** @deprecated account refusals are DomainErrors (errors.ts); kept for callers that still catch it. */
export class AccountError extends Error {}
