import {
  ProcedureError,
  type AnySectionPlugin,
  type ProcedureContext,
  type SectionProcedure,
} from "@nianbao/sdk";
import { installedSections } from "@nianbao/sections";
import { z } from "zod";
import { invalid } from "../errors.ts";
import { getSection } from "../services/section-reads.ts";
import { saveSection } from "../services/sections.ts";
import { readTable } from "../services/tables.ts";
import { reportEditProcedure, reportReadProcedure, router, type Context } from "../trpc.ts";
import { id, revisionNumber, sectionKey } from "./inputs.ts";

/**
 * Plugin procedures, mounted under `plugins.<pluginId>.<name>`. Every call names the report section it acts
 * on; the core checks that the section belongs to this plugin, applies the access rule, and gives the
 * handler a narrow context (this section's data through the normal save path, file decoding).
 *
 * ACCESS RULE — the one place for every plugin procedure: a mutation may be called by whoever may save
 * that report's section (an editor of the report's township); a query by whoever may read the report.
 * The plugin never decides.
 */
const pluginMutationBase = reportEditProcedure; // = the access rule of section.save (editor of the township)
const pluginQueryBase = reportReadProcedure; // = the access rule of section.get (readers of the report)

/** What the core wraps around a plugin's own input: the section and, for edits, the revision on screen. */
function wrapInput(input: z.ZodType) {
  return z.object({
    reportId: id,
    sectionKey,
    /** The revision the caller's edit started from (optimistic locking); the stored one when absent. */
    baseRevision: revisionNumber().optional(),
    input,
  });
}

/** A plugin's refusal (ProcedureError, with row/field issues) as the core's invalid-input error. */
function fromProcedureError(e: unknown): unknown {
  if (e instanceof ProcedureError) {
    return invalid(
      e.message,
      e.issues.map((i) => ({ path: `input.${i.path}`, message: i.message })),
    );
  }
  return e;
}

function mount(plugin: AnySectionPlugin, name: string, proc: SectionProcedure) {
  const base = proc.kind === "mutation" ? pluginMutationBase : pluginQueryBase;
  const built = base.input(wrapInput(proc.input));
  const run = async ({ ctx, input }: { ctx: Context; input: z.output<ReturnType<typeof wrapInput>> }) => {
    const current = await getSection(ctx.db, ctx.sections, input.reportId, input.sectionKey);
    if (current.plugin.id !== plugin.id) {
      throw invalid(`栏目“${input.sectionKey}”不是“${plugin.id}”栏目，不能调用其功能`, [
        { path: "sectionKey", message: `栏目“${input.sectionKey}”不是“${plugin.id}”栏目` },
      ]);
    }
    const pctx: ProcedureContext<unknown> = {
      section: {
        read: async () => {
          const s = await getSection(ctx.db, ctx.sections, input.reportId, input.sectionKey);
          return { data: s.data, revision: s.revision, status: s.status };
        },
        replace: async (data) => {
          const r = await saveSection(ctx.db, ctx.sections, {
            reportId: input.reportId,
            sectionKey: input.sectionKey,
            baseRevision: input.baseRevision ?? current.revision,
            data,
            complete: false,
            userId: ctx.user?.id ?? null,
            // The plugin's action is recorded as such (the section's data changed through it).
            audit: { action: `plugin.${plugin.id}.${name}` },
          });
          return { revision: r.revision };
        },
      },
      readTable,
    };
    try {
      return await proc.handler(input.input, pctx);
    } catch (e) {
      throw fromProcedureError(e);
    }
  };
  return proc.kind === "mutation" ? built.mutation(run) : built.query(run);
}

/** The `plugins` router: one sub-router per installed plugin that has procedures. */
export function pluginProceduresRouter(plugins: readonly AnySectionPlugin[]) {
  return router(
    Object.fromEntries(
      plugins
        .filter((p) => Object.keys(p.procedures ?? {}).length > 0)
        .map((p) => [
          p.id,
          router(
            Object.fromEntries(
              Object.entries(p.procedures!).map(([name, proc]) => [name, mount(p, name, proc)]),
            ),
          ),
        ]),
    ),
  );
}

export const pluginsRouter = pluginProceduresRouter(installedSections);
