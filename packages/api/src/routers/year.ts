import { z } from "zod";
import { orgChain, orgsInScope } from "../services/access.ts";
import { router, scopedProcedure, signedInProcedure } from "../trpc.ts";
import { id } from "./inputs.ts";

export const yearRouter = router({
  /** Report years of the regions the person belongs to (their own unit, or a unit above their township); a draft year only to its administrators. */
  list: signedInProcedure.query(async ({ ctx }) => {
    const readable = await orgsInScope(ctx.db, ctx.user, "read");
    const administered = await orgsInScope(ctx.db, ctx.user, "administer");
    const above = new Set<string>();
    for (const a of ctx.user.assignments) for (const o of await orgChain(ctx.db, a.orgUnitId)) above.add(o);
    const rows = await ctx.db
      .selectFrom("report_year as y")
      .innerJoin("org_unit as r", "r.id", "y.region_id")
      .select(["y.id", "y.year", "y.status", "y.deadline", "y.region_id as regionId", "r.name as regionName"])
      .orderBy("y.year", "desc")
      .execute();
    return rows.filter((y) =>
      y.status === "draft" ? administered.has(y.regionId) : readable.has(y.regionId) || above.has(y.regionId),
    );
  }),
  /** The published years a township must report, newest first (a draft year is the administrator's alone). */
  forOrg: scopedProcedure("org", "read")
    .input(z.object({ orgId: id }))
    .query(({ ctx, input }) =>
      ctx.db
        .selectFrom("report_year as y")
        .innerJoin("report_year_assignment as a", "a.report_year_id", "y.id")
        .select(["y.id", "y.year", "y.status", "y.deadline"])
        .where("a.org_unit_id", "=", input.orgId)
        .where("y.status", "!=", "draft")
        .orderBy("y.year", "desc")
        .execute(),
    ),
});
