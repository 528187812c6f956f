import { randomBytes } from "node:crypto";
import type { DB, Kysely, Role } from "@nianbao/db";
import { betterAuth } from "better-auth";
import { createAuthMiddleware, isAPIError } from "better-auth/api";
import { username } from "better-auth/plugins";
import { conflict, DomainError, invalid, notFound } from "./errors.ts";
import { audit } from "./services/audit.ts";
import { inTransaction } from "./services/write-path.ts";

/**
 * Accounts through better-auth (username + password, sessions in the database). Its tables are created by
 * our migration 2026_11_26_0200 (app_user, auth_session, auth_account, auth_verification, auth_rate_limit),
 * never by its CLI; here its models are mapped onto those snake_case tables.
 */
export interface AuthOptions {
  /** Signs the session cookie; every server on one database must share it. Default: generated once and kept in app_setting. */
  secret?: string;
  /** Sign-in attempts allowed per client address per minute (default 10). */
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
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    user: {
      modelName: "app_user",
      fields: { name: "display_name", emailVerified: "email_verified", ...ts },
      additionalFields: { disabled: { type: "boolean", required: false, defaultValue: false, input: false } },
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
      updateAge: 60 * 60 * 24,
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
      customRules: { "/sign-in/username": { window: 60, max: options.signInPerMinute ?? 10 } },
    },
    hooks: {
      // A person changing their own password is an administrative event too. better-auth writes the new
      // password in its own statements, so this event follows them (it is not in their transaction).
      after: createAuthMiddleware(async (ctx) => {
        // …and so is renaming oneself (/update-user: the display name).
        if (ctx.path !== "/change-password" && ctx.path !== "/update-user") return;
        const returned: unknown = ctx.context.returned;
        const userId = ctx.context.session?.user.id;
        if (!userId || returned === undefined || isAPIError(returned) || (returned instanceof Response && !returned.ok)) return;
        const rename = ctx.path === "/update-user";
        const name = (ctx.body as { name?: unknown } | undefined)?.name;
        await audit(db, {
          actorId: userId,
          action: rename ? "account.update" : "account.change_password",
          targetType: "account",
          targetId: userId,
          orgUnitId: await accountOrg(db, userId),
          ...(rename ? { after: { displayName: typeof name === "string" ? name : null } } : {}),
        });
      }),
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
}

export async function loadSessionUser(db: Kysely<DB>, userId: string): Promise<SessionUser | null> {
  const u = await db
    .selectFrom("app_user")
    .select(["id", "username", "display_name", "disabled"])
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
  return { id: u.id, username: u.username, displayName: u.display_name, assignments };
}

/** The session user for a request's headers (cookie), or null. */
export async function sessionUser(auth: Auth, db: Kysely<DB>, headers: Headers): Promise<SessionUser | null> {
  const s = await auth.api.getSession({ headers });
  return s ? loadSessionUser(db, s.user.id) : null;
}

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  orgUnitId: string;
}

/**
 * Create an account — the user, its password (hashed by better-auth) and its role assignment — and, when an
 * actor is given, its audit event, in one transaction. Two administrators creating one username at once:
 * the second gets a conflict naming the username field.
 */
export async function createAccount(auth: Auth, db: Kysely<DB>, input: NewAccount, actorId?: string | null): Promise<string> {
  const ctx = await auth.$context;
  const name = input.username.trim().toLowerCase();
  const taken = () => conflict(`用户名“${name}”已被使用`, null, [{ path: "username", message: `用户名“${name}”已被使用` }]);
  if (input.password.length < 8) throw invalid("密码至少 8 位", [{ path: "password", message: "密码至少 8 位" }]);
  const existing = await db.selectFrom("app_user").select("id").where("username", "=", name).executeTakeFirst();
  if (existing) throw taken();
  const hash = await ctx.password.hash(input.password);
  try {
    return await inTransaction(db, async (trx) => {
      const now = new Date();
      const user = await trx
        .insertInto("app_user")
        .values({
          username: name,
          display_username: input.username.trim(),
          display_name: input.displayName,
          email: `${name}@users.nianbao.invalid`,
          created_at: now,
          updated_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("auth_account")
        .values({ user_id: user.id, account_id: user.id, provider_id: "credential", password: hash, access_token: null, refresh_token: null, id_token: null, access_token_expires_at: null, refresh_token_expires_at: null, scope: null, created_at: now, updated_at: now })
        .execute();
      await trx.insertInto("role_assignment").values({ user_id: user.id, org_unit_id: input.orgUnitId, role: input.role }).execute();
      if (actorId !== undefined) {
        await audit(trx, {
          actorId,
          action: "account.create",
          targetType: "account",
          targetId: user.id,
          orgUnitId: input.orgUnitId,
          after: { username: name, displayName: input.displayName, role: input.role },
        });
      }
      return user.id;
    });
  } catch (e) {
    if (e instanceof DomainError && e.reason === "conflict") throw taken();
    throw e;
  }
}

/** The org unit an account's events are filed under (its first role's), so they show in that unit's audit log. */
export async function accountOrg(db: Kysely<DB>, userId: string): Promise<string | null> {
  const row = await db.selectFrom("role_assignment").select("org_unit_id").where("user_id", "=", userId).orderBy("created_at").executeTakeFirst();
  return row?.org_unit_id ?? null;
}

/** Set a new password (administrators reset; the CLI) and end the account's sessions, with its audit event when an actor is given. */
export async function setAccountPassword(
  auth: Auth,
  db: Kysely<DB>,
  userId: string,
  password: string,
  actorId?: string | null,
): Promise<void> {
  if (password.length < 8) throw invalid("密码至少 8 位", [{ path: "password", message: "密码至少 8 位" }]);
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(password);
  await inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable("auth_account")
      .set({ password: hash, updated_at: new Date() })
      .where("user_id", "=", userId)
      .where("provider_id", "=", "credential")
      .returning("id")
      .executeTakeFirst();
    if (!updated) throw notFound("找不到该账号");
    await trx.deleteFrom("auth_session").where("user_id", "=", userId).execute();
    if (actorId !== undefined) await audit(trx, { actorId, action: "account.reset_password", targetType: "account", targetId: userId, orgUnitId: await accountOrg(trx, userId) });
  });
}

/** @deprecated account refusals are DomainErrors (errors.ts); kept for callers that still catch it. */
export class AccountError extends Error {}
