import { renderSection, type AnySectionPlugin, type RenderContext } from "../define.ts";
import { itemsToParagraphs, type Block } from "../blocks.ts";
import { STRAY_TOWN, type ReportingOrgKind, type TownshipLevel } from "../level.ts";

/** One township of each level, as the conformance suite renders every fixture for. */
export const LEVEL_ORGS: Record<TownshipLevel, { name: string; fullName: string; kind: ReportingOrgKind }> = {
  镇: { name: "荆竹铺镇", fullName: "武冈市荆竹铺镇人民政府", kind: "township" },
  乡: { name: "湾头桥乡", fullName: "武冈市湾头桥乡人民政府", kind: "township" },
  街道: { name: "水西门街道", fullName: "武冈市水西门街道办事处", kind: "street" },
};

export const LEVELS: readonly TownshipLevel[] = ["镇", "乡", "街道"];

/** A render context for a township of the given level. */
export function levelContext(level: TownshipLevel, settings: unknown = {}): RenderContext<unknown> {
  return { settings, heading: "测试标题", org: LEVEL_ORGS[level], year: 2023 };
}

/** Every string in a value with 镇 replaced by `level`: a fixture as a 乡 or a 街道 would have typed it. */
export function asTypedBy<T>(value: T, level: TownshipLevel): T {
  if (typeof value === "string") return value.replace(/(?<![乡城集村重名古])镇/gu, level) as T;
  if (Array.isArray(value)) return value.map((v) => asTypedBy(v, level)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asTypedBy(v, level)])) as T;
  }
  return value;
}

/** The text of rendered blocks, one string per paragraph, heading, item, table cell or figure. */
export function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.type) {
      case "heading":
      case "paragraph":
        return [b.text];
      case "items":
        return itemsToParagraphs(b);
      case "table":
        return [...(b.caption ? [b.caption] : []), ...b.columns, ...b.rows.flat()];
      case "figures":
        return b.items.flatMap((i) => [i.label, i.value]);
    }
  });
}

/**
 * What a plugin prints for a 乡 or a 街道 that says 镇 (a level word it hard-coded): the plugin renders the
 * data as that township would have typed it (its own words never say 镇) and every text with a stray 镇 is
 * returned. Empty when the level words are right.
 */
export function strayTownTexts(
  plugin: AnySectionPlugin,
  data: unknown,
  level: Exclude<TownshipLevel, "镇">,
): string[] {
  const typed = plugin.schema.parse(asTypedBy(data, level));
  return blockTexts(renderSection(plugin, typed, levelContext(level))).filter((text) =>
    STRAY_TOWN.test(text),
  );
}
