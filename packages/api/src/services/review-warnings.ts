import type { DB, Kysely } from "@nianbao/db";
import { composeReport, numberOutline, templateSections, type DocBlock } from "@nianbao/document";
import { t } from "@nianbao/sdk";
import type { SectionLookup } from "../trpc.ts";
import { storedSections } from "./documents.ts";
import { loadReportContext, names, type ReportContext } from "./reports.ts";

/**
 * Two warnings a reviewer would otherwise find by reading (copy-paste across years and townships is
 * widespread): a count equal to last year's figure for the same metric ("unchanged from last year", only
 * non-zero counts: 0 twice is normal), and the name of another township of the same county in the report's
 * text (a paragraph copied from a neighbour). Shown to the clerk before submitting and to the reviewer.
 */

export type ReviewWarning =
  | {
      kind: "unchanged";
      sectionKey: string;
      heading: string | null;
      metricKey: string;
      /** The field the figure comes from, when the plugin names it (the editor focuses it). */
      fieldPath: string | null;
      label: string;
      value: number;
      unit: string;
      lastYear: number;
      message: string;
    }
  | {
      kind: "other-township";
      sectionKey: string;
      heading: string | null;
      name: string;
      excerpt: string;
      message: string;
    };

const LEVEL_SUFFIX = /(街道办事处|街道|镇|乡)$/;
/** A stem shorter than this ("城关" of 城关镇) is too common a word to flag on its own. */
const MIN_STEM = 3;

/** Where another township is named: its full name, or its name without 镇/乡/街道 when that is distinctive. */
export function findTownshipNames(
  text: string,
  own: string,
  others: readonly string[],
): Array<{ name: string; index: number }> {
  const ownStem = own.replace(LEVEL_SUFFIX, "");
  // The township's own name never counts, nor a name hidden inside it (新城关镇 holds 城关镇).
  const masked = text.split(own).join("\u0000".repeat(own.length));
  const found: Array<{ name: string; index: number }> = [];
  for (const name of others) {
    if (name === own) continue;
    const stem = name.replace(LEVEL_SUFFIX, "");
    const needles = [
      name,
      ...(stem.length >= MIN_STEM && stem !== name && !ownStem.includes(stem) ? [stem] : []),
    ];
    for (const needle of needles) {
      const index = masked.indexOf(needle);
      if (index >= 0) {
        found.push({ name, index });
        break;
      }
    }
  }
  return found;
}

