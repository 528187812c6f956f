export interface Township {
  id: string;
  name: string;
  kind: string;
  parentName: string | null;
}

export interface TownshipGroup {
  group: string;
  items: Array<{ value: string; label: string }>;
}

const pinyin = new Intl.Collator("zh-CN");

/**
 * Townships grouped by their county or city for a grouped Select; groups and names in pinyin order
 * (稠树塘镇, 邓元泰镇, 荆竹铺镇 …), the ungrouped ones last.
 */
export function groupTownships(townships: readonly Township[], ungrouped: string): TownshipGroup[] {
  const groups = new Map<string, TownshipGroup>();
  const sorted = [...townships].sort(
    (a, b) =>
      Number(a.parentName === null) - Number(b.parentName === null) ||
      pinyin.compare(a.parentName ?? "", b.parentName ?? "") ||
      pinyin.compare(a.name, b.name),
  );
  for (const t of sorted) {
    const group = t.parentName ?? ungrouped;
    let g = groups.get(group);
    if (!g) {
      g = { group, items: [] };
      groups.set(group, g);
    }
    g.items.push({ value: t.id, label: t.name });
  }
  return [...groups.values()];
}
