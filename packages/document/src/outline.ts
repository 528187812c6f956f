import { chineseNumeral } from "@nianbao/sdk";
import { fillPattern, type OrgNames, type TemplateSection, type YearTemplate } from "./template.ts";

export interface OutlineSection extends TemplateSection {
  partKey: string;
  /** "（一）", or null when the section prints without a heading. */
  numbering: string | null;
  /** The heading with {year}/{nextYear} filled, or null. */
  headingText: string | null;
  /** Numbered as an item (1、) of a part that holds items directly, not as a （一） section. */
  item: boolean;
}

export interface OutlinePart {
  key: string;
  /** "一、", or null for the untitled opening part. */
  numbering: string | null;
  titleText: string | null;
  sections: OutlineSection[];
}

/**
 * The numbered outline of a year: only enabled sections, parts with no enabled section dropped, parts
 * numbered 一、二、 when titled, sections （一）（二） within their part when they have a heading (1、2、 in a
 * part that holds items directly). The one
 * place numbering is decided — the document and the township's section list both use it.
 */
export function numberOutline(template: YearTemplate, year: number, org: OrgNames): OutlinePart[] {
  const parts: OutlinePart[] = [];
  let partNo = 0;
  for (const part of template.parts) {
    const enabled = part.sections.filter((s) => s.enabled);
    if (enabled.length === 0) continue;
    const titled = part.title !== null;
    if (titled) partNo += 1;
    let sectionNo = 0;
    parts.push({
      key: part.key,
      numbering: titled ? `${chineseNumeral(partNo)}、` : null,
      titleText: part.title === null ? null : fillPattern(part.title, year, org),
      sections: enabled.map((s) => {
        if (s.heading !== null) sectionNo += 1;
        const item = part.itemsDirect === true;
        return {
          ...s,
          partKey: part.key,
          item,
          numbering: s.heading === null ? null : item ? `${sectionNo}、` : `（${chineseNumeral(sectionNo)}）`,
          headingText: s.heading === null ? null : fillPattern(s.heading, year, org),
        };
      }),
    });
  }
  return parts;
}
