import { describe, expect, it } from "vitest";
import { doc, fig, heading, item, itemRun, para, parseText, TEXT_LIMITS, txt } from "./schema.ts";
import { headingNumbers, textParagraphs, walkFigures } from "./nodes.ts";

const sample = doc(
  para(txt("2023年，我镇坚持以习近平法治思想为指导。")),
  heading(3, txt("强化组织领导")),
  itemRun(
    "yishi",
    "paragraphs",
    item(txt("加强学习。", true), txt("全年组织学法"), fig("metric:studySessions"), txt("。")),
    item(txt("完善制度。")),
  ),
  heading(4, txt("细化责任")),
  heading(3, txt("推进依法行政")),
  heading(4, txt("规范执法")),
  heading(4, txt("公开透明")),
  {
    type: "table",
    content: [
      {
        type: "tableRow",
        content: [
          { type: "tableHeader", content: [para(txt("项目"))] },
          { type: "tableHeader", content: [para(txt("数量"))] },
        ],
      },
      {
        type: "tableRow",
        content: [
          { type: "tableCell", content: [para(txt("调处纠纷"))] },
          { type: "tableCell", content: [para(fig("metric:disputesMediated"))] },
        ],
      },
    ],
  },
);

describe("the stored document", () => {
  it("parses and serialises without change (JSON round trip)", () => {
    const r = parseText(JSON.parse(JSON.stringify(sample)));
    expect(r).toEqual({ ok: true, doc: sample });
  });

  it("merges adjacent text with the same marks and drops unknown attributes", () => {
    const r = parseText({
      type: "doc",
      content: [
        {
          type: "paragraph",
          attrs: { textAlign: "center" },
          content: [
            { type: "text", text: "一", marks: [{ type: "runIn" }] },
            { type: "text", text: "二", marks: [{ type: "runIn" }] },
            { type: "text", text: "三" },
            { type: "text", text: "四" },
          ],
        },
      ],
    });
    expect(r).toEqual({ ok: true, doc: doc(para(txt("一二", true), txt("三四"))) });
  });

  it.each([
    [
      "a font mark",
      {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "bold" }] }] }],
      },
    ],
    ["an unknown node", { type: "doc", content: [{ type: "blockquote", content: [] }] }],
    ["a heading level 2", { type: "doc", content: [{ type: "heading", attrs: { level: 2 }, content: [] }] }],
    [
      "an empty item run",
      {
        type: "doc",
        content: [{ type: "itemRun", attrs: { style: "yishi", layout: "inline" }, content: [] }],
      },
    ],
    [
      "a figure without key",
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "figure", attrs: {} }] }] },
    ],
    [
      "an item style that does not exist",
      {
        type: "doc",
        content: [
          { type: "itemRun", attrs: { style: "roman", layout: "inline" }, content: [{ type: "item" }] },
        ],
      },
    ],
    ["not a document", { type: "paragraph" }],
  ])("refuses %s with a message in Chinese naming where", (_name, input) => {
    const r = parseText(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^正文格式不正确/);
  });

  it("refuses a text over the size limit", () => {
    const big = doc(para(txt("字".repeat(TEXT_LIMITS.chars + 1))));
    const r = parseText(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(`${TEXT_LIMITS.chars}`);
  });
});

describe("numbering", () => {
  it("numbers sub-headings 1. 2. and （1） restarting under each level 3", () => {
    expect([...headingNumbers(sample).values()]).toEqual(["1.", "（1）", "2.", "（1）", "（2）"]);
  });

  it("numbers items in Chinese style for every item style", () => {
    const items = (style: "yishi" | "decimal" | "paren") =>
      textParagraphs(doc(itemRun(style, "inline", item(txt("a")), item(txt("b")), item(txt("c"))))).map(
        (p) => (p.place.kind === "item" ? p.place.prefix : null),
      );
    expect(items("yishi")).toEqual(["一是", "二是", "三是"]);
    expect(items("decimal")).toEqual(["1.", "2.", "3."]);
    expect(items("paren")).toEqual(["（1）", "（2）", "（3）"]);
  });

  it("walks every figure, in tables too", () => {
    expect(walkFigures(sample).map((f) => f.key)).toEqual([
      "metric:studySessions",
      "metric:disputesMediated",
    ]);
  });
});
