import { publicProcedure, router } from "../trpc.ts";

export const orgRouter = router({
  /** Townships and street offices, with the county or city they belong to. */
  townships: publicProcedure.query(({ ctx }) =>
    ctx.db
      .selectFrom("org_unit as o")
      .leftJoin("org_unit as p", "p.id", "o.parent_id")
      .select(["o.id", "o.name", "o.kind", "p.name as parentName", "p.id as parentId"])
      .where("o.kind", "in", ["township", "street"])
      .orderBy("p.name")
      .orderBy("o.name")
      .execute(),
  ),
});
