import type { AnySectionPlugin } from "@nianbao/sdk";
import legalStudy from "@nianbao/section-legal-study";
import { fixtures as legalStudyFixtures } from "@nianbao/section-legal-study/fixtures";

/**
 * Every installed section plugin. Adding a plugin: add its package to this package's dependencies and to
 * this list (a test fails when a folder under plugins/ is missing here).
 */
export const installedSections: readonly AnySectionPlugin[] = [legalStudy];

export class SectionRegistry {
  readonly #byId: ReadonlyMap<string, AnySectionPlugin>;

  constructor(plugins: readonly AnySectionPlugin[]) {
    const map = new Map<string, AnySectionPlugin>();
    for (const p of plugins) {
      if (map.has(p.id)) throw new Error(`section plugin "${p.id}" is registered twice`);
      map.set(p.id, p);
    }
    this.#byId = map;
  }

  get(id: string): AnySectionPlugin | undefined {
    return this.#byId.get(id);
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  list(): AnySectionPlugin[] {
    return [...this.#byId.values()];
  }
}

export const sections = new SectionRegistry(installedSections);

/**
 * Each plugin's valid fixtures by plugin id, used for the demo data (`seed --demo`): `jingzhupu2023` holds
 * the reference report's content, `demo2024` the demo's second year.
 */
export const demoFixtures: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "legal-study": legalStudyFixtures.valid,
};
