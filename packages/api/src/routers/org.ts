import { orgsInScope } from "../services/access.ts";
import { router, signedInProcedure } from "../trpc.ts";

export const orgRouter = router({
  /** Townships and street offices the signed-in person may see, with the county or city they belong to. */
  townships: signedInProcedure.query(async ({ ctx }) => {
    const scope = await orgsInScope(ctx.db, ctx.user, "read");
    const rows = await ctx.db
      .selectFrom("org_unit as o")
      .leftJoin("org_unit as p", "p.id", "o.parent_id")
      .select(["o.id", "o.name", "o.kind", "p.name as parentName", "p.id as parentId"])
      .where("o.kind", "in", ["township", "street"])
      .orderBy("p.name")
      .orderBy("o.name")
      .execute();
    return rows.filter((r) => scope.has(r.id));
  }),
  /** Every org unit the person administers (for account and exception forms). */
  administered: signedInProcedure.query(async ({ ctx }) => {
    const scope = await orgsInScope(ctx.db, ctx.user, "administer");
    const rows = await ctx.db
      .selectFrom("org_unit")
      .select(["id", "name", "kind", "parent_id as parentId"])
      .orderBy("name")
      .execute();
    return rows.filter((r) => scope.has(r.id));
  }),
});
