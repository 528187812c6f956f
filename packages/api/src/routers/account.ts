import type { DB, Kysely } from "@nianbao/db";
import { z } from "zod";
import { accountOrg, createAccount, setAccountPassword, type SessionUser } from "../auth.ts";
import { forbidden, invalid, notFound } from "../errors.ts";
import { orgsInScope } from "../services/access.ts";
import { audit } from "../services/audit.ts";
import { inTransaction } from "../services/write-path.ts";
import { adminProcedure, router, scopedProcedure } from "../trpc.ts";
import { displayName, id } from "./inputs.ts";

const role = z.enum(["admin", "reviewer", "editor", "viewer"]);
const password = z.string().min(8, { error: "密码至少 8 位" }).max(128, { error: "密码最多 128 位" });

/** An account an administrator may manage: every role it holds lies in the administrator's scope. */
async function assertManages(db: Kysely<DB>, admin: SessionUser, userId: string): Promise<void> {
  const scope = await orgsInScope(db, admin, "administer");
  const held = await db
    .selectFrom("role_assignment")
    .select("org_unit_id")
    .where("user_id", "=", userId)
    .execute();
  if (held.length === 0 || !held.every((h) => scope.has(h.org_unit_id))) {
    throw forbidden("您无权管理该账号");
  }
}

export const accountRouter = router({
  /** Accounts holding a role within the administrator's scope. */
  list: adminProcedure.query(async ({ ctx }) => {
    const scope = await orgsInScope(ctx.db, ctx.user, "administer");
    const rows = await ctx.db
      .selectFrom("app_user as u")
      .innerJoin("role_assignment as a", "a.user_id", "u.id")
      .innerJoin("org_unit as o", "o.id", "a.org_unit_id")
      .select([
        "u.id",
        "u.username",
        "u.display_name as displayName",
        "u.disabled",
        "a.role",
        "a.org_unit_id as orgUnitId",
        "o.name as orgName",
      ])
      .orderBy("o.name")
      .orderBy("u.username")
      .execute();
    return rows.filter((r) => scope.has(r.orgUnitId));
  }),
  create: scopedProcedure("org", "administer", "orgUnitId")
    .input(
      z.object({
        username: z
          .string()
          .trim()
          .min(3, { error: "用户名至少 3 个字符" })
          .max(32)
          .regex(/^[a-zA-Z0-9_.]+$/, { error: "用户名只能包含字母、数字、下划线和点" }),
        displayName,
        password,
        role,
        orgUnitId: id,
      }),
    )
    .mutation(async ({ ctx, input }) => ({ id: await createAccount(ctx.auth, ctx.db, input, ctx.user.id) })),
  resetPassword: adminProcedure.input(z.object({ userId: id, password })).mutation(async ({ ctx, input }) => {
    await assertManages(ctx.db, ctx.user, input.userId);
    await setAccountPassword(ctx.auth, ctx.db, input.userId, input.password, ctx.user.id);
    return { ok: true };
  }),
  setDisabled: adminProcedure
    .input(z.object({ userId: id, disabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.user.id)
        throw invalid("不能停用自己的账号", [{ path: "userId", message: "不能停用自己的账号" }]);
      await assertManages(ctx.db, ctx.user, input.userId);
      await inTransaction(ctx.db, async (trx) => {
        const before = await trx
          .selectFrom("app_user")
          .select("disabled")
          .where("id", "=", input.userId)
          .forUpdate()
          .executeTakeFirst();
        if (!before) throw notFound("找不到该账号");
        await trx
          .updateTable("app_user")
          .set({ disabled: input.disabled, updated_at: new Date() })
          .where("id", "=", input.userId)
          .execute();
        if (input.disabled)
          await trx.deleteFrom("auth_session").where("user_id", "=", input.userId).execute();
        await audit(trx, {
          actorId: ctx.user.id,
          action: input.disabled ? "account.disable" : "account.enable",
          targetType: "account",
          targetId: input.userId,
          orgUnitId: await accountOrg(trx, input.userId),
          before,
          after: { disabled: input.disabled },
        });
      });
      return { ok: true };
    }),
});
