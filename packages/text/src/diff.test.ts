import { describe, expect, it } from "vitest";
import { diffText } from "./diff.ts";
import { doc, fig, item, itemRun, para, txt } from "./schema.ts";

const labels = new Map([["metric:disputesMediated", "调处矛盾纠纷"]]);
const base = doc(
  para(txt("全年调处矛盾纠纷"), fig("metric:disputesMediated"), txt("。")),
  itemRun("yishi", "paragraphs", item(txt("加强学习。", true)), item(txt("完善制度。"))),
  para(txt("结尾。")),
);

describe("diffing own words", () => {
  it("nothing when nothing changed", () => {
    expect(diffText(base, base, labels)).toEqual([]);
  });
  it("a changed paragraph, by place, figures by label", () => {
    const after = doc(
      para(txt("全年共调处矛盾纠纷"), fig("metric:disputesMediated"), txt("。")),
      base.content[1]!,
      base.content[2]!,
    );
    expect(diffText(base, after, labels)).toEqual([
      {
        path: "第1段",
        before: "全年调处矛盾纠纷【调处矛盾纠纷】。",
        after: "全年共调处矛盾纠纷【调处矛盾纠纷】。",
      },
    ]);
  });
  it("an added item and a removed paragraph", () => {
    const after = doc(
      base.content[0]!,
      itemRun(
        "yishi",
        "paragraphs",
        item(txt("加强学习。", true)),
        item(txt("完善制度。")),
        item(txt("强化监督。")),
      ),
    );
    expect(diffText(base, after, labels)).toEqual([
      { path: "第3段", before: "结尾。", after: null },
      { path: "第2段·三是", before: null, after: "三是强化监督。" },
    ]);
  });
  it("a switch of mode is one change of 正文", () => {
    expect(diffText(null, base)).toEqual([{ path: "正文", before: "自动生成的文字", after: "自己的话" }]);
    expect(diffText(base, null)).toEqual([{ path: "正文", before: "自己的话", after: "自动生成的文字" }]);
    expect(diffText(null, null)).toEqual([]);
  });
  it("never shows a field path or key for a figure", () => {
    const changes = diffText(base, doc(para(fig("metric:disputesMediated"), fig("metric:other"))), labels);
    expect(JSON.stringify(changes)).not.toContain("metric:");
  });
});
