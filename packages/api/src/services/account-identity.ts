import type { DB, Kysely, Role } from "@nianbao/db";
import type { SessionUser } from "../auth.ts";
import { conflict, DomainError, forbidden, invalid, notFound } from "../errors.ts";
import { orgsInScope } from "./access.ts";
import { accountOrg } from "./accounts.ts";
import { audit } from "./audit.ts";
import { inTransaction } from "./write-path.ts";

/**
 * Identity changes — name, username, role and scope — by administrators only (better-auth's self-service
 * update-user route is closed), each audited with before and after. Past revisions, comments and audit
 * events keep the name stored when they were made.
 */

/** An account an administrator may manage: every role it holds lies in the administrator's scope. */
export async function assertManages(db: Kysely<DB>, admin: SessionUser, userId: string): Promise<void> {
  const scope = await orgsInScope(db, admin, "administer");
  const held = await db
    .selectFrom("role_assignment")
    .select("org_unit_id")
    .where("user_id", "=", userId)
    .execute();
  if (held.length === 0 || !held.every((h) => scope.has(h.org_unit_id))) throw forbidden("您无权管理该账号");
}

async function current(db: Kysely<DB>, userId: string) {
  const u = await db
    .selectFrom("app_user")
    .select(["username", "display_name as displayName"])
    .where("id", "=", userId)
    .forUpdate()
    .executeTakeFirst();
  if (!u) throw notFound("找不到该账号");
  return u;
}

export async function renameAccount(
  db: Kysely<DB>,
  admin: SessionUser,
  userId: string,
  displayName: string,
): Promise<void> {
  await assertManages(db, admin, userId);
  await inTransaction(db, async (trx) => {
    const before = await current(trx, userId);
    await trx
      .updateTable("app_user")
      .set({ display_name: displayName, updated_at: new Date() })
      .where("id", "=", userId)
      .execute();
    await audit(trx, {
      actorId: admin.id,
      action: "account.rename",
      targetType: "account",
      targetId: userId,
      orgUnitId: await accountOrg(trx, userId),
      before: { displayName: before.displayName },
      after: { displayName },
    });
  });
}

export async function changeUsername(
  db: Kysely<DB>,
  admin: SessionUser,
  userId: string,
  username: string,
): Promise<void> {
  await assertManages(db, admin, userId);
  const name = username.trim().toLowerCase();
  const taken = () =>
    conflict(`用户名“${name}”已被使用`, null, [{ path: "username", message: `用户名“${name}”已被使用` }]);
  try {
    await inTransaction(db, async (trx) => {
      const before = await current(trx, userId);
      const other = await trx
        .selectFrom("app_user")
        .select("id")
        .where("username", "=", name)
        .where("id", "!=", userId)
        .executeTakeFirst();
      if (other) throw taken();
      await trx
        .updateTable("app_user")
        .set({
          username: name,
          display_username: username.trim(),
          email: `${name}@users.nianbao.invalid`,
          updated_at: new Date(),
        })
        .where("id", "=", userId)
        .execute();
      await audit(trx, {
        actorId: admin.id,
        action: "account.change_username",
        targetType: "account",
        targetId: userId,
        orgUnitId: await accountOrg(trx, userId),
        before: { username: before.username },
        after: { username: name },
      });
    });
  } catch (e) {
    if (e instanceof DomainError && e.reason === "conflict") throw taken();
    throw e;
  }
}

/** The account's role and the unit it is held over, replacing what it held (both must lie in the administrator's scope). */
export async function setAccountRole(
  db: Kysely<DB>,
  admin: SessionUser,
  input: { userId: string; role: Role; orgUnitId: string },
): Promise<void> {
  if (input.userId === admin.id)
    throw invalid("不能更改自己的角色", [{ path: "userId", message: "不能更改自己的角色" }]);
  await assertManages(db, admin, input.userId);
  if (!(await orgsInScope(db, admin, "administer")).has(input.orgUnitId)) throw forbidden("您无权管理该单位");
  const org = await db
    .selectFrom("org_unit")
    .select("kind")
    .where("id", "=", input.orgUnitId)
    .executeTakeFirst();
  if (!org) throw notFound("找不到该单位");
  if (input.role === "editor" && org.kind !== "township" && org.kind !== "street")
    throw invalid("填报人只能属于乡镇或街道", [{ path: "orgUnitId", message: "填报人只能属于乡镇或街道" }]);
  await inTransaction(db, async (trx) => {
    const before = await trx
      .selectFrom("role_assignment")
      .select(["role", "org_unit_id as orgUnitId"])
      .where("user_id", "=", input.userId)
      .execute();
    await trx.deleteFrom("role_assignment").where("user_id", "=", input.userId).execute();
    await trx
      .insertInto("role_assignment")
      .values({ user_id: input.userId, org_unit_id: input.orgUnitId, role: input.role })
      .execute();
    // Sessions carry no roles (they are read on every request), so the change applies at once.
    await audit(trx, {
      actorId: admin.id,
      action: "account.set_role",
      targetType: "account",
      targetId: input.userId,
      orgUnitId: input.orgUnitId,
      before,
      after: { role: input.role, orgUnitId: input.orgUnitId },
    });
  });
}
