// @vitest-environment jsdom
import { Editor, type JSONContent } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { ownWordsExtensions } from "../extensions.ts";
import type { CatalogFigure } from "@nianbao/text";
import { FigureStore } from "../figure-store.ts";
import { ordinals } from "./numbering-plugin.ts";
import { bindRange, findPlainFigures } from "./recognised-plugin.ts";
import { cleanPastedHtml } from "./paste.ts";

const words = {
  empty: (l: string) => `${l}：未填写`,
  unknown: "未知数字",
  describe: (l: string, v: string) => `${l}：${v}`,
};

const mediated: CatalogFigure = {
  key: "metric:disputesMediated",
  label: { "zh-CN": "调处矛盾纠纷", en: "Disputes mediated" },
  unit: "起",
  kind: "count",
  value: "37起",
  number: 37,
  qualifier: "",
  numerator: null,
  denominator: null,
  required: false,
};

let editors: Editor[] = [];
afterEach(() => {
  for (const e of editors) e.destroy();
  editors = [];
});

function make(content: JSONContent, store: FigureStore | null = null): Editor {
  const element = document.createElement("div");
  document.body.append(element);
  const editor = new Editor({ element, extensions: ownWordsExtensions({ store, words }), content });
  editors.push(editor);
  return editor;
}

const p = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const t = (text: string, marks?: JSONContent["marks"]): JSONContent =>
  marks ? { type: "text", text, marks } : { type: "text", text };
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });

