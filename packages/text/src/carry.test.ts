import { describe, expect, it } from "vitest";
import type { CatalogFigure } from "./catalog.ts";
import { carryText, checkCarried } from "./carry.ts";
import { RECOGNISE_CATALOGS } from "./fixtures/recognise-catalogs.ts";
import { doc, fig, heading, item, itemRun, para, txt } from "./schema.ts";

const catalog = RECOGNISE_CATALOGS.disputes!;
const lastCatalog: CatalogFigure[] = [
  ...catalog,
  { ...catalog[0]!, key: "metric:retired", label: { "zh-CN": "旧指标", en: "old" }, value: "9起", number: 9 },
];

describe("carrying last year's own words forward", () => {
  const last = doc(
    para(
      txt("2023年，我镇调处矛盾纠纷"),
      fig("metric:disputesMediated"),
      txt("起，较2022年增加5起，"),
      fig("metric:retired"),
      txt("。"),
    ),
    heading(3, txt("2024年工作打算")),
    itemRun("yishi", "paragraphs", item(txt("自2016年起实行网格化管理。"))),
  );
  const carried = carryText(last, { fromYear: 2023, toYear: 2024, catalog, previousCatalog: lastCatalog });

  it("moves the report year and its neighbours on, leaves older years", () => {
    expect(carried.content[0]).toEqual(
      para(
        txt("2024年，我镇调处矛盾纠纷"),
        fig("metric:disputesMediated"),
        txt("起，较2023年增加5起，9起。"),
      ),
    );
    expect(carried.content[1]).toEqual(heading(3, txt("2025年工作打算")));
    expect(carried.content[2]).toEqual(
      itemRun("yishi", "paragraphs", item(txt("自2016年起实行网格化管理。"))),
    );
  });

  it("keeps tokens bound by key; a figure the section no longer has becomes last year's printed text", () => {
    expect(JSON.stringify(carried)).toContain('"key":"metric:disputesMediated"');
    expect(JSON.stringify(carried)).not.toContain("metric:retired");
  });

  it("flags another township's name and last year's figures left in plain text", () => {
    const text = doc(para(txt("参照邓元泰镇做法，全镇排查矛盾纠纷52起，走访群众300余户。")));
    const lastText = doc(para(txt("全镇排查矛盾纠纷52起，走访群众280余户。")));
    const r = checkCarried(text, {
      catalog,
      previousText: lastText,
      previousCatalog: catalog,
      orgName: "荆竹铺镇",
      otherOrgNames: ["邓元泰镇", "水西门街道", "荆竹铺镇"],
    });
    expect(r).toEqual([
      { id: "text-other-org", level: "warning", message: "正文中出现其他乡镇（街道）名称“邓元泰镇”，请核对" },
      {
        id: "text-last-year-figure",
        level: "warning",
        message: "正文中的“52起”与上年度报告相同，请核对是否已更新为本年度数字",
      },
    ]);
  });
});
