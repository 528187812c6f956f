import type { DB, Kysely } from "@nianbao/db";
import { fillPattern, templateSections } from "@nianbao/document";
import { migrateData, renderSection, type CheckResult } from "@nianbao/sdk";
import { blocksToText, checkCarried, type FigureCatalog, type TextDoc } from "@nianbao/text";
import { invalid } from "../errors.ts";
import { invalidInputMessage, toFieldErrors, type SectionLookup } from "../trpc.ts";
import { loadReportContext } from "./reports.ts";
import { sectionCatalog, storedText, textChecks } from "./section-text.ts";
import { previousSection } from "./previous-year.ts";
import { getSection } from "./section-reads.ts";
import { saveSection } from "./sections.ts";
import { staleRevision } from "./write-path.ts";

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
export async function generatedAsText(
  db: Kysely<DB>,
  sections: SectionLookup,
  reportId: string,
  sectionKey: string,
) {
  const section = await getSection(db, sections, reportId, sectionKey);
  const ctx = await loadReportContext(db, reportId);
  const plugin = sections.get(section.plugin.id)!;
  const names = { name: ctx.org.name, parentName: ctx.org.parentName };
  const ts = ctx.template.parts.flatMap((p) => p.sections).find((s) => s.key === sectionKey);
  const heading = ts?.heading ? fillPattern(ts.heading, ctx.year.year, names) : null;
  const org = { name: ctx.org.name, fullName: fillPattern(ctx.template.issuerPattern, ctx.year.year, names) };
  const blocks = renderSection(plugin, section.data, {
    settings: section.settings,
    heading,
    org,
    year: ctx.year.year,
  });
  return { section, text: blocksToText(blocks, section.catalog) };
}

export async function switchToOwnWords(db: Kysely<DB>, sections: SectionLookup, input: SwitchInput) {
  const { section, text } = await generatedAsText(db, sections, input.reportId, input.sectionKey);
  if (section.revision !== input.baseRevision)
    throw await staleRevision(db, input.reportId, input.sectionKey);
  if (section.text) throw invalid("本栏目已经是自己的话，无需再次转换");
  const saved = await saveSection(db, sections, {
    ...input,
    data: section.data,
    text,
    complete: false,
    audit: { action: "section.to_own_words" },
  });
  return { ...saved, text };
}

export async function switchToGenerated(db: Kysely<DB>, sections: SectionLookup, input: SwitchInput) {
  const section = await getSection(db, sections, input.reportId, input.sectionKey);
  if (section.revision !== input.baseRevision)
    throw await staleRevision(db, input.reportId, input.sectionKey);
  if (!section.text) throw invalid("本栏目已经是自动生成的文字");
  return saveSection(db, sections, {
    ...input,
    data: section.data,
    text: null,
    complete: false,
    audit: { action: "section.to_generated" },
  });
}

/**
 * The figures a section's own words may show, with their current values: from the stored data, or from
 * `data` (the form's unsaved values, parsed with the plugin's schema) so that the editor follows the form.
 */
export async function sectionFigures(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: { reportId: string; sectionKey: string; data?: unknown },
) {
  const section = await getSection(db, sections, input.reportId, input.sectionKey);
  if (input.data === undefined) return section.catalog;
  const plugin = sections.get(section.plugin.id)!;
  const parsed = plugin.schema.safeParse(input.data);
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error, ["data"]);
    throw invalid(invalidInputMessage(fieldErrors, "栏目内容未通过校验"), fieldErrors);
  }
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
export async function getSectionWithText(
  db: Kysely<DB>,
  sections: SectionLookup,
  reportId: string,
  sectionKey: string,
) {
  const s = await getSection(db, sections, reportId, sectionKey);
  return {
    ...s,
    checks: [
      ...s.checks,
      ...(await carriedChecks(db, sections, { reportId, sectionKey, text: s.text, catalog: s.catalog })),
    ],
  };
}

/**
 * The warnings of a report's own words, section by section (the same rule as beside the text and in the form):
 * what the township sees before it submits, and what the submission returns. Generated sections have none.
 */
export async function reportTextWarnings(db: Kysely<DB>, sections: SectionLookup, reportId: string) {
  const ctx = await loadReportContext(db, reportId);
  const rows = await db
    .selectFrom("report_section")
    .select(["section_key", "plugin_version", "data", "text"])
    .where("report_id", "=", reportId)
    .where("text", "is not", null)
    .execute();
  const bySection = new Map(templateSections(ctx.template).map((s) => [s.key, s]));
  const out: Array<{ sectionKey: string; heading: string | null; id: string; message: string }> = [];
  for (const r of rows) {
    const ts = bySection.get(r.section_key);
    const plugin = ts?.enabled ? sections.get(ts.plugin) : undefined;
    if (!ts || !plugin || r.plugin_version === 0) continue;
    const catalog = sectionCatalog(plugin, migrateData(plugin, r.data, r.plugin_version), ts.settings);
    for (const c of textChecks(storedText(r.text), catalog))
      out.push({ sectionKey: r.section_key, heading: ts.heading, id: c.id, message: c.message });
  }
  return out;
}
