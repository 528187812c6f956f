import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pluginFiles } from "./generate.ts";
import { GUIDE_EXAMPLE, GUIDE_FILES } from "./guide-example.ts";

const guide = readFileSync(new URL("../../../docs/adding-a-section.md", import.meta.url), "utf8");

describe("docs/adding-a-section.md", () => {
  it("shows exactly what the narrative template generates (so the example is real, compiling code)", () => {
    const files = pluginFiles({ root: "/nowhere", ...GUIDE_EXAMPLE });
    for (const f of GUIDE_FILES) {
      const block = new RegExp("`" + f.replace(/[.]/g, "\\.") + "`:\\n\\n```tsx?\\n([\\s\\S]*?)\\n```").exec(
        guide,
      );
      expect(block, `the guide shows ${f}`).not.toBeNull();
      expect(block![1], f).toBe(files[f]!.trimEnd());
    }
  });
});
