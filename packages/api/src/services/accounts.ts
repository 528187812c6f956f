import type { DB, Kysely, Role } from "@nianbao/db";
import type { PasswordOwner } from "@nianbao/password";
import type { Auth } from "../auth.ts";
import { conflict, DomainError, invalid, notFound } from "../errors.ts";
import { audit } from "./audit.ts";
import { inTransaction } from "./write-path.ts";

/**
 * Accounts: created, renamed, re-roled and reset by administrators only, each change audited in its own
 * transaction; a person changes only their own password (and ends their own sessions, sessions.ts).
 */
export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  orgUnitId: string;
}

/**
 * Refuse a password the policy refuses (@nianbao/password, loaded on the first check: its dictionaries take
 * a moment, and a server start or a command that checks no password should not wait for them), naming the field.
 */
export async function assertPasswordAllowed(
  password: string,
  owner: PasswordOwner,
  path = "password",
): Promise<void> {
  const { checkPassword } = await import("@nianbao/password");
  const v = checkPassword(password, owner);
  if (!v.ok) throw invalid(v.reason!.zh, [{ path, message: v.reason!.zh }]);
}

function usernameTaken(name: string): DomainError {
  return conflict(`用户名“${name}”已被使用`, null, [
    { path: "username", message: `用户名“${name}”已被使用` },
  ]);
}

/**
 * Create an account — the user, its password (hashed by better-auth) and its role assignment — and, when an
 * actor is given (an administrator, or null for the command line), its audit event, in one transaction; the
 * account must then choose its own password on first sign-in. The demo seed passes `trusted` (its published
 * demo password, no forced change). Two administrators creating one username at once: the second gets a
 * conflict naming the username field.
 */
export async function createAccount(
  auth: Auth,
  db: Kysely<DB>,
  input: NewAccount,
  actorId?: string | null,
  options: { trusted?: boolean } = {},
): Promise<string> {
  const ctx = await auth.$context;
  const name = input.username.trim().toLowerCase();
  if (!options.trusted)
    await assertPasswordAllowed(input.password, { username: name, displayName: input.displayName });
  const existing = await db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", name)
    .executeTakeFirst();
  if (existing) throw usernameTaken(name);
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
          must_change_password: actorId !== undefined && !options.trusted,
          created_at: now,
          updated_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("auth_account")
        .values({
          user_id: user.id,
          account_id: user.id,
          provider_id: "credential",
          password: hash,
          access_token: null,
          refresh_token: null,
          id_token: null,
          access_token_expires_at: null,
          refresh_token_expires_at: null,
          scope: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto("role_assignment")
        .values({ user_id: user.id, org_unit_id: input.orgUnitId, role: input.role })
        .execute();
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
    if (e instanceof DomainError && e.reason === "conflict") throw usernameTaken(name);
    throw e;
  }
}

/** The org unit an account's events are filed under (its first role's), so they show in that unit's audit log. */
export async function accountOrg(db: Kysely<DB>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom("role_assignment")
    .select("org_unit_id")
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .executeTakeFirst();
  return row?.org_unit_id ?? null;
}

async function owner(db: Kysely<DB>, userId: string): Promise<PasswordOwner> {
  const u = await db
    .selectFrom("app_user")
    .select(["username", "display_name"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!u) throw notFound("找不到该账号");
  return { username: u.username, displayName: u.display_name };
}

/**
 * An administrator (or the command line, actor null) sets a new password: the policy applies, every session
 * of the account ends, and the person must choose their own password at the next sign-in.
 */
export async function setAccountPassword(
  auth: Auth,
  db: Kysely<DB>,
  userId: string,
  password: string,
  actorId?: string | null,
): Promise<void> {
  await assertPasswordAllowed(password, await owner(db, userId));
  const hash = await (await auth.$context).password.hash(password);
  await inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable("auth_account")
      .set({ password: hash, updated_at: new Date() })
      .where("user_id", "=", userId)
      .where("provider_id", "=", "credential")
      .returning("id")
      .executeTakeFirst();
    if (!updated) throw notFound("找不到该账号");
    await trx
      .updateTable("app_user")
      .set({ must_change_password: true, updated_at: new Date() })
      .where("id", "=", userId)
      .execute();
    await trx.deleteFrom("auth_session").where("user_id", "=", userId).execute();
    if (actorId !== undefined)
      await audit(trx, {
        actorId,
        action: "account.reset_password",
        targetType: "account",
        targetId: userId,
        orgUnitId: await accountOrg(trx, userId),
      });
  });
}

/**
 * A person changes their own password: the current one must be right, the new one pass the policy and differ
 * from the current one. Every other session of theirs ends (this one stays); the forced change is done.
 */
export async function changeOwnPassword(
  auth: Auth,
  db: Kysely<DB>,
  input: { userId: string; sessionId: string | null; currentPassword: string; newPassword: string },
): Promise<{ endedSessions: number }> {
  const ctx = await auth.$context;
  const acc = await db
    .selectFrom("auth_account")
    .select("password")
    .where("user_id", "=", input.userId)
    .where("provider_id", "=", "credential")
    .executeTakeFirst();
  if (!acc?.password) throw notFound("找不到该账号");
  if (!(await ctx.password.verify({ hash: acc.password, password: input.currentPassword })))
    throw invalid("当前密码不正确", [{ path: "currentPassword", message: "当前密码不正确" }]);
  if (input.newPassword === input.currentPassword)
    throw invalid("新密码不能与当前密码相同", [{ path: "newPassword", message: "新密码不能与当前密码相同" }]);
  await assertPasswordAllowed(input.newPassword, await owner(db, input.userId), "newPassword");
  const hash = await ctx.password.hash(input.newPassword);
  return inTransaction(db, async (trx) => {
    const now = new Date();
    await trx
      .updateTable("auth_account")
      .set({ password: hash, updated_at: now })
      .where("user_id", "=", input.userId)
      .where("provider_id", "=", "credential")
      .execute();
    await trx
      .updateTable("app_user")
      .set({ must_change_password: false, updated_at: now })
      .where("id", "=", input.userId)
      .execute();
    let others = trx.deleteFrom("auth_session").where("user_id", "=", input.userId);
    if (input.sessionId) others = others.where("id", "!=", input.sessionId);
    const ended = await others.executeTakeFirst();
    await audit(trx, {
      actorId: input.userId,
      action: "account.change_password",
      targetType: "account",
      targetId: input.userId,
      orgUnitId: await accountOrg(trx, input.userId),
    });
    return { endedSessions: Number(ended.numDeletedRows) };
  });
}