function excerptAround(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 20);
  const to = Math.min(text.length, index + length + 20);
  return `${from > 0 ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
}

/** Each enabled section's heading as the report prints it, or its part's title when it has none (二、存在的问题). */
function sectionLabels(rc: ReportContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of numberOutline(rc.template, rc.year.year, names(rc))) {
    for (const s of part.sections) out.set(s.key, s.headingText ?? part.titleText ?? s.key);
  }
  return out;
}

function isHeading(b: DocBlock): boolean {
  return b.type === "part-heading" || b.type === "section-heading" || b.type === "placeholder";
}

function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => (k === "type" || k === "style" ? [] : stringsOf(v)));
  return [];
}

async function siblingNames(db: Kysely<DB>, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("org_unit as o")
    .innerJoin("org_unit as me", "me.parent_id", "o.parent_id")
    .select("o.name")
    .where("me.id", "=", orgId)
    .where("o.id", "!=", orgId)
    .where("o.kind", "in", ["township", "street"])
    .execute();
  return rows.map((r) => r.name);
}

async function otherTownshipWarnings(
  db: Kysely<DB>,
  sections: SectionLookup,
  rc: ReportContext,
): Promise<ReviewWarning[]> {
  const others = await siblingNames(db, rc.report.org_unit_id);
  if (others.length === 0) return [];
  const stored = await storedSections(db, rc.report.id);
  const headings = sectionLabels(rc);
  const out: ReviewWarning[] = [];
  for (const [sectionKey, section] of Object.entries(stored)) {
    if (!headings.has(sectionKey)) continue;
    // The section's text as the report prints it (own words or generated), composed alone: template headings left out.
    const doc = composeReport({
      template: rc.template,
      year: rc.year.year,
      org: names(rc),
      sections: { [sectionKey]: section },
      registry: sections,
      signedOn: null,
      preview: false,
    });
    const text = doc.body
      .filter((b) => !isHeading(b))
      .flatMap(stringsOf)
      .join("\n");
    for (const hit of findTownshipNames(text, rc.org.name, others)) {
      const heading = headings.get(sectionKey) ?? null;
      out.push({
        kind: "other-township",
        sectionKey,
        heading,
        name: hit.name,
        excerpt: excerptAround(text, hit.index, hit.name.length).replace(/\s+/g, " ").trim(),
        message: `“${heading ?? sectionKey}”的正文提到了${hit.name}（同一县市的另一个乡镇），请确认不是从别处复制的`,
      });
    }
  }
  return out;
}

async function unchangedWarnings(
  db: Kysely<DB>,
  sections: SectionLookup,
  rc: ReportContext,
): Promise<ReviewWarning[]> {
  const last = await db
    .selectFrom("report as r")
    .innerJoin("report_year as y", "y.id", "r.report_year_id")
    .select(["r.id", "y.year"])
    .where("r.org_unit_id", "=", rc.report.org_unit_id)
    .where("y.year", "<", rc.year.year)
    .orderBy("y.year", "desc")
    .executeTakeFirst();
  if (!last) return [];
  const counts = (reportId: string) =>
    db
      .selectFrom("section_metric as m")
      .innerJoin("report_section as s", "s.id", "m.report_section_id")
      .select([
        "s.section_key as sectionKey",
        "s.status",
        "m.plugin_id as pluginId",
        "m.metric_key as metricKey",
        "m.value",
        "m.unit",
      ])
      .where("m.report_id", "=", reportId)
      .where("m.aggregate", "=", "sum")
      .where("m.stated", "=", false)
      .where("m.value", "is not", null)
      .where("m.value", "!=", 0)
      .execute();
  const [now, then] = await Promise.all([counts(rc.report.id), counts(last.id)]);
  const enabled = new Map(
    templateSections(rc.template)
      .filter((s) => s.enabled)
      .map((s) => [s.key, s]),
  );
  const labels = sectionLabels(rc);
  const out: ReviewWarning[] = [];
  for (const m of now) {
    const ts = enabled.get(m.sectionKey);
    if (!ts || m.status === "not_applicable") continue;
    // Last year's figure of the same metric: in the section with the same key, else the only one with the same plugin.
    const samePlugin = then.filter((p) => p.pluginId === m.pluginId && p.metricKey === m.metricKey);
    const prev =
      samePlugin.find((p) => p.sectionKey === m.sectionKey) ??
      (samePlugin.length === 1 ? samePlugin[0] : undefined);
    if (!prev || Number(prev.value) !== Number(m.value)) continue;
    const def = sections.get(m.pluginId)?.metrics[m.metricKey];
    const label = def ? t(def.label) : m.metricKey;
    const value = Number(m.value);
    out.push({
      kind: "unchanged",
      sectionKey: m.sectionKey,
      heading: labels.get(m.sectionKey) ?? null,
      metricKey: m.metricKey,
      fieldPath: def?.path ?? null,
      label,
      value,
      unit: m.unit,
      lastYear: last.year,
      message: `“${label}”为${value}${m.unit}，与${last.year}年完全相同，请核实是否沿用了上年数字`,
    });
  }
  return out;
}

/** The report's warnings, section by section in outline order. */
export async function reviewWarnings(
  db: Kysely<DB>,
  sections: SectionLookup,
  reportId: string,
): Promise<ReviewWarning[]> {
  const rc = await loadReportContext(db, reportId);
  const all = [
    ...(await unchangedWarnings(db, sections, rc)),
    ...(await otherTownshipWarnings(db, sections, rc)),
  ];
  const order = new Map(templateSections(rc.template).map((s, i) => [s.key, i]));
  return all.sort((a, b) => (order.get(a.sectionKey) ?? 0) - (order.get(b.sectionKey) ?? 0));
}
