import { z } from "zod";
import { publicProcedure, router } from "../trpc.ts";
import { id } from "./inputs.ts";

export const yearRouter = router({
  list: publicProcedure.query(({ ctx }) =>
    ctx.db
      .selectFrom("report_year as y")
      .innerJoin("org_unit as r", "r.id", "y.region_id")
      .select(["y.id", "y.year", "y.status", "y.deadline", "y.region_id as regionId", "r.name as regionName"])
      .orderBy("y.year", "desc")
      .execute(),
  ),
  /** The published years a township must report, newest first (a draft year is the administrator's alone). */
  forOrg: publicProcedure.input(z.object({ orgId: id })).query(({ ctx, input }) =>
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
