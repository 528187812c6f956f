import { demoFixtures, sections } from "@nianbao/sections";
import { composeReport, type StoredSection } from "../compose.ts";
import { referenceOutline2023 } from "../presets.ts";
import type { OrgNames, YearTemplate } from "../template.ts";

/**
 * The demo's 2023 report of 荆竹铺镇 (the reference report's content), composed without a database: the
 * 2023 outline with every plugin's `jingzhupu2023` fixture stored as the demo seed stores it. For tests and
 * benchmarks of the writers; `org` varies the township (synthetic reports).
 */
export function demoReport2023(
  org: OrgNames = { name: "荆竹铺镇", parentName: "武冈市" },
  signedOn = "2024-01-15",
) {
  const template: YearTemplate = {
    ...referenceOutline2023,
    parts: referenceOutline2023.parts.map((p) => ({
      ...p,
      sections: p.sections.map((s) => ({
        ...s,
        pluginVersion: sections.get(s.plugin)?.version ?? s.pluginVersion,
      })),
    })),
  };
  const stored: Record<string, StoredSection> = {};
  for (const part of template.parts) {
    for (const s of part.sections) {
      const data = demoFixtures[s.plugin]?.["jingzhupu2023"];
      if (data !== undefined) stored[s.key] = { data, pluginVersion: s.pluginVersion };
    }
  }
  return composeReport({ template, year: 2023, org, sections: stored, registry: sections, signedOn });
}
