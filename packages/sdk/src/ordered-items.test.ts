import { describe, expect, it } from "vitest";
import { paragraph, paragraphsFromText } from "./blocks.ts";
import { leadInItems } from "./ordered-items.ts";

const items = [
  { lead: "职权有限", text: "基层工作有繁杂性的特点" },
  { lead: "", text: "" },
  { lead: "", text: "队伍力量薄弱" },
];

describe("leadInItems", () => {
  it("keeps the last lead-in paragraph with the list it announces, skips blank items, then the further paragraphs", () => {
    expect(
      leadInItems(paragraphsFromText("总结一年工作。\n主要表现在："), items, "究其原因，主要是…\n下一步"),
    ).toEqual([
      { type: "paragraph", text: "总结一年工作。" },
      {
        type: "items",
        style: "yishi",
        layout: "paragraphs",
        intro: "主要表现在：",
        items: [{ lead: "职权有限", text: "基层工作有繁杂性的特点" }, { text: "队伍力量薄弱" }],
      },
      { type: "paragraph", text: "究其原因，主要是…" },
      { type: "paragraph", text: "下一步" },
    ]);
  });

  it("runs inline items after their own paragraph, without taking it as the intro", () => {
    const blocks = leadInItems(paragraph("镇党委高度重视。"), items, "", { layout: "inline" });
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toEqual({ type: "paragraph", text: "镇党委高度重视。" });
    expect(blocks[1]).toMatchObject({ type: "items", layout: "inline", style: "yishi" });
    expect(blocks[1]).not.toHaveProperty("intro");
  });

  it("prints the lead-in and further paragraphs only when no item is filled, and nothing for nothing", () => {
    expect(leadInItems(paragraph("引言"), [{ lead: " ", text: "" }], "其他")).toEqual([
      { type: "paragraph", text: "引言" },
      { type: "paragraph", text: "其他" },
    ]);
    expect(leadInItems([], [], "")).toEqual([]);
    expect(leadInItems([], items, "", { style: "decimal" })[0]).toMatchObject({
      type: "items",
      style: "decimal",
    });
  });
});
