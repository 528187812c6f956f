import { expect } from "vitest";
import type { Block } from "../blocks.ts";
import { migrateData, renderSection, type AnySectionPlugin } from "../define.ts";
import type { TownshipLevel } from "../level.ts";
import { LEVELS, levelContext } from "./levels.ts";

/**
 * A version bump keeps what was filed: for each fixture named in `rendered` (what the previous version's code
 * printed for it at each level, generated once from that code), the fixture taken back to the previous shape
 * (`toPrevious`) and migrated from `fromVersion` equals the current fixture and prints the same blocks for a
 * 镇, a 乡 and a 街道.
 */
export function expectUpgradeKeepsRendering(
  plugin: AnySectionPlugin,
  options: {
    fromVersion: number;
    fixtures: Record<string, unknown>;
    rendered: Record<string, Record<TownshipLevel, Block[]>>;
    toPrevious: (current: never) => unknown;
  },
): void {
  for (const [name, rendered] of Object.entries(options.rendered)) {
    const current = options.fixtures[name];
    const upgraded = migrateData(plugin, options.toPrevious(current as never), options.fromVersion);
    expect(upgraded, name).toEqual(current);
    for (const level of LEVELS)
      expect(renderSection(plugin, upgraded, levelContext(level)), `${name} ${level}`).toEqual(
        rendered[level],
      );
  }
}
