import { referenceOutline2023 } from "@nianbao/document";
import { describe, expect, it } from "vitest";
import {
  addPart,
  addSection,
  moveSection,
  removeSection,
  uniqueKey,
  updateSection,
} from "./template-edit.ts";

const keys = (t: typeof referenceOutline2023) => t.parts.map((p) => p.sections.map((s) => s.key));

describe("template edits", () => {
  it("swaps neighbours within a part and moves across a part boundary", () => {
    const swapped = moveSection(referenceOutline2023, 1, 0, 1);
    expect(keys(swapped)[1]!.slice(0, 2)).toEqual(["government-functions", "legal-study"]);
    const up = moveSection(referenceOutline2023, 2, 0, -1);
    expect(keys(up)[1]!.at(-1)).toBe("problems");
    expect(keys(up)[2]).toEqual([]);
    expect(moveSection(referenceOutline2023, 0, 0, -1)).toBe(referenceOutline2023);
  });

  it("adds sections and parts under unused keys, edits and removes without touching the original", () => {
    expect(uniqueKey(referenceOutline2023, "legal-study")).toBe("legal-study-2");
    expect(uniqueKey(referenceOutline2023, "Custom!")).toBe("custom");
    const added = addSection(
      addPart(referenceOutline2023, "其他需要报告的情况"),
      4,
      { id: "custom", version: 1 },
      null,
    );
    expect(added.parts[4]).toMatchObject({
      key: "part",
      title: "其他需要报告的情况",
      sections: [{ key: "custom", plugin: "custom", enabled: true, required: true }],
    });
    const off = updateSection(added, 1, 4, { enabled: false });
    expect(off.parts[1]!.sections[4]!.enabled).toBe(false);
    expect(referenceOutline2023.parts[1]!.sections[4]!.enabled).toBe(true);
    expect(keys(removeSection(off, 1, 0))[1]).not.toContain("legal-study");
  });
});
