import {
  composeReport,
  toHtmlFragment,
  toMarkdown,
  type OrgNames,
  type StoredSection,
  type YearTemplate,
} from "@nianbao/document";
import { t } from "@nianbao/sdk";
import { buildSection, type ImportedFigure } from "./bind.ts";
import type { FigureOverride } from "./overrides.ts";
import { textPreserved } from "./compare.ts";
import type { Line } from "./lines.ts";
import { matchUnits, targetSections, type MatchTarget, type Registry, type UnitMatch } from "./match.ts";
import { parseReport, type FrontMatter, type ParsedUnit } from "./parse.ts";

export interface ImportInput {
  /** The report as plain text (a DOCX read with `docxToText`). */
  text: string;
  template: YearTemplate;
  registry: Registry;
  year: number;
  org: OrgNames;
  /** Matchings the clerk changed on the review screen: unit id → target. */
  overrides?: Readonly<Record<string, MatchTarget>>;
  /** Fields the clerk chose for single figures on the review screen (they win over the binder's). */
  figureOverrides?: readonly FigureOverride[];
}

export interface ImportedUnit {
  id: string;
  kind: ParsedUnit["kind"];
  numbering: string | null;
  heading: string | null;
  /** The unit's text as written, for the review screen. */
  text: string;
  match: UnitMatch;
}

export interface ImportSummary {
  sections: { found: number; matched: number };
  /** ambiguous: left unbound because fields tie, and the clerk has not chosen yet (需要选择). */
  figures: { found: number; bound: number; ambiguous: number };
  textPreserved: number;
}

export interface ImportResult {
  front: FrontMatter;
  units: ImportedUnit[];
  /** What each template section receives: its data (fields filled from bound figures) and its own words. */
  sections: Record<string, { data: unknown; text: unknown }>;
  figures: ImportedFigure[];
  summary: ImportSummary;
  /** The report as it will print (Markdown, and HTML for the review screen), and the original text. */
  rendered: string;
  html: string;
  /** The template's sections a unit may be matched to (the review screen's drop-down). */
  targets: Array<{ key: string; label: string; other: boolean }>;
  original: string;
}

export function lineText(l: Line): string {
  return l.kind === "text" ? l.text : l.cells.join("\t");
}

/**
 * Import one report's text into a year's template: parse the front matter and the headings, match every unit
 * to a template section (or 其他需要报告的情况), build each section's data and own words with bound figures,
 * and measure how much of the original the report as it prints keeps. Pure: nothing is written.
 */
export function importReport(input: ImportInput): ImportResult {
  const { template, registry, year, org } = input;
  const parsed = parseReport(input.text);
  const targets = targetSections(template, registry, year, org);
  const matches = matchUnits(parsed.units, targets).map((m) => {
    const o = input.overrides?.[m.unitId];
    if (!o) return m;
    const label =
      o.kind === "none" ? "（不导入）" : (targets.find((x) => x.key === o.sectionKey)?.label ?? o.sectionKey);
    return { ...m, target: o, reason: `${m.reason}; changed by hand → ${label}` };
  });

  const linesBySection = new Map<string, Line[]>();
  parsed.units.forEach((u, i) => {
    const t = matches[i]!.target;
    if (t.kind === "none") return;
    const lines = linesBySection.get(t.sectionKey) ?? [];
    // A unit joining another section, or gone to 其他, keeps its heading as its first line.
    const headed = t.kind === "other" || (lines.length > 0 && u.heading);
    if (headed && u.heading && u.kind !== "item")
      lines.push({ kind: "text", text: `${u.numbering ?? ""}${u.heading}` });
    lines.push(...u.lines);
    linesBySection.set(t.sectionKey, lines);
  });

  const sections: ImportResult["sections"] = {};
  const figures: ImportedFigure[] = [];
  const stored: Record<string, StoredSection> = {};
  for (const target of targets) {
    const lines = linesBySection.get(target.key);
    if (!lines?.length) continue;
    const choices = new Map(
      (input.figureOverrides ?? [])
        .filter((o) => o.sectionKey === target.key)
        .map((o) => [o.figure, o.fieldKey] as const),
    );
    const built = buildSection(target.key, target.plugin, target.settings, lines, choices);
    sections[target.key] = { data: built.data, text: built.text };
    figures.push(...built.figures);
    stored[target.key] = { data: built.data, pluginVersion: target.plugin.version, text: built.text };
  }

  const doc = composeReport({ template, year, org, sections: stored, registry, signedOn: parsed.front.date });
  const rendered = toMarkdown(doc);
  const original = parsed.allLines.map(lineText).join("\n");
  const bodyUnits = parsed.units.filter((u) => !u.container);
  return {
    front: parsed.front,
    units: parsed.units.map((u, i) => ({
      id: u.id,
      kind: u.kind,
      numbering: u.numbering,
      heading: u.heading,
      text: u.lines.map(lineText).join("\n"),
      match: matches[i]!,
    })),
    sections,
    figures,
    summary: {
      sections: {
        found: bodyUnits.length,
        matched: bodyUnits.filter((u) => matches[parsed.units.indexOf(u)]!.target.kind === "section").length,
      },
      figures: {
        found: figures.length,
        bound: figures.filter((f) => f.status === "bound").length,
        ambiguous: figures.filter((f) => f.ambiguous && !f.chosen).length,
      },
      textPreserved: Math.round(textPreserved(original, rendered) * 1000) / 1000,
    },
    rendered,
    html: toHtmlFragment(doc),
    targets: targets.map((x) => ({
      key: x.key,
      label: `${x.label}（${t(x.plugin.title, "zh-CN")}）`,
      other: x.plugin.id === "custom",
    })),
    original,
  };
}
