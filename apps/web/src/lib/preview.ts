import {
  composeReport,
  numberOutline,
  toHtmlFragment,
  type DocBlock,
  type OrgNames,
  type ReportDocument,
  type StoredSection,
  type YearTemplate,
  type ReportFrame,
} from "@nianbao/document";
import type { AnySectionPlugin } from "@nianbao/sdk";

/** What report.full returns: everything needed to compose the whole report in the browser. */
export interface FullReport {
  template: YearTemplate;
  year: number;
  org: OrgNames;
  signedOn: string | null;
  /** The report's 文号, issuers and addressee; whether it is still a draft (草稿 mark). */
  frame?: ReportFrame;
  draft?: boolean;
  sections: Readonly<Record<string, StoredSection | undefined>>;
}

export interface Registry {
  get(id: string): AnySectionPlugin | undefined;
}

/** The section being edited, with its current (possibly unsaved) values. */
export interface LiveSection {
  sectionKey: string;
  data: unknown;
  pluginVersion: number;
  /** The own words being edited (null: generated text); absent: the stored ones. */
  text?: unknown;
}

function sectionsWithLive(
  full: FullReport,
  live: LiveSection | null,
): Record<string, StoredSection | undefined> {
  if (!live) return { ...full.sections };
  const text = live.text !== undefined ? live.text : (full.sections[live.sectionKey]?.text ?? null);
  return {
    ...full.sections,
    [live.sectionKey]: { data: live.data, pluginVersion: live.pluginVersion, text },
  };
}

/** The whole report as it will print, with the section being edited taken from the form. */
export function composeLiveReport(
  full: FullReport,
  registry: Registry,
  live: LiveSection | null,
): ReportDocument {
  return composeReport({
    template: full.template,
    year: full.year,
    org: full.org,
    sections: sectionsWithLive(full, live),
    registry,
    signedOn: full.signedOn,
    frame: full.frame,
    draft: full.draft,
    preview: true,
  });
}

/**
 * One section as it reads inside the report: its part heading and numbered section heading (numbered as in
 * the whole report), then its content. Null when the template has no such enabled section.
 */
export function composeSectionExcerpt(
  full: FullReport,
  registry: Registry,
  sectionKey: string,
  live: LiveSection | null,
): ReportDocument | null {
  const outline = numberOutline(full.template, full.year, full.org);
  const part = outline.find((p) => p.sections.some((s) => s.key === sectionKey));
  const numbered = part?.sections.find((s) => s.key === sectionKey);
  const templatePart = full.template.parts.find((p) => p.key === part?.key);
  const templateSection = templatePart?.sections.find((s) => s.key === sectionKey);
  if (!part || !numbered || !templatePart || !templateSection) return null;

  // Compose the section alone, untitled, so that composeReport numbers its sub-headings and renders its
  // placeholder exactly as in the whole report; the real numbered headings are put back in front.
  const alone = composeReport({
    template: {
      ...full.template,
      parts: [{ key: templatePart.key, title: null, sections: [{ ...templateSection, heading: null }] }],
    },
    year: full.year,
    org: full.org,
    sections: sectionsWithLive(full, live),
    registry,
    signedOn: full.signedOn,
    preview: true,
  });
  const headings: DocBlock[] = [];
  if (part.numbering !== null && part.titleText !== null) {
    headings.push({ type: "part-heading", numbering: part.numbering, text: part.titleText });
  }
  if (numbered.numbering !== null && numbered.headingText !== null) {
    headings.push({
      type: "section-heading",
      numbering: numbered.numbering,
      text: numbered.headingText,
      sectionKey,
      ...(numbered.item ? { item: true } : {}),
      ...(numbered.townshipAdded ? { added: true } : {}),
    });
  }
  // An excerpt: no frame (文号, title, addressee, signatures, date, 草稿 mark).
  return {
    ...alone,
    title: "",
    issuer: "",
    issuers: [],
    docNumber: null,
    draft: false,
    showIssuerAboveTitle: false,
    addressee: null,
    date: null,
    body: [...headings, ...alone.body],
  };
}

/**
 * The document's HTML (`<article class="nb-doc">`). For an excerpt (no title), the empty title and
 * signature lines toHtmlFragment always writes are left out.
 */
export function documentHtml(doc: ReportDocument): string {
  const html = toHtmlFragment(doc);
  if (doc.title) return html;
  return html
    .split("\n")
    .filter((line) => line !== "<h1></h1>" && line !== `<p class="nb-signature"></p>`)
    .join("\n");
}
