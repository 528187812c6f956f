import type { DB, Kysely } from "@nianbao/db";
import { fillPattern } from "@nianbao/document";
import { renderSection, type CheckResult } from "@nianbao/sdk";
import { blocksToText, checkCarried, type FigureCatalog, type TextDoc } from "@nianbao/text";
import { TRPCError } from "@trpc/server";
import type { SectionLookup } from "../trpc.ts";
import { loadReportContext } from "./reports.ts";
import { sectionCatalog } from "./section-text.ts";
import { getSection, previousSection, saveSection } from "./sections.ts";

/**
 * Switching a section between generated text and the township's own words. "用自己的话写" turns the plugin's
 * generated blocks into an own-words document with figure tokens already in place (nothing retyped) and
 * saves it as a new revision; going back to generated text saves a revision without text, so the own words
 * stay in the history (restorable). Both are ordinary saves: refused on a stale base revision.
 */

interface SwitchInput {
  reportId: string;
  sectionKey: string;
  baseRevision: number;
  userId?: string | null;
}

/** The own-words document the generated text of a section's current data reads as. */
export async function generatedAsText(db: Kysely<DB>, sections: SectionLookup, reportId: string, sectionKey: string) {
  const section = await getSection(db, sections, reportId, sectionKey);
  const ctx = await loadReportContext(db, reportId);
  const plugin = sections.get(section.plugin.id)!;
  const names = { name: ctx.org.name, parentName: ctx.org.parentName };
  const ts = ctx.template.parts.flatMap((p) => p.sections).find((s) => s.key === sectionKey);
  const heading = ts?.heading ? fillPattern(ts.heading, ctx.year.year, names) : null;
  const org = { name: ctx.org.name, fullName: fillPattern(ctx.template.issuerPattern, ctx.year.year, names) };
  const blocks = renderSection(plugin, section.data, { settings: section.settings, heading, org, year: ctx.year.year });
  return { section, text: blocksToText(blocks, section.catalog) };
}

export async function switchToOwnWords(db: Kysely<DB>, sections: SectionLookup, input: SwitchInput) {
  const { section, text } = await generatedAsText(db, sections, input.reportId, input.sectionKey);
  if (section.text) throw new TRPCError({ code: "BAD_REQUEST", message: "本栏目已经是自己的话，无需再次转换" });
  if (section.revision !== input.baseRevision) {
    throw new TRPCError({ code: "CONFLICT", message: `本栏目已被他人更新（当前为第${section.revision}版），请先载入最新内容再转换。` });
  }
  const saved = await saveSection(db, sections, { ...input, data: section.data, text, complete: false });
  return { ...saved, text };
}

export async function switchToGenerated(db: Kysely<DB>, sections: SectionLookup, input: SwitchInput) {
  const section = await getSection(db, sections, input.reportId, input.sectionKey);
  if (!section.text) throw new TRPCError({ code: "BAD_REQUEST", message: "本栏目已经是自动生成的文字" });
  return saveSection(db, sections, { ...input, data: section.data, text: null, complete: false });
}

/**
 * The figures a section's own words may show, with their current values: from the stored data, or from
 * `data` (the form's unsaved values, parsed with the plugin's schema) so that the editor follows the form.
 */
export async function sectionFigures(db: Kysely<DB>, sections: SectionLookup, input: { reportId: string; sectionKey: string; data?: unknown }) {
  const section = await getSection(db, sections, input.reportId, input.sectionKey);
  if (input.data === undefined) return section.catalog;
  const plugin = sections.get(section.plugin.id)!;
  const parsed = plugin.schema.safeParse(input.data);
  if (!parsed.success) throw new TRPCError({ code: "BAD_REQUEST", message: "栏目内容未通过校验，请检查标出的字段" });
  return sectionCatalog(plugin, parsed.data, section.settings);
}

/**
 * The warnings about own words carried from last year or copied from elsewhere (see checkCarried): another
 * township of the same county named in the text, a plain figure left as it was in last year's text. Shown with
 * the section (form) and returned by a save; none in generated mode.
 */
export async function carriedChecks(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: { reportId: string; sectionKey: string; text: TextDoc | null; catalog: FigureCatalog },
): Promise<CheckResult[]> {
  if (!input.text) return [];
  const ctx = await loadReportContext(db, input.reportId);
  const [previous, others] = await Promise.all([
    previousSection(db, sections, input.reportId, input.sectionKey),
    db
      .selectFrom("org_unit as o")
      .innerJoin("org_unit as me", "me.parent_id", "o.parent_id")
      .select("o.name")
      .where("me.id", "=", ctx.org.id)
      .where("o.id", "!=", ctx.org.id)
      .where("o.kind", "in", ["township", "street"])
      .execute(),
  ]);
  return checkCarried(input.text, {
    catalog: input.catalog,
    previousText: previous?.text ?? null,
    previousCatalog: previous?.catalog ?? [],
    orgName: ctx.org.name,
    otherOrgNames: others.map((o) => o.name),
  });
}

/** A section as the form reads it, with the carried-text warnings beside the plugin's and the text's. */
export async function getSectionWithText(db: Kysely<DB>, sections: SectionLookup, reportId: string, sectionKey: string) {
  const s = await getSection(db, sections, reportId, sectionKey);
  return { ...s, checks: [...s.checks, ...(await carriedChecks(db, sections, { reportId, sectionKey, text: s.text, catalog: s.catalog }))] };
}
