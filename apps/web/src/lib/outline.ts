import { t, type LocalizedText } from "@nianbao/sdk";

interface SectionLike {
  key: string;
  numbering: string | null;
  heading: string | null;
  plugin: { title: LocalizedText } | null;
  pluginId: string;
}

interface PartLike {
  numbering: string | null;
  title: string | null;
}

/**
 * How a section is named in the outline and above its form: its numbered heading exactly as the report
 * prints it ("（一）强化法治思维和依法行政能力方面"); a section printed without a heading is named by the title
 * of its part, which is what the report prints above it ("其他需要报告的情况", never a generic plugin's
 * "通用栏目"), else (the untitled opening) by its plugin's Chinese title (the outline is government wording,
 * Chinese in every locale), else by its plugin id.
 */
export function sectionLabel(section: SectionLike, part: PartLike): string {
  if (section.numbering !== null && section.heading !== null) return `${section.numbering}${section.heading}`;
  if (section.heading) return section.heading;
  if (part.title) return part.title;
  if (section.plugin) return t(section.plugin.title, "zh-CN");
  return section.pluginId || section.key;
}

export interface Progress {
  total: number;
  complete: number;
  requiredOpen: number;
}

/** How far the report is: sections complete, required sections not yet complete. */
export function reportProgress(
  parts: ReadonlyArray<{ sections: ReadonlyArray<{ status: string; required: boolean }> }>,
): Progress {
  const all = parts.flatMap((p) => p.sections);
  return {
    total: all.length,
    complete: all.filter((s) => s.status === "complete").length,
    requiredOpen: all.filter((s) => s.required && s.status !== "complete").length,
  };
}
