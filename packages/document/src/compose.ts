import {
  migrateData,
  renderSection,
  type AnySectionPlugin,
  type Block,
  type RenderContext,
} from "@nianbao/sdk";
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
  /** The plugin version the data was filed under; 0 when nothing was ever entered (e.g. 不适用 before data). */
  pluginVersion: number;
  /** The section's status; a section marked 本年度不适用 ("not_applicable") prints nothing. */
  status?: string;
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

/**
 * One section's blocks, whatever state it is in: never filled, marked 本年度不适用 (with or without data), filed
 * under an older plugin version (migrated), under a newer one than installed, its plugin no longer installed,
 * or data a migration or the renderer cannot handle. A section that cannot be shown gives no blocks (the
 * preview says why) instead of failing the whole report.
 */
function sectionBlocks(
  plugin: AnySectionPlugin | undefined,
  pluginId: string,
  stored: StoredSection | undefined,
  ctx: RenderContext<unknown>,
): { blocks: Block[] } | { placeholder: string } {
  if (!plugin) return { placeholder: `（本节由“${pluginId}”栏目插件填写，该插件尚未安装）` };
  if (stored?.status === "not_applicable") return { placeholder: "（本节本年度不适用）" };
  if (!stored || stored.pluginVersion < 1) return { placeholder: "（本节尚未填写）" };
  if (stored.pluginVersion > plugin.version) {
    return { placeholder: `（本节按“${pluginId}”插件 v${stored.pluginVersion} 填写，高于已安装的 v${plugin.version}，暂无法显示）` };
  }
  try {
    return { blocks: renderSection(plugin, migrateData(plugin, stored.data, stored.pluginVersion), ctx) };
  } catch {
    return { placeholder: `（本节内容无法按“${pluginId}”插件 v${plugin.version} 生成，请打开本节检查后重新保存）` };
  }
}

/** "2024-01-15" → "2024年1月15日" (Arabic numerals, as GB/T 9704 dates are written). */
export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * Compose a township's report from the year template and its section data: the title, addressee,
 * parts numbered 一、二、, sections numbered （一）（二）, sub-headings 1. and （1）, each section's blocks
 * from its plugin's renderer, and the signature and date. Disabled sections are left out and do not
 * take a number.
 */
export function composeReport(input: ComposeInput): ReportDocument {
  const { template, year, org, registry } = input;
  const ctxOrg = { name: org.name, fullName: fillPattern(template.issuerPattern, year, org), kind: org.kind ?? null };
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
      const composed = sectionBlocks(plugin, section.plugin, input.sections[section.key], {
        settings: section.settings,
        heading: section.headingText,
        org: ctxOrg,
        year,
      });
      const blocks = "blocks" in composed ? composed.blocks : [];
      if (blocks.length === 0) {
        if (input.preview) {
          body.push({ type: "placeholder", sectionKey: section.key, text: "placeholder" in composed ? composed.placeholder : "（本节尚未填写）" });
        }
        continue;
      }
      let sub3 = 0;
      let sub4 = 0;
      for (const b of blocks) {
        if (b.type === "heading") {
          if (b.level === 3) {
            sub3 += 1;
            sub4 = 0;
            body.push({ type: "sub-heading", level: 3, numbering: `${sub3}.`, text: b.text });
          } else {
            sub4 += 1;
            body.push({ type: "sub-heading", level: 4, numbering: `（${sub4}）`, text: b.text });
          }
        } else {
          body.push(b);
        }
      }
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
