import { blockRunParagraphs, migrateData, renderSection, type Block } from "@nianbao/sdk";
import { installedSections, sectionFixtures } from "@nianbao/sections";
import { describe, expect, it } from "vitest";
import { figureCatalog } from "./catalog.ts";
import { blocksToText } from "./from-blocks.ts";
import { parseText } from "./schema.ts";
import { textToBlocks } from "./to-blocks.ts";
import { walkFigures } from "./nodes.ts";

/** What a list of blocks prints, paragraph by paragraph (text only: the writers print the same runs). */
function printed(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.type) {
      case "heading":
        return [`H${b.level}:${b.text}`];
      case "table":
        return [`T:${JSON.stringify([b.columns, b.rows])}`];
      default:
        return blockRunParagraphs(b).map((p) => p.map((r) => r.text).join(""));
    }
  });
}

const ctx = { heading: null, org: { name: "荆竹铺镇", fullName: "荆竹铺镇人民政府" }, year: 2023 };

describe("generated → own words prints the same, with tokens in place", () => {
  for (const plugin of installedSections) {
    for (const [name, raw] of Object.entries(sectionFixtures[plugin.id]!.valid)) {
      it(`${plugin.id} / ${name}`, () => {
        const data = migrateData(plugin, plugin.schema.parse(raw), plugin.version);
        const blocks = renderSection(plugin, data, { ...ctx, settings: {} });
        const catalog = figureCatalog(plugin, data, {});
        const text = blocksToText(blocks, catalog);
        // The document is valid as stored, and survives a JSON round trip.
        expect(parseText(JSON.parse(JSON.stringify(text)))).toEqual({ ok: true, doc: text });
        expect(printed(textToBlocks(text, catalog))).toEqual(printed(blocks));
        // Every metric the text shows as a number with its unit is a token now.
        const keys = new Set(walkFigures(text).map((f) => f.key));
        for (const c of catalog) {
          if (
            c.value &&
            c.kind !== "rate" &&
            /^\d/.test(c.value) &&
            printed(blocks).join("").includes(c.value)
          ) {
            // present in the text: bound at least when its label is there too
            if (
              printed(blocks)
                .join("")
                .includes(c.label["zh-CN"] + c.value)
            )
              expect(keys.has(c.key), `${c.key} ${c.value}`).toBe(true);
          }
        }
      });
    }
  }
});
