import { text } from "@nianbao/sdk";
import { z } from "zod";
import type { TemplateSection, YearTemplate } from "./template.ts";

/**
 * A township's own outline within the county's rules: sections it added under a part whose template allows
 * it (`townshipMayAdd`), and headings it retitled in a part that allows it (`townshipMayRetitle`). Kept on
 * the report (report.outline); the report's effective template is the year's with these applied, so every
 * reader — the write path, the submit rule, the documents, the outline the township and reviewer see —
 * uses the same outline. An added section prints in place (after the section it was added after) and is
 * marked `townshipAdded` so the reviewer sees it as an addition.
 */

const heading = () =>
  text({ singleLine: true })
    .trim()
    .min(1, { error: "请填写标题" })
    .max(100, { error: "标题不能超过100个字" });
const templateKey = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

/** The key of a township's own section: `own-` and a short id (never a template key). */
export const ownSectionKey = z
  .string()
  .min(5)
  .max(64)
  .regex(/^own-[a-z0-9-]+$/, { error: "自设栏目的键须以 own- 开头" });

export const addedSectionSchema = z.object({
  key: ownSectionKey,
  partKey: templateKey,
  /** The section it follows; null: first in the part. A section no longer in the part: last. */
  after: templateKey.nullable(),
  heading: heading(),
  plugin: z.string().min(1),
  pluginVersion: z.number().int().min(1),
});

export const townshipOutlineSchema = z.object({
  added: z.array(addedSectionSchema).max(30).default([]),
  /** Section key → the township's heading for it. */
  retitled: z.record(z.string(), heading()).default({}),
});

export type AddedSection = z.output<typeof addedSectionSchema>;
export type TownshipOutline = z.output<typeof townshipOutlineSchema>;

export const emptyTownshipOutline = (): TownshipOutline => ({ added: [], retitled: {} });

/** The stored outline (jsonb, possibly null or from an older shape) read leniently: what does not parse is ignored. */
export function readTownshipOutline(stored: unknown): TownshipOutline {
  const parsed = townshipOutlineSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : emptyTownshipOutline();
}

/** The year's template with the township's additions and retitles applied, within what each part allows. */
export function applyTownshipOutline(
  template: YearTemplate,
  outline: TownshipOutline | null | undefined,
): YearTemplate {
  if (!outline || (outline.added.length === 0 && Object.keys(outline.retitled).length === 0)) return template;
  return {
    ...template,
    parts: template.parts.map((part) => {
      const sections: TemplateSection[] = part.sections.map((s) => {
        const own = part.townshipMayRetitle && s.heading !== null ? outline.retitled[s.key] : undefined;
        return own ? { ...s, heading: own } : s;
      });
      if (!part.townshipMayAdd) return { ...part, sections };
      const anchorOf = new Map<string, string | null>();
      for (const a of outline.added.filter((x) => x.partKey === part.key)) {
        const added: TemplateSection = {
          key: a.key,
          plugin: a.plugin,
          pluginVersion: a.pluginVersion,
          heading: a.heading,
          enabled: true,
          required: false,
          settings: {},
          townshipAdded: true,
        };
        // After its anchor and after the sections added earlier at the same anchor (they keep their order).
        const anchor = a.after === null ? -1 : sections.findIndex((s) => s.key === a.after);
        let at = a.after !== null && anchor < 0 ? sections.length : anchor + 1;
        while (
          at < sections.length &&
          sections[at]!.townshipAdded &&
          anchorOf.get(sections[at]!.key) === a.after
        )
          at++;
        sections.splice(at, 0, added);
        anchorOf.set(a.key, a.after);
      }
      return { ...part, sections };
    }),
  };
}
