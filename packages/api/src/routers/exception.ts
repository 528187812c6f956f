import { forbidden, notFound } from "../errors.ts";
import { z } from "zod";
import { canOnOrg } from "../services/access.ts";
import { openDeadlineException, revokeDeadlineException } from "../services/exceptions.ts";
import { adminProcedure, router, scopedProcedure } from "../trpc.ts";
import { dateString, id, requiredText } from "./inputs.ts";

/** Deadline exceptions: an administrator reopens editing for one township after the deadline, with a reason. */
export const exceptionRouter = router({
  list: scopedProcedure("year", "administer")
    .input(z.object({ yearId: id }))
    .query(({ ctx, input }) =>
      ctx.db
        .selectFrom("deadline_exception as e")
        .innerJoin("org_unit as o", "o.id", "e.org_unit_id")
        .leftJoin("app_user as u", "u.id", "e.created_by")
        .select([
          "e.id",
          "e.reason",
          "e.until",
          "e.created_at as createdAt",
          "e.revoked_at as revokedAt",
          "o.id as orgId",
          "o.name as orgName",
          "u.display_name as createdBy",
        ])
        .where("e.report_year_id", "=", input.yearId)
        .orderBy("e.created_at", "desc")
        .execute(),
    ),
  open: scopedProcedure("year", "administer")
    .input(z.object({ yearId: id, orgId: id, reason: requiredText, until: dateString }))
    .mutation(async ({ ctx, input }) => {
      if (!(await canOnOrg(ctx.db, ctx.user, "administer", input.orgId))) throw forbidden("您无权管理该单位");
      return openDeadlineException(ctx.db, { ...input, userId: ctx.user.id });
    }),
  revoke: adminProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const row = await ctx.db
      .selectFrom("deadline_exception")
      .select("org_unit_id")
      .where("id", "=", input.id)
      .executeTakeFirst();
    if (!row) throw notFound("找不到该例外");
    if (!(await canOnOrg(ctx.db, ctx.user, "administer", row.org_unit_id)))
      throw forbidden("您无权管理该单位");
    await revokeDeadlineException(ctx.db, input.id, ctx.user.id);
    return { ok: true };
  }),
});
