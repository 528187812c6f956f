import { describePlugin } from "@nianbao/sdk";
import { presets } from "@nianbao/document";
import { z } from "zod";
import {
  PRESET_IDS,
  createYear,
  getYear,
  listRegions,
  listYears,
  publishYear,
  saveDraft,
} from "../services/years.ts";
import { previewRevision, reviseYear, yearRevision } from "../services/year-revisions.ts";
import { exportYear, importYear } from "../services/year-files.ts";
import { forbidden } from "../errors.ts";
import { orgsInScope } from "../services/access.ts";
import { adminProcedure, router, scopedProcedure } from "../trpc.ts";
import { dateString, id, revisionNumber } from "./inputs.ts";

// Every procedure here is for the administrator of the year's region (city or county). Issue 5 adds the
// access rule; each procedure takes the region id or the year id the rule checks.

const yearSettings = {
  template: z.unknown(),
  deadline: dateString.nullable(),
  orgIds: z.array(id).max(2000),
};

export const yearAdminRouter = router({
  /** Administrator of any region: the cities and counties that set report years. */
  regions: adminProcedure.query(async ({ ctx }) => {
    const scope = await orgsInScope(ctx.db, ctx.user, "administer");
    return (await listRegions(ctx.db)).filter((r) => scope.has(r.id));
  }),
  /** Administrator of the region: its years (all regions when none is given). */
  list: adminProcedure
    .input(z.object({ regionId: id.optional() }).default({}))
    .query(async ({ ctx, input }) => {
      const scope = await orgsInScope(ctx.db, ctx.user, "administer");
      if (input.regionId && !scope.has(input.regionId)) throw forbidden("您无权管理该单位");
      return (await listYears(ctx.db, input.regionId)).filter((y) => scope.has(y.regionId));
    }),
  /** The built-in outlines a new year can start from. */
  presets: adminProcedure.query(() =>
    PRESET_IDS.map((p) => ({ id: p, title: presets[p].title, template: presets[p].template })),
  ),
  /** The installed plugins an administrator chooses from, with description, metrics and their settings as a JSON schema. */
  plugins: adminProcedure.query(({ ctx }) =>
    ctx.sections.list().map((p) => ({
      ...describePlugin(p),
      settingsSchema: z.toJSONSchema(p.settings, { io: "input", unrepresentable: "any" }),
      defaultSettings: p.settings.parse({}) as Record<string, unknown>,
    })),
  ),
  /** Administrator of the year's region. */
  byId: scopedProcedure("year", "administer")
    .input(z.object({ yearId: id }))
    .query(({ ctx, input }) => getYear(ctx.db, ctx.sections, input.yearId)),
  /** Administrator of the region: a new draft year from a preset or a copy of an earlier year. */
  create: scopedProcedure("region", "administer")
    .input(
      z.object({
        regionId: id,
        year: z
          .number({ error: "请填写年度" })
          .int()
          .min(2000, { error: "年度应在2000—2100之间" })
          .max(2100, { error: "年度应在2000—2100之间" }),
        from: z.discriminatedUnion("kind", [
          z.object({ kind: z.literal("preset"), preset: z.enum(PRESET_IDS, { error: "未知的预设提纲" }) }),
          z.object({ kind: z.literal("copy"), yearId: id }),
        ]),
      }),
    )
    .mutation(({ ctx, input }) => createYear(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
  /** Administrator of the year's region: save a draft (before publication). */
  saveDraft: scopedProcedure("year", "administer")
    .input(z.object({ yearId: id, ...yearSettings }))
    .mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
  /** Administrator of the year's region: freeze and publish the draft as revision 1. */
  publish: scopedProcedure("year", "administer")
    .input(z.object({ yearId: id }))
    .mutation(({ ctx, input }) => publishYear(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
  /** Administrator of the year's region: what a revision would change for townships with data. */
  previewRevision: scopedProcedure("year", "administer")
    .input(z.object({ yearId: id, ...yearSettings }))
    .query(({ ctx, input }) => previewRevision(ctx.db, ctx.sections, input)),
  /** Administrator of the year's region: publish a new template revision of a published year. */
  revise: scopedProcedure("year", "administer")
    .input(z.object({ yearId: id, baseRevision: revisionNumber(1), ...yearSettings }))
    .mutation(({ ctx, input }) => reviseYear(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
  /** Administrator of the year's region: one frozen revision. */
  revision: scopedProcedure("year", "administer")
    .input(z.object({ yearId: id, revision: revisionNumber(1) }))
    .query(({ ctx, input }) => yearRevision(ctx.db, input.yearId, input.revision)),
  /** Administrator of the year's region: the template file (as `nianbao year export` writes it). */
  export: scopedProcedure("year", "administer")
    .input(z.object({ yearId: id }))
    .query(({ ctx, input }) => exportYear(ctx.db, input.yearId)),
  /** Administrator of the region: import a template file as a new draft year. */
  import: scopedProcedure("region", "administer")
    .input(
      z.object({ regionId: id, file: z.unknown(), year: z.number().int().min(2000).max(2100).optional() }),
    )
    .mutation(({ ctx, input }) => importYear(ctx.db, ctx.sections, { ...input, userId: ctx.user.id })),
});
