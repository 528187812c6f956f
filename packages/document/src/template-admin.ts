import type { AnySectionPlugin } from "@nianbao/sdk";
import { z } from "zod";
import { templateSections, yearTemplateSchema, type TemplateSection, type YearTemplate } from "./template.ts";

/** What validation and the diff need of the installed plugins. */
export interface PluginRegistry {
  get(id: string): AnySectionPlugin | undefined;
}

export interface TemplateIssue {
  /** Dot path into the template ("parts.1.sections.0.plugin"), "" for the whole template. */
  path: string;
  message: string;
}

function partName(title: string | null, index: number): string {
  return title === null ? `第${index + 1}部分（开头）` : `第${index + 1}部分“${title}”`;
}

/**
 * Everything wrong with a template an administrator is about to save or publish, as clear Chinese messages:
 * a malformed template, unknown plugins, a pinned version newer than the installed plugin, duplicate
 * section or part keys, empty parts, invalid per-year settings, and a report with no enabled section.
 */
export function validateTemplate(input: unknown, registry: PluginRegistry): TemplateIssue[] {
  const parsed = yearTemplateSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  }
  const template = parsed.data;
  const issues: TemplateIssue[] = [];
  const sectionKeys = new Map<string, string>();
  const partKeys = new Set<string>();
  template.parts.forEach((part, p) => {
    if (partKeys.has(part.key)) issues.push({ path: `parts.${p}.key`, message: `部分键“${part.key}”重复` });
    partKeys.add(part.key);
    if (part.sections.length === 0) {
      issues.push({
        path: `parts.${p}.sections`,
        message: `${partName(part.title, p)}没有任何栏目，请添加栏目或删除该部分`,
      });
    }
    part.sections.forEach((s, i) => {
      const at = `parts.${p}.sections.${i}`;
      const where = `${partName(part.title, p)}第${i + 1}栏`;
      const seen = sectionKeys.get(s.key);
      if (seen) issues.push({ path: `${at}.key`, message: `栏目“${s.key}”重复（${seen}已有同名栏目）` });
      else sectionKeys.set(s.key, where);
      if (s.key.startsWith("own-"))
        issues.push({ path: `${at}.key`, message: `${where}的键不能以 own- 开头（留给乡镇自设栏目）` });
      const plugin = registry.get(s.plugin);
      if (!plugin) {
        issues.push({ path: `${at}.plugin`, message: `${where}使用的栏目插件“${s.plugin}”未安装` });
        return;
      }
      if (s.pluginVersion > plugin.version) {
        issues.push({
          path: `${at}.pluginVersion`,
          message: `${where}固定的插件版本 v${s.pluginVersion} 高于已安装的 v${plugin.version}`,
        });
      }
      const settings = plugin.settings.safeParse(s.settings ?? {});
      if (!settings.success) {
        for (const issue of settings.error.issues) {
          issues.push({
            path: [at, "settings", ...issue.path.map(String)].join("."),
            message: `${where}的年度设置有误：${issue.message}`,
          });
        }
      }
    });
  });
  if (!templateSections(template).some((s) => s.enabled)) {
    issues.push({ path: "parts", message: "至少要启用一个栏目" });
  }
  return issues;
}

/** Pin every section of a template to the installed plugin's version (used when a year is created). */
export function pinToInstalled(template: YearTemplate, registry: PluginRegistry): YearTemplate {
  return {
    ...template,
    parts: template.parts.map((p) => ({
      ...p,
      sections: p.sections.map((s) => ({
        ...s,
        pluginVersion: registry.get(s.plugin)?.version ?? s.pluginVersion,
      })),
    })),
  };
}

// ---------------------------------------------------------------- what a revision changes

export interface TemplateChange {
  kind:
    | "removed"
    | "added"
    | "restored"
    | "moved"
    | "retitled"
    | "required"
    | "settings"
    | "plugin"
    | "version"
    | "front";
  sectionKey: string | null;
  /** One line a person reads: "移除栏目“（三）……”：已填报的3个乡镇的数据保留（隐藏，可恢复）". */
  text: string;
}

function label(s: TemplateSection): string {
  return s.heading ?? s.key;
}

/**
 * The changes from one template to the next, described for the administrator, with what they do to
 * townships that already entered data. `filled(key)` tells how many reports hold data for a section.
 */
