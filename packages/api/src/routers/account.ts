import { MAX_PASSWORD_LENGTH } from "@nianbao/password/limits";
import { z } from "zod";
import { invalid, notFound } from "../errors.ts";
import { orgsInScope } from "../services/access.ts";
import { accountOrg, createAccount, setAccountPassword } from "../services/accounts.ts";
import {
  assertManages,
  changeUsername,
  renameAccount,
  setAccountRole,
} from "../services/account-identity.ts";
import { audit } from "../services/audit.ts";
import { endSessions, listSessions } from "../services/sessions.ts";
import { inTransaction } from "../services/write-path.ts";
import { adminProcedure, router, scopedProcedure } from "../trpc.ts";
import { displayName, id } from "./inputs.ts";

const role = z.enum(["admin", "reviewer", "editor", "viewer"]);
/** Its strength is the policy's (@nianbao/password, applied by the service with the person's name and username). */
const password = z
  .string({ error: "请填写密码" })
  .max(MAX_PASSWORD_LENGTH, { error: `密码最多 ${MAX_PASSWORD_LENGTH} 个字符` });
const username = z
  .string()
  .trim()
  .min(3, { error: "用户名至少 3 个字符" })
  .max(32, { error: "用户名最多 32 个字符" })
  .regex(/^[a-zA-Z0-9_.]+$/, { error: "用户名只能包含字母、数字、下划线和点" });

/** Accounts, managed by administrators within their scope; every change audited. */
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
        "u.must_change_password as mustChangePassword",
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
    .input(z.object({ username, displayName, password, role, orgUnitId: id }))
    .mutation(async ({ ctx, input }) => ({ id: await createAccount(ctx.auth, ctx.db, input, ctx.user.id) })),
  /** A new password set by the administrator: the account's sessions end and its owner must choose their own at the next sign-in. */
  resetPassword: adminProcedure.input(z.object({ userId: id, password })).mutation(async ({ ctx, input }) => {
    await assertManages(ctx.db, ctx.user, input.userId);
    await setAccountPassword(ctx.auth, ctx.db, input.userId, input.password, ctx.user.id);
    return { ok: true };
  }),
  rename: adminProcedure.input(z.object({ userId: id, displayName })).mutation(async ({ ctx, input }) => {
    await renameAccount(ctx.db, ctx.user, input.userId, input.displayName);
    return { ok: true };
  }),
  setUsername: adminProcedure.input(z.object({ userId: id, username })).mutation(async ({ ctx, input }) => {
    await changeUsername(ctx.db, ctx.user, input.userId, input.username);
    return { ok: true };
  }),
  /** The account's role and the unit it holds it over (its scope). */
  setRole: adminProcedure
    .input(z.object({ userId: id, role, orgUnitId: id }))
    .mutation(async ({ ctx, input }) => {
      await setAccountRole(ctx.db, ctx.user, input);
      return { ok: true };
    }),
  /** The account's active sessions (device, address, last active). */
  sessions: adminProcedure.input(z.object({ userId: id })).query(async ({ ctx, input }) => {
    await assertManages(ctx.db, ctx.user, input.userId);
    return listSessions(ctx.db, input.userId, ctx.sessionId ?? null);
  }),
  /** End one session of the account, or all of them. */
  endSessions: adminProcedure
    .input(z.object({ userId: id, sessionId: id.optional() }))
    .mutation(async ({ ctx, input }) => {
      await assertManages(ctx.db, ctx.user, input.userId);
      return endSessions(ctx.db, { userId: input.userId, actorId: ctx.user.id, sessionId: input.sessionId });
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
