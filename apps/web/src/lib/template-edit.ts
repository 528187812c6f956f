import type { TemplatePart, TemplateSection, YearTemplate } from "@nianbao/document";

/**
 * Pure edits of a year template as the administrator's outline editor makes them. Keys stay stable across
 * edits (report data is stored under a section's key), so moving or retitling never loses data.
 */

function withParts(t: YearTemplate, parts: TemplatePart[]): YearTemplate {
  return { ...t, parts };
}

function swap<T>(list: readonly T[], i: number, j: number): T[] {
  if (i < 0 || j < 0 || i >= list.length || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** A key not yet used by any part or section: "legal-study", "legal-study-2", … */
export function uniqueKey(t: YearTemplate, base: string): string {
  const used = new Set(t.parts.flatMap((p) => [p.key, ...p.sections.map((s) => s.key)]));
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "section";
  if (!used.has(clean)) return clean;
  for (let n = 2; ; n++) if (!used.has(`${clean}-${n}`)) return `${clean}-${n}`;
}

export function movePart(t: YearTemplate, index: number, delta: -1 | 1): YearTemplate {
  return withParts(t, swap(t.parts, index, index + delta));
}

export function updatePart(t: YearTemplate, index: number, patch: Partial<TemplatePart>): YearTemplate {
  return withParts(
    t,
    t.parts.map((p, i) => (i === index ? { ...p, ...patch } : p)),
  );
}

export function removePart(t: YearTemplate, index: number): YearTemplate {
  return withParts(
    t,
    t.parts.filter((_, i) => i !== index),
  );
}

export function addPart(t: YearTemplate, title: string): YearTemplate {
  return withParts(t, [...t.parts, { key: uniqueKey(t, "part"), title, sections: [] }]);
}

/** Move a section up or down; past the end of its part it moves into the neighbouring part. */
export function moveSection(t: YearTemplate, part: number, index: number, delta: -1 | 1): YearTemplate {
  const sections = t.parts[part]?.sections ?? [];
  const target = index + delta;
  if (target >= 0 && target < sections.length)
    return updatePart(t, part, { sections: swap(sections, index, target) });
  const otherPart = part + delta;
  if (otherPart < 0 || otherPart >= t.parts.length) return t;
  const moving = sections[index]!;
  const parts = t.parts.map((p, i) => {
    if (i === part) return { ...p, sections: p.sections.filter((_, j) => j !== index) };
    if (i === otherPart)
      return { ...p, sections: delta < 0 ? [...p.sections, moving] : [moving, ...p.sections] };
    return p;
  });
  return withParts(t, parts);
}

export function updateSection(
  t: YearTemplate,
  part: number,
  index: number,
  patch: Partial<TemplateSection>,
): YearTemplate {
  const sections = t.parts[part]!.sections.map((s, i) => (i === index ? { ...s, ...patch } : s));
  return updatePart(t, part, { sections });
}

export function removeSection(t: YearTemplate, part: number, index: number): YearTemplate {
  return updatePart(t, part, { sections: t.parts[part]!.sections.filter((_, i) => i !== index) });
}

export function addSection(
  t: YearTemplate,
  part: number,
  plugin: { id: string; version: number },
  heading: string | null,
): YearTemplate {
  const section: TemplateSection = {
    key: uniqueKey(t, plugin.id),
    plugin: plugin.id,
    pluginVersion: plugin.version,
    heading,
    enabled: true,
    required: true,
    settings: {},
  };
  return updatePart(t, part, { sections: [...t.parts[part]!.sections, section] });
}
