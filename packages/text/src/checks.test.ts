import { describe, expect, it } from "vitest";
import type { CatalogFigure } from "./catalog.ts";
import { checkText, countUnbound } from "./checks.ts";
import { RECOGNISE_CATALOGS } from "./fixtures/recognise-catalogs.ts";
import { doc, fig, para, txt } from "./schema.ts";

const catalog: CatalogFigure[] = RECOGNISE_CATALOGS.disputes!.map((c) =>
  c.key === "metric:resolutionRate"
    ? { ...c, required: true }
    : c.key === "metric:legalAidCases"
      ? { ...c, value: null, number: null }
      : c,
);
const ids = (d: ReturnType<typeof doc>) => checkText(d, catalog).map((c) => c.id);

describe("text and fields stay honest", () => {
  it("no warning when the text shows its required figures as tokens", () => {
    expect(checkText(doc(para(txt("化解率"), fig("metric:resolutionRate"), txt("。"))), catalog)).toEqual([]);
  });
  it("a required figure the text does not show", () => {
    const r = checkText(doc(para(txt("全年调处矛盾纠纷"), fig("metric:disputesMediated"))), catalog);
    expect(r).toEqual([
      { id: "text-figure-missing", level: "warning", message: "正文未写明“矛盾纠纷化解率”，请插入该数字" },
    ]);
  });
  it("a required figure typed as plain text with its value counts as shown (and as unbound)", () => {
    const d = doc(para(txt("矛盾纠纷化解率94.7%。")));
    expect(ids(d)).toEqual([]);
    expect(countUnbound(d, catalog)).toBe(1);
  });
  it("a token bound to an empty field, and one to a figure the section no longer has", () => {
    const d = doc(
      para(
        fig("metric:resolutionRate"),
        txt("，办理法律援助案件"),
        fig("metric:legalAidCases"),
        fig("metric:gone"),
      ),
    );
    const r = checkText(d, catalog);
    expect(r.map((c) => c.id)).toEqual(["text-figure-empty", "text-figure-unknown"]);
    expect(r[0]!.message).toBe("正文引用了“法律援助案件”，但该数字尚未填写");
    expect(checkText(d, catalog, { locale: "en" })[0]!.message).toBe(
      '"法律援助案件" is in the text but not filled in',
    );
  });
  it("a plain figure contradicting its field, named by label", () => {
    const r = checkText(doc(para(fig("metric:resolutionRate"), txt("全年调处矛盾纠纷45起。"))), catalog);
    expect(r).toEqual([
      {
        id: "text-figure-contradicts",
        level: "warning",
        message: "正文写“调处矛盾纠纷”为45起，与填报的37起不一致",
      },
    ]);
  });
  it("tokens are never counted as unbound figures, plain ones are", () => {
    const d = doc(
      para(txt("调处"), fig("metric:disputesMediated"), txt("，走访群众300余户，调处矛盾纠纷37起。")),
    );
    expect(countUnbound(d, catalog)).toBe(2);
  });
});
