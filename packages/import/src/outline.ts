import { officialOutline, yearTemplateSchema, type YearTemplate } from "@nianbao/document";
import { matchUnits, targetSections, type Registry } from "./match.ts";
import { parseReport } from "./parse.ts";

/**
 * The outline of an imported document as a year template: the official outline's sections the document's
 * units match, in the document's order, under the document's own part headings (a section keeps the
 * heading it was written under).
 */
export function outlineOfDocument(
  text: string,
  registry: Registry,
  year: number,
  org: { name: string; parentName: string | null },
): YearTemplate {
  const parsed = parseReport(text);
  const targets = targetSections(officialOutline, registry, year, org);
  const matches = matchUnits(parsed.units, targets);
  const parts: YearTemplate["parts"] = [];
  const used = new Set<string>();
  parsed.units.forEach((u, i) => {
    const t = matches[i]!.target;
    if (u.container) {
      parts.push({ key: `part-${parts.length + 1}`, title: u.heading, sections: [] });
      return;
    }
    if (t.kind !== "section" || used.has(t.sectionKey)) return;
    used.add(t.sectionKey);
    const base = officialOutline.parts.flatMap((p) => p.sections).find((s) => s.key === t.sectionKey)!;
    if (u.kind === "opening")
      parts.push({ key: "opening", title: null, sections: [{ ...base, heading: null }] });
    else if (u.kind === "part")
      parts.push({
        key: `part-${parts.length + 1}`,
        title: u.heading,
        sections: [{ ...base, heading: null }],
      });
    else parts.at(-1)?.sections.push({ ...base, heading: u.heading });
  });
  parts.push({
    key: "other",
    title: "其他需要报告的情况",
    sections: [{ ...officialOutline.parts.at(-1)!.sections[0]!, required: false }],
  });
  const front = parsed.front;
  return yearTemplateSchema.parse({
    ...officialOutline,
    titlePattern:
      front.title && front.org && front.year
        ? front.title.replace(front.org, "{org}").replace(String(front.year), "{year}")
        : officialOutline.titlePattern,
    showIssuerAboveTitle: front.issuers.length > 0 && !!front.title,
    addressee: front.addressee,
    parts: parts.filter((p) => p.sections.length > 0),
  });
}