describe("own-words schema", () => {
  it("round-trips every node of the contract unchanged", () => {
    const content = doc(
      { type: "heading", attrs: { level: 3 }, content: [t("强化组织领导")] },
      p(t("全年共调处矛盾纠纷"), { type: "figure", attrs: { key: "metric:disputesMediated" } }, t("。")),
      {
        type: "itemRun",
        attrs: { style: "yishi", layout: "inline" },
        content: [
          { type: "item", content: [t("加强学习。", [{ type: "runIn" }]), t("全年开展集中学习12次。")] },
          { type: "item", content: [t("完善制度。")] },
        ],
      },
      { type: "heading", attrs: { level: 4 }, content: [t("细化任务")] },
      {
        type: "table",
        content: [
          {
            type: "tableRow",
            content: [
              {
                type: "tableHeader",
                attrs: { colspan: 1, rowspan: 1, colwidth: null },
                content: [p(t("项目"))],
              },
            ],
          },
          {
            type: "tableRow",
            content: [
              {
                type: "tableCell",
                attrs: { colspan: 1, rowspan: 1, colwidth: null },
                content: [p(t("调解"))],
              },
            ],
          },
        ],
      },
    );
    expect(make(content).getJSON()).toEqual(content);
  });

  it("numbers items by their run's style and sub-headings by level, restarting (1) under each 1.", () => {
    const editor = make(
      doc(
        { type: "heading", attrs: { level: 3 }, content: [t("甲")] },
        { type: "heading", attrs: { level: 4 }, content: [t("乙")] },
        { type: "heading", attrs: { level: 4 }, content: [t("丙")] },
        { type: "heading", attrs: { level: 3 }, content: [t("丁")] },
        { type: "heading", attrs: { level: 4 }, content: [t("戊")] },
        {
          type: "itemRun",
          attrs: { style: "yishi", layout: "paragraphs" },
          content: Array.from({ length: 11 }, (_, i) => ({ type: "item", content: [t(`第${i + 1}项`)] })),
        },
        {
          type: "itemRun",
          attrs: { style: "paren", layout: "paragraphs" },
          content: [{ type: "item", content: [t("x")] }],
        },
      ),
    );
    expect(ordinals(editor.state.doc).map((o) => o.ordinal)).toEqual([
      "1.",
      "（1）",
      "（2）",
      "2.",
      "（1）",
      "一是",
      "二是",
      "三是",
      "四是",
      "五是",
      "六是",
      "七是",
      "八是",
      "九是",
      "十是",
      "十一是",
      "（1）",
    ]);
    // The ordinals are drawn on the DOM, never in the text.
    const drawn = Array.from(editor.view.dom.querySelectorAll("[data-ordinal]")).map((el) =>
      el.getAttribute("data-ordinal"),
    );
    expect(drawn.slice(0, 6)).toEqual(["1.", "（1）", "（2）", "2.", "（1）", "一是"]);
    expect(editor.getText()).not.toContain("一是");
  });

  it("turns selected paragraphs into a run, restyles it, and back into paragraphs", () => {
    const editor = make(doc(p(t("一段")), p(t("二段")), p(t("三段"))));
    editor.commands.setTextSelection({ from: 2, to: 7 });
    expect(editor.commands.toggleItemRun("yishi")).toBe(true);
    const json = editor.getJSON();
    expect(json.content?.[0]).toMatchObject({
      type: "itemRun",
      attrs: { style: "yishi" },
      content: [{ type: "item" }, { type: "item" }],
    });
    expect(json.content?.[1]).toMatchObject({ type: "paragraph", content: [{ text: "三段" }] });

    editor.commands.toggleItemRun("decimal");
    expect(editor.getJSON().content?.[0]).toMatchObject({ type: "itemRun", attrs: { style: "decimal" } });
    editor.commands.setItemRunLayout("inline");
    expect(editor.getJSON().content?.[0]?.attrs?.layout).toBe("inline");

    editor.commands.toggleItemRun("decimal");
    expect(editor.getJSON()).toEqual(doc(p(t("一段")), p(t("二段")), p(t("三段"))));
  });

  it("Enter in an empty item ends the run; Backspace at the first item's start lifts it out", () => {
    const editor = make(
      doc({
        type: "itemRun",
        attrs: { style: "yishi", layout: "paragraphs" },
        content: [
          { type: "item", content: [t("甲")] },
          { type: "item", content: [t("乙")] },
        ],
      }),
    );
    // End of 乙, Enter: a new item; Enter again in it: a paragraph after the run.
    editor.commands.setTextSelection(8);
    editor.commands.keyboardShortcut("Enter");
    expect(editor.state.doc.child(0).childCount).toBe(3);
    editor.commands.keyboardShortcut("Enter");
    expect(editor.getJSON().content?.map((n) => n.type)).toEqual(["itemRun", "paragraph"]);
    expect(editor.state.doc.child(0).childCount).toBe(2);

    editor.commands.setTextSelection(2);
    editor.commands.keyboardShortcut("Backspace");
    expect(editor.getJSON().content?.slice(0, 2)).toMatchObject([
      { type: "paragraph", content: [{ text: "甲" }] },
      { type: "itemRun", content: [{ type: "item", content: [{ text: "乙" }] }] },
    ]);
  });

  it("marks a run-in heading: the first sentence with nothing selected, and unmarks it", () => {
    const editor = make(doc(p(t("加强学习。全年开展集中学习12次。"))));
    editor.commands.setTextSelection(8);
    expect(editor.commands.toggleRunIn()).toBe(true);
    expect(editor.getJSON().content?.[0]?.content).toEqual([
      t("加强学习。", [{ type: "runIn" }]),
      t("全年开展集中学习12次。"),
    ]);
    editor.commands.toggleRunIn();
    expect(editor.getJSON().content?.[0]?.content).toEqual([t("加强学习。全年开展集中学习12次。")]);
  });

  it("shows a figure's current value and follows the store without any edit", () => {
    const store = new FigureStore();
    store.set([mediated], "zh-CN");
    const editor = make(doc(p(t("共调处"), { type: "figure", attrs: { key: mediated.key } })), store);
    const token = () => editor.view.dom.querySelector<HTMLElement>("[data-figure]")!;
    expect(token().textContent).toBe("37起");
    expect(token().dataset.state).toBe("bound");
    expect(token().getAttribute("aria-label")).toBe("调处矛盾纠纷：37起");

    store.set([{ ...mediated, value: "40余起" }], "zh-CN");
    expect(token().textContent).toBe("40余起");
    store.set([{ ...mediated, value: null }], "en");
    expect(token().textContent).toBe("【调处矛盾纠纷】");
    expect(token().dataset.state).toBe("empty");
    expect(token().getAttribute("aria-label")).toBe("Disputes mediated：未填写");
    store.set([], "zh-CN");
    expect(token().dataset.state).toBe("unknown");
    // The stored document holds the key only, never the value.
    expect(editor.getJSON().content?.[0]?.content?.[1]).toEqual({
      type: "figure",
      attrs: { key: mediated.key },
    });
  });

  it("inserts a figure at the cursor or over a range (binding a typed figure)", () => {
    const store = new FigureStore();
    store.set([mediated], "zh-CN");
    const editor = make(doc(p(t("共调处矛盾纠纷37起。"))), store);
    expect(editor.commands.insertFigure(mediated.key, { from: 8, to: 11 })).toBe(true);
    expect(editor.getJSON().content?.[0]?.content).toEqual([
      t("共调处矛盾纠纷"),
      { type: "figure", attrs: { key: mediated.key } },
      t("。"),
    ]);
    expect(editor.getText()).toBe("共调处矛盾纠纷37起。");
  });

  it("pastes text without formatting, headings as sub-headings and lists as runs", () => {
    const editor = make(doc(p()));
    const html = cleanPastedHtml(
      `<h1 style="color:red">总体情况</h1><p><b style="font-family:宋体">全年</b><span style="font-size:30px">共调处</span></p><ul><li><p>加强学习</p></li><li>完善制度</li></ul>`,
    );
    editor.commands.setContent(html);
    expect(editor.getJSON()).toEqual(
      doc({ type: "heading", attrs: { level: 3 }, content: [t("总体情况")] }, p(t("全年共调处")), {
        type: "itemRun",
        attrs: { style: "yishi", layout: "paragraphs" },
        content: [
          { type: "item", content: [t("加强学习")] },
          { type: "item", content: [t("完善制度")] },
        ],
      }),
    );
  });

  it("finds figures typed as plain text, with their places in the document, never inside a token", () => {
    const screened: CatalogFigure = {
      ...mediated,
      key: "metric:disputesScreened",
      label: { "zh-CN": "排查矛盾纠纷", en: "Disputes screened" },
      value: "52起",
      number: 52,
    };
    const store = new FigureStore();
    store.set([mediated, screened], "zh-CN");
    const editor = make(
      doc(
        { type: "heading", attrs: { level: 3 }, content: [t("化解纠纷")] },
        p(
          t("共调处矛盾纠纷"),
          { type: "figure", attrs: { key: mediated.key } },
          t("，排查矛盾纠纷52起，参训率达94.7%。"),
        ),
      ),
      store,
    );
    const found = findPlainFigures(editor.state.doc, [mediated, screened]);
    expect(found.map((f) => editor.state.doc.textBetween(f.from, f.to))).toEqual(["52起", "达94.7%"]);
    expect(found[0]!.match?.key).toBe(screened.key);
    // Binding keeps 达 as a word of the sentence, whether the field prints the same value or not.
    const range = (value: string | null) => {
      const r = bindRange(found[1]!, value);
      return editor.state.doc.textBetween(r.from, r.to);
    };
    expect(range("94.7%")).toBe("94.7%");
    expect(range("96%")).toBe("94.7%");
    expect(range(null)).toBe("94.7%");
    expect(editor.state.doc.textBetween(bindRange(found[0]!, "52起").from, found[0]!.to)).toBe("52起");
  });
});
