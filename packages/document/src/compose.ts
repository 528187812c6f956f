import {
  migrateData,
  renderSection,
  subHeadingNumbers,
  type AnySectionPlugin,
  type Block,
} from "@nianbao/sdk";
import { figureCatalog, textDoc, textToBlocks } from "@nianbao/text";
import { numberOutline } from "./outline.ts";
import { fillPattern, type OrgNames, type YearTemplate } from "./template.ts";

/** A block of the composed report: the core's headings plus the plugins' blocks. */
export type DocBlock =
  | { type: "part-heading"; numbering: string; text: string }
  | { type: "section-heading"; numbering: string; text: string; sectionKey: string }
  | { type: "sub-heading"; level: 3 | 4; numbering: string; text: string }
  | { type: "placeholder"; text: string; sectionKey: string }
  | Exclude<Block, { type: "heading" }>;

export interface ReportDocument {
  title: string;
  issuer: string;
  showIssuerAboveTitle: boolean;
  addressee: string | null;
  body: DocBlock[];
  /** "2024年1月15日", or null when no date is set. */
  date: string | null;
}

export interface StoredSection {
  data: unknown;
  pluginVersion: number;
  /** The township's own words (a @nianbao/text document); null or absent: the plugin's generated text. */
  text?: unknown;
}

export interface ComposeInput {
  template: YearTemplate;
  year: number;
  org: OrgNames;
  /** Section data by template section key; absent when the township has not filled the section. */
  sections: Readonly<Record<string, StoredSection | undefined>>;
  registry: { get(id: string): AnySectionPlugin | undefined };
  /** ISO date of signature (yyyy-mm-dd). */
  signedOn?: string | null;
  /** Preview mode: an empty or unavailable section shows a placeholder line instead of nothing. */
  preview?: boolean;
}

/** "2024-01-15" → "2024年1月15日" (Arabic numerals, as GB/T 9704 dates are written). */
export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** A section's blocks with its sub-headings numbered: level 3 1. 2. …, level 4 （1）（2）… restarting under each 1. */
export function numberSubHeadings(blocks: readonly Block[]): DocBlock[] {
  const numbers = subHeadingNumbers(blocks.flatMap((b) => (b.type === "heading" ? [b.level] : [])));
  let i = 0;
  return blocks.map((b): DocBlock => (b.type === "heading" ? { type: "sub-heading", level: b.level, numbering: numbers[i++]!, text: b.text } : b));
}

/**
 * Compose a township's report from the year template and its section data: the title, addressee,
 * parts numbered 一、二、, sections numbered （一）（二）, sub-headings 1. and （1）, each section's blocks
 * from its plugin's renderer — or from the township's own words with live figures when it has them — and
 * the signature and date. Disabled sections are left out and do not
 * take a number.
 */
export function composeReport(input: ComposeInput): ReportDocument {
  const { template, year, org, registry } = input;
  const ctxOrg = { name: org.name, fullName: fillPattern(template.issuerPattern, year, org) };
  const body: DocBlock[] = [];

  for (const part of numberOutline(template, year, org)) {
    if (part.numbering !== null && part.titleText !== null) {
      body.push({ type: "part-heading", numbering: part.numbering, text: part.titleText });
    }
    for (const section of part.sections) {
      if (section.numbering !== null && section.headingText !== null) {
        body.push({ type: "section-heading", numbering: section.numbering, text: section.headingText, sectionKey: section.key });
      }
      const plugin = registry.get(section.plugin);
      const stored = input.sections[section.key];
      let blocks: Block[] = [];
      if (plugin && stored) {
        const data = migrateData(plugin, stored.data, stored.pluginVersion);
        blocks =
          stored.text !== null && stored.text !== undefined
            ? textToBlocks(textDoc(stored.text), figureCatalog(plugin, data, section.settings))
            : renderSection(plugin, data, { settings: section.settings, heading: section.headingText, org: ctxOrg, year });
      }
      if (blocks.length === 0) {
        if (input.preview) {
          body.push({
            type: "placeholder",
            sectionKey: section.key,
            text: plugin ? "（本节尚未填写）" : `（本节由“${section.plugin}”栏目插件填写，该插件尚未安装）`,
          });
        }
        continue;
      }
      body.push(...numberSubHeadings(blocks));
    }
  }

  return {
    title: fillPattern(template.titlePattern, year, org),
    issuer: ctxOrg.fullName,
    showIssuerAboveTitle: template.showIssuerAboveTitle,
    addressee: template.addressee,
    body,
    date: input.signedOn ? formatChineseDate(input.signedOn) : null,
  };
}
