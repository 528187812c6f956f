import {
  fillPattern,
  officialOutline,
  referenceOutline2023,
  type OrgNames,
  type YearTemplate,
} from "@nianbao/document";
import { t, type AnySectionPlugin } from "@nianbao/sdk";
import { figureCatalog, recogniseFigures } from "@nianbao/text";
import type { ParsedUnit } from "./parse.ts";

export interface Registry {
  get(id: string): AnySectionPlugin | undefined;
}

/**
 * Where a unit of the imported text goes. `section`: a section of the year's template; `other`: the
 * template's 其他需要报告的情况 (a `custom` section) for text that matches nothing; `none`: nowhere (the
 * template has no such section, or the unit is only a part's heading). A township-added section (a target
 * the template allows a township to add) is meant to plug in here as one more kind.
 */
export type MatchTarget =
  { kind: "section"; sectionKey: string } | { kind: "other"; sectionKey: string } | { kind: "none" };

export interface UnitMatch {
  unitId: string;
  target: MatchTarget;
  score: number;
  heading: number;
  content: number;
  /** "（三）完善依法执政制度体系方面 → 规范性文件, heading 0.92" */
  reason: string;
  /** Every template section with its score, best first (the review screen's drop-down). */
  candidates: Array<{ sectionKey: string; score: number }>;
}

export interface TargetSection {
  key: string;
  plugin: AnySectionPlugin;
  /** The heading (or the part's title) as it reads this year, for the reason and the drop-down. */
  label: string;
  settings: Record<string, unknown>;
  names: string[];
  words: string;
}

const STOP =
  /方面|工作|情况|有关|进一步|全面|深入|不断|切实|着力|扎实|持续|坚持|加强|推进|强化|建设|开展|推动|落实|[的和及与等]|[\d一二三四五六七八九十]+[、．.是]|[（(][一二三四五六七八九十\d]+[）)]|\d{4}年度?|[，。、；：“”《》（）()\s]/g;

function bigrams(s: string): Set<string> {
  const c = s.replace(STOP, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < c.length; i++) out.add(c.slice(i, i + 2));
  if (c.length === 1) out.add(c);
  return out;
}

/** Dice overlap of two headings' character bigrams (stop words removed): 1 for the same heading. */
export function headingSimilarity(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (!A.size || !B.size) return 0;
  let common = 0;
  for (const x of A) if (B.has(x)) common++;
  return (2 * common) / (A.size + B.size);
}

/** Share of a heading's bigrams (stop words removed) that a section's vocabulary contains, 0..1. */
export function headingInWords(heading: string, words: string): number {
  const A = bigrams(heading);
  if (!A.size) return 0;
  const W = bigrams(words);
  let hit = 0;
  for (const x of A) if (W.has(x)) hit++;
  return hit / A.size;
}

/** The headings each plugin is known by in the built-in outlines (the reference 2023 and the official one). */
function knownHeadings(pluginId: string, year: number, org: OrgNames): string[] {
  const out: string[] = [];
  for (const tpl of [referenceOutline2023, officialOutline]) {
    for (const p of tpl.parts) {
      for (const s of p.sections) {
        if (s.plugin !== pluginId) continue;
        if (s.heading) out.push(fillPattern(s.heading, year, org));
        else if (p.title) out.push(fillPattern(p.title, year, org));
      }
    }
  }
  return out;
}

/** The template's sections as targets, with the names and words they are matched on (all from the SDK contract). */
export function targetSections(
  template: YearTemplate,
  registry: Registry,
  year: number,
  org: OrgNames,
): TargetSection[] {
  const out: TargetSection[] = [];
  for (const part of template.parts) {
    for (const s of part.sections) {
      const plugin = registry.get(s.plugin);
      if (!s.enabled || !plugin) continue;
      const heading = s.heading ? fillPattern(s.heading, year, org) : null;
      const partTitle = part.title ? fillPattern(part.title, year, org) : null;
      const only = part.sections.filter((x) => x.enabled).length === 1;
      const names = [
        heading,
        only ? partTitle : null,
        t(plugin.title, "zh-CN"),
        ...knownHeadings(s.plugin, year, org),
      ].filter((n): n is string => !!n);
      const words = [
        t(plugin.title, "zh-CN"),
        plugin.description ? t(plugin.description, "zh-CN") : "",
        ...Object.values(plugin.metrics).map((m) => t(m.label, "zh-CN")),
        ...Object.values(plugin.figures ?? {}).map((f) => t(f.label, "zh-CN")),
      ].join("，");
      out.push({
        key: s.key,
        plugin,
        label: heading ?? partTitle ?? t(plugin.title, "zh-CN"),
        settings: s.settings,
        names,
        words,
      });
    }
  }
  return out;
}

function unitText(u: ParsedUnit): string {
  return u.lines.map((l) => (l.kind === "text" ? l.text : l.cells.join(" "))).join("\n");
}