export function diffTemplates(
  before: YearTemplate,
  after: YearTemplate,
  filled: (sectionKey: string) => number,
): TemplateChange[] {
  const changes: TemplateChange[] = [];
  const old = new Map(templateSections(before).map((s) => [s.key, s]));
  const now = new Map(templateSections(after).map((s) => [s.key, s]));
  const wasOn = (k: string) => old.get(k)?.enabled === true;
  const isOn = (k: string) => now.get(k)?.enabled === true;

  for (const [key, s] of old) {
    if (!s.enabled || isOn(key)) continue;
    const n = filled(key);
    const how = now.has(key) ? "停用" : "移除";
    changes.push({
      kind: "removed",
      sectionKey: key,
      text:
        n > 0
          ? `${how}栏目“${label(s)}”：已填报的${n}个乡镇的数据保留（隐藏，重新启用即可恢复）`
          : `${how}栏目“${label(s)}”：尚无乡镇填报`,
    });
  }
  for (const [key, s] of now) {
    if (!s.enabled || wasOn(key)) continue;
    const n = filled(key);
    changes.push(
      n > 0
        ? {
            kind: "restored",
            sectionKey: key,
            text: `恢复栏目“${label(s)}”：${n}个乡镇此前填报的数据重新显示`,
          }
        : { kind: "added", sectionKey: key, text: `新增栏目“${label(s)}”：各乡镇该栏目为空，需补充填报` },
    );
  }
  const order = (t: YearTemplate) =>
    templateSections(t)
      .filter((s) => s.enabled && wasOn(s.key) && isOn(s.key))
      .map((s) => `${s.partKey}/${s.key}`);
  if (order(before).join() !== order(after).join()) {
    changes.push({
      kind: "moved",
      sectionKey: null,
      text: "调整了栏目顺序，编号随之重排；已填报的数据不受影响",
    });
  }
  for (const [key, s] of now) {
    const o = old.get(key);
    if (!o || !s.enabled || !o.enabled) continue;
    if (o.heading !== s.heading)
      changes.push({ kind: "retitled", sectionKey: key, text: `栏目标题由“${label(o)}”改为“${label(s)}”` });
    if (o.required !== s.required) {
      changes.push({
        kind: "required",
        sectionKey: key,
        text: `栏目“${label(s)}”改为${s.required ? "必填" : "选填"}`,
      });
    }
    if (o.plugin !== s.plugin) {
      changes.push({
        kind: "plugin",
        sectionKey: key,
        text: `栏目“${label(s)}”的插件由“${o.plugin}”换为“${s.plugin}”：原有数据保留在修订记录中，该栏目需重新填报`,
      });
    } else if (o.pluginVersion !== s.pluginVersion) {
      changes.push({
        kind: "version",
        sectionKey: key,
        text: `栏目“${label(s)}”的插件版本由 v${o.pluginVersion} 改为 v${s.pluginVersion}：已填数据打开时按插件迁移升级`,
      });
    }
    if (JSON.stringify(o.settings) !== JSON.stringify(s.settings)) {
      changes.push({
        kind: "settings",
        sectionKey: key,
        text: `栏目“${label(s)}”的年度设置（目标等）已调整`,
      });
    }
  }
  const front = (t: YearTemplate) =>
    JSON.stringify([
      t.titlePattern,
      t.issuerPattern,
      t.showIssuerAboveTitle,
      t.addressee,
      t.parts.map((p) => [p.key, p.title]),
    ]);
  if (front(before) !== front(after)) {
    changes.push({ kind: "front", sectionKey: null, text: "标题、主送机关、落款或部分标题已调整" });
  }
  return changes;
}

// ---------------------------------------------------------------- moving templates between installations

export const TEMPLATE_FILE_FORMAT = "nianbao-year-template";

/** The file `nianbao year export` writes and `nianbao year import` reads. */
export const templateFileSchema = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT, { error: "不是年报模板文件（format 应为 nianbao-year-template）" }),
  formatVersion: z.literal(1, { error: "不支持的模板文件版本" }),
  year: z.number({ error: "缺少年度" }).int().min(2000).max(2100),
  /** The region's name where it was exported (informational; the import names its own region). */
  regionName: z.string().nullable().default(null),
  deadline: z.iso.date({ error: "截止日期格式应为 yyyy-mm-dd" }).nullable().default(null),
  templateRevision: z.number().int().min(1).default(1),
  template: z.unknown(),
});
export type TemplateFile = z.output<typeof templateFileSchema>;
