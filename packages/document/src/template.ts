import { levelWords, text } from "@nianbao/sdk";
import { z } from "zod";

/** A heading, title or pattern: one line, control and direction-override characters removed. */
const line = () => text({ singleLine: true });

/**
 * A year template: the outline of the report for one report year. Parts are numbered 一、二、三 when
 * they have a title; sections are numbered （一）（二） within their part when they have a heading.
 * A part without a title (the opening) and a section without a heading print their content directly.
 */
const KEY = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: "键只能包含小写字母、数字和连字符" });

export const templateSectionSchema = z.object({
  /** Stable within the template (and across its revisions): report data is stored under it. */
  key: KEY,
  plugin: z.string().min(1),
  pluginVersion: z.number().int().min(1),
  /** The heading as it reads this year; null prints the section without a numbered heading. */
  heading: line().trim().min(1).max(100).nullable(),
  enabled: z.boolean().default(true),
  required: z.boolean().default(true),
  /** The plugin's per-year settings (validated by the plugin's settings schema). */
  settings: z.record(z.string(), z.unknown()).default({}),
  /** Set only in a report's effective outline: a section the township added itself (see township-outline.ts). */
  townshipAdded: z.boolean().optional(),
});

export const templatePartSchema = z.object({
  key: KEY,
  /** "工作开展情况"; null for the opening before part 一. */
  title: line().trim().min(1).max(100).nullable(),
  sections: z.array(templateSectionSchema),
  /** Townships may add sections of their own under this part (absent: no). */
  townshipMayAdd: z.boolean().optional(),
  /** Townships may retitle this part's sections (absent: no). */
  townshipMayRetitle: z.boolean().optional(),
  /** The part holds items directly: its sections are numbered 1、2、 (仿宋) instead of （一）（二） (absent: no). */
  itemsDirect: z.boolean().optional(),
});

export const yearTemplateSchema = z.object({
  /** Title pattern with {year}, {nextYear}, {org} (township) and {parent} (county or city). Part titles and headings may use {year} and {nextYear} too. */
  titlePattern: line().min(1).max(200),
  /** The issuing body, printed as the signature and optionally above the title. */
  issuerPattern: line().min(1).max(200),
  /**
   * Joint issuers (联合行文), each a pattern: e.g. ["{party}", "{government}"] prints 中共XX镇委员会 and XX镇人民政府
   * (a 街道: 中共XX街道工作委员会, XX街道办事处). Absent or null: `issuerPattern` alone.
   */
  issuerPatterns: z.array(line().trim().min(1).max(200)).min(1).max(4).nullable().optional(),
  showIssuerAboveTitle: z.boolean().default(false),
  /** 主送机关, e.g. "市委、市政府："; null for none. */
  addressee: line().max(100).nullable().default(null),
  parts: z.array(templatePartSchema).min(1),
});

export type TemplateSection = z.output<typeof templateSectionSchema>;
export type TemplatePart = z.output<typeof templatePartSchema>;
export type YearTemplate = z.output<typeof yearTemplateSchema>;

export interface OrgNames {
  /** 荆竹铺镇 */
  name: string;
  /** 武冈市 */
  parentName: string | null;
  /** org_unit.kind (`township` or `street`): the plugins' level words (镇/乡/街道) come from it. */
  kind?: "township" | "street" | null;
}

/**
 * The township's issuing bodies from its level words: 中共XX镇委员会 and XX镇人民政府, 中共XX乡委员会 and
 * XX乡人民政府, 中共XX街道工作委员会 and XX街道办事处.
 */
export function issuingBodies(org: OrgNames): { party: string; government: string } {
  const words = levelWords({ name: org.name, kind: org.kind ?? null });
  const stem = org.name.endsWith(words.level) ? org.name.slice(0, -words.level.length) : org.name;
  const street = words.level === "街道";
  return {
    party: `中共${stem}${street ? "街道工作委员会" : `${words.level}委员会`}`,
    government: `${stem}${words.governmentFull}`,
  };
}

/** Fill {year}, {nextYear}, {org}, {parent}, {party} and {government} (the issuing bodies) in a pattern. */
export function fillPattern(pattern: string, year: number, org: OrgNames): string {
  const bodies = pattern.includes("{party}") || pattern.includes("{government}") ? issuingBodies(org) : null;
  return pattern
    .replaceAll("{party}", bodies?.party ?? "")
    .replaceAll("{government}", bodies?.government ?? "")
    .replaceAll("{year}", String(year))
    .replaceAll("{nextYear}", String(year + 1))
    .replaceAll("{org}", org.name)
    .replaceAll("{parent}", org.parentName ?? "");
}

/** Every section of a template in outline order, with its part. */
export function templateSections(template: YearTemplate): Array<TemplateSection & { partKey: string }> {
  return template.parts.flatMap((p) => p.sections.map((s) => ({ ...s, partKey: p.key })));
}

/** The template's issuers, filled: the joint issuers when it names them, else the one issuer. */
export function templateIssuers(template: YearTemplate, year: number, org: OrgNames): string[] {
  return (template.issuerPatterns ?? [template.issuerPattern]).map((p) => fillPattern(p, year, org));
}
