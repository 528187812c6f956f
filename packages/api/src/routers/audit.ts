import { z } from "zod";
import { orgsInScope } from "../services/access.ts";
import { adminProcedure, router } from "../trpc.ts";

export const auditRouter = router({
  /** The audit log of the administrator's scope, newest first. */
  list: adminProcedure
    .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .query(async ({ ctx, input }) => {
      const scope = [...(await orgsInScope(ctx.db, ctx.user, "administer"))];
      if (scope.length === 0) return [];
      return ctx.db
        .selectFrom("audit_event as e")
        .leftJoin("app_user as u", "u.id", "e.actor_id")
        .leftJoin("org_unit as o", "o.id", "e.org_unit_id")
        .select([
          "e.id",
          "e.at",
          "e.action",
          "e.target_type as targetType",
          "e.target_id as targetId",
          "e.before",
          "e.after",
          (eb) => eb.fn.coalesce("e.actor_name", "u.display_name").as("actor"),
          "o.name as orgName",
        ])
        .where("e.org_unit_id", "in", scope)
        .orderBy("e.at", "desc")
        .limit(input.limit)
        .execute();
    }),
});