/** How much of a section's vocabulary (its title, description, figure labels) the text uses, 0..1. */
function contentScore(text: string, target: TargetSection, figures: number): number {
  const words = bigrams(target.words);
  if (!words.size) return 0;
  let hit = 0;
  for (const w of words) if (text.includes(w)) hit++;
  return Math.min(1, hit / Math.min(words.size, 30) + 0.15 * figures);
}

function figuresFitting(text: string, target: TargetSection): number {
  const catalog = figureCatalog(target.plugin, target.plugin.defaults, target.settings);
  return recogniseFigures(text, catalog).filter((f) => f.match).length;
}

/** Below this a unit is not matched to a section (it goes to 其他需要报告的情况). */
export const SECTION_THRESHOLD = 0.3;

function scoreUnit(u: ParsedUnit, targets: TargetSection[]) {
  const text = unitText(u);
  const rows = targets.map((target) => {
    const headingText = u.kind === "opening" ? "" : (u.heading ?? "");
    const heading = headingText
      ? Math.max(
          ...target.names.map((n) => headingSimilarity(headingText, n)),
          0.7 * headingInWords(headingText, target.words),
        )
      : 0;
    const content = contentScore(text, target, figuresFitting(text, target));
    const opening = u.kind === "opening" && target.plugin.id === "overview" ? 1 : 0;
    const score = Math.max(
      opening,
      heading >= 0.4 ? 0.75 * heading + 0.25 * content : 0.45 * heading + 0.55 * content,
    );
    return { target, heading, content, score: Math.round(score * 100) / 100 };
  });
  return rows.sort((a, b) => b.score - a.score);
}

/**
 * Match every unit to a template section: the best pairs first, one unit to one section while sections are
 * free; a unit whose best section is already taken joins it when it still fits; what fits nothing goes to
 * 其他需要报告的情况 (the template's `custom` section) or nowhere when the template has none.
 */
export function matchUnits(units: readonly ParsedUnit[], targets: TargetSection[]): UnitMatch[] {
  const other = targets.find((x) => x.plugin.id === "custom");
  const scored = new Map(
    units.map((u) => [
      u.id,
      scoreUnit(
        u,
        targets.filter((x) => x !== other),
      ),
    ]),
  );
  const result = new Map<string, UnitMatch>();
  const taken = new Set<string>();
  const label = (u: ParsedUnit) =>
    u.kind === "opening" ? "（开头）" : `${u.numbering ?? ""}${u.heading ?? ""}`;
  const pairs = units
    .filter((u) => !u.container)
    .flatMap((u) => scored.get(u.id)!.map((r) => ({ u, r })))
    .sort((a, b) => b.r.score - a.r.score);
  const take = (u: ParsedUnit, r: (typeof pairs)[number]["r"]) => {
    const to = t(r.target.plugin.title, "zh-CN");
    const basis =
      r.heading >= r.content ? `heading ${r.heading.toFixed(2)}` : `content ${r.content.toFixed(2)}`;
    result.set(u.id, {
      unitId: u.id,
      target: { kind: "section", sectionKey: r.target.key },
      score: r.score,
      heading: Math.round(r.heading * 100) / 100,
      content: Math.round(r.content * 100) / 100,
      reason: `${label(u)} → ${to}, ${u.kind === "opening" ? "opening" : basis}`,
      candidates: scored.get(u.id)!.map((x) => ({ sectionKey: x.target.key, score: x.score })),
    });
    taken.add(r.target.key);
  };
  for (const { u, r } of pairs) {
    if (result.has(u.id) || taken.has(r.target.key) || r.score < SECTION_THRESHOLD) continue;
    take(u, r);
  }
  for (const u of units) {
    if (result.has(u.id)) continue;
    const [best, second] = scored.get(u.id)!;
    const candidates = scored.get(u.id)!.map((x) => ({ sectionKey: x.target.key, score: x.score }));
    // A free section whose score is modest but clearly ahead of every other also takes the unit.
    const clearLead =
      !!best && !taken.has(best.target.key) && best.score >= 0.2 && best.score - (second?.score ?? 0) >= 0.1;
    if (!u.container && best && (best.score >= SECTION_THRESHOLD + 0.1 || clearLead)) {
      take(u, best);
      continue;
    }
    const target: MatchTarget = u.container
      ? { kind: "none" }
      : other
        ? { kind: "other", sectionKey: other.key }
        : { kind: "none" };
    const why = u.container
      ? "part heading"
      : other
        ? `→ ${other.label}, nothing fits`
        : "nothing fits, the template has no 其他需要报告的情况";
    result.set(u.id, {
      unitId: u.id,
      target,
      score: 0,
      heading: 0,
      content: 0,
      reason: `${label(u)} ${why}`,
      candidates,
    });
  }
  return units.map((u) => result.get(u.id)!);
}
