import {
  migrateData,
  renderSection,
  subHeadingNumbers,
  type AnySectionPlugin,
  type Block,
  type RenderContext,
} from "@nianbao/sdk";
import { figureCatalog, textDoc, textToBlocks } from "@nianbao/text";
import { numberOutline } from "./outline.ts";
import { fillPattern, templateIssuers, type OrgNames, type YearTemplate } from "./template.ts";

/** A block of the composed report: the core's headings plus the plugins' blocks. */
export type DocBlock =
  | { type: "part-heading"; numbering: string; text: string }
  | {
      type: "section-heading";
      numbering: string;
      text: string;
      sectionKey: string;
      /** An item (1、) of a part that holds items directly: printed in 仿宋 like body text, not 楷体. */
      item?: boolean;
      /** A section the township added to the county's outline (marked in the preview for the reviewer). */
      added?: boolean;
    }
  | { type: "sub-heading"; level: 3 | 4; numbering: string; text: string }
  | { type: "placeholder"; text: string; sectionKey: string }
  | Exclude<Block, { type: "heading" }>;

export interface ReportDocument {
  title: string;
  /** The issuers on one line (above the title, the file's author). */
  issuer: string;
  /** The issuers, one per signature line (joint issuance: 中共XX镇委员会, XX镇人民政府); absent: `issuer`. */
  issuers?: string[];
  showIssuerAboveTitle: boolean;
  /** 文号 ("荆政发〔2025〕3号"), printed centred above the title; absent or null: none. */
  docNumber?: string | null;
  addressee: string | null;
  body: DocBlock[];
  /** "2024年1月15日", or null when no date is set. */
  date: string | null;
  /** Not yet approved: every format carries a 草稿 mark. */
  draft?: boolean;
}

/** The report's own frame, set per report: each absent or null value falls back to the year template's. */
export interface ReportFrame {
  docNumber?: string | null;
  /** The issuers; null: the template's (its joint issuers or its one issuer). */
  issuers?: string[] | null;
  /** 主送机关; null: the template's; "": none. */
  addressee?: string | null;
}

export interface StoredSection {
  data: unknown;
  /** The plugin version the data was filed under; 0 when nothing was ever entered (e.g. 不适用 before data). */
  pluginVersion: number;
  /** The township's own words (a @nianbao/text document); null or absent: the plugin's generated text. */
  text?: unknown;
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
  /** The report's 文号, issuers and addressee. */
  frame?: ReportFrame;
  /** Mark every page 草稿 (a report not yet approved). */
  draft?: boolean;
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
    return {
      placeholder: `（本节按“${pluginId}”插件 v${stored.pluginVersion} 填写，高于已安装的 v${plugin.version}，暂无法显示）`,
    };
  }
  try {
    const data = migrateData(plugin, stored.data, stored.pluginVersion);
    // The township's own words, with live figures, when it has them; else the plugin's generated text.
    if (stored.text !== null && stored.text !== undefined) {
      return { blocks: textToBlocks(textDoc(stored.text), figureCatalog(plugin, data, ctx.settings)) };
    }
    return { blocks: renderSection(plugin, data, ctx) };
  } catch {
    return {
      placeholder: `（本节内容无法按“${pluginId}”插件 v${plugin.version} 生成，请打开本节检查后重新保存）`,
    };
  }
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
  return blocks.map((b): DocBlock =>
    b.type === "heading"
      ? { type: "sub-heading", level: b.level, numbering: numbers[i++]!, text: b.text }
      : b,
  );
}

/**
 * Compose a township's report from the year template and its section data: the 文号, title, addressee,
 * parts numbered 一、二、, sections numbered （一）（二） (or 1、2、 in a part that holds items directly),
 * sub-headings 1. and （1）, each section's blocks from its plugin's renderer — or from the township's own
 * words with live figures when it has them — and the signatures and date. Disabled sections are left out
 * and do not take a number; outside the preview, so are sections with nothing to print (their headings are
 * omitted and the numbering closes up), and a part with nothing left.
 */
export function composeReport(input: ComposeInput): ReportDocument {
  const { template, year, org, registry } = input;
  const issuers = input.frame?.issuers?.length ? input.frame.issuers : templateIssuers(template, year, org);
  const ctxOrg = {
    name: org.name,
    fullName: fillPattern(template.issuerPattern, year, org),
    kind: org.kind ?? null,
  };

  const composed = new Map<string, ReturnType<typeof sectionBlocks>>();
  for (const part of numberOutline(template, year, org)) {
    for (const section of part.sections) {
      composed.set(
        section.key,
        sectionBlocks(registry.get(section.plugin), section.plugin, input.sections[section.key], {
          settings: section.settings,
          heading: section.headingText,
          org: ctxOrg,
          year,
        }),
      );
    }
  }
  const printed = (key: string) => {
    const c = composed.get(key);
    return c !== undefined && "blocks" in c && c.blocks.length > 0;
  };
  // Outside the preview, an empty section is left out of the numbering as if disabled.
  const outline = input.preview
    ? template
    : {
        ...template,
        parts: template.parts.map((p) => ({
          ...p,
          sections: p.sections.map((s) => (s.enabled && !printed(s.key) ? { ...s, enabled: false } : s)),
        })),
      };

  const body: DocBlock[] = [];
  for (const part of numberOutline(outline, year, org)) {
    if (part.numbering !== null && part.titleText !== null) {
      body.push({ type: "part-heading", numbering: part.numbering, text: part.titleText });
    }
    for (const section of part.sections) {
      if (section.numbering !== null && section.headingText !== null) {
        body.push({
          type: "section-heading",
          numbering: section.numbering,
          text: section.headingText,
          sectionKey: section.key,
          ...(section.item ? { item: true } : {}),
          ...(section.townshipAdded ? { added: true } : {}),
        });
      }
      const c = composed.get(section.key)!;
      if ("blocks" in c && c.blocks.length > 0) body.push(...numberSubHeadings(c.blocks));
      else
        body.push({
          type: "placeholder",
          sectionKey: section.key,
          text: "placeholder" in c ? c.placeholder : "（本节尚未填写）",
        });
    }
  }

  const addressee = input.frame?.addressee ?? template.addressee;
  return {
    title: fillPattern(template.titlePattern, year, org),
    issuer: issuers.join(" "),
    issuers,
    showIssuerAboveTitle: template.showIssuerAboveTitle,
    docNumber: input.frame?.docNumber?.trim() || null,
    addressee: addressee ? addressee : null,
    body,
    date: input.signedOn ? formatChineseDate(input.signedOn) : null,
    draft: input.draft ?? false,
  };
}
