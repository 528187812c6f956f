import { describe, expect, it } from "vitest";
import { findTownshipNames } from "./review-warnings.ts";

const names = (text: string, own: string, others: string[]) =>
  findTownshipNames(text, own, others).map((f) => f.name);

describe("findTownshipNames", () => {
  it("finds another township's full name: 镇, 乡 and 街道", () => {
    expect(
      names("学习借鉴水西门街道和双牌乡的经验，与邓元泰镇联合开展普法", "荆竹铺镇", [
        "水西门街道",
        "双牌乡",
        "邓元泰镇",
        "文坪镇",
      ]),
    ).toEqual(["水西门街道", "双牌乡", "邓元泰镇"]);
  });

  it("finds a distinctive name without its level word, but not a two-character one", () => {
    expect(names("邓元泰司法所协助调解", "荆竹铺镇", ["邓元泰镇"])).toEqual(["邓元泰镇"]);
    expect(names("水西门社区开展宣传", "荆竹铺镇", ["水西门街道"])).toEqual(["水西门街道"]);
    expect(names("文坪村开展宣传", "荆竹铺镇", ["文坪镇"])).toEqual([]);
  });

  it("never flags the township's own name, nor a name hidden inside it", () => {
    expect(names("新城关镇2024年法治政府建设", "新城关镇", ["城关镇"])).toEqual([]);
    expect(names("新城关镇与城关镇交界处", "新城关镇", ["城关镇"])).toEqual(["城关镇"]);
    expect(names("荆竹铺镇全年调处纠纷", "荆竹铺镇", ["荆竹铺镇", "邓元泰镇"])).toEqual([]);
  });

  it("says where the name is, for an excerpt", () => {
    expect(findTownshipNames("我镇参照双牌乡做法", "荆竹铺镇", ["双牌乡"])).toEqual([
      { name: "双牌乡", index: 4 },
    ]);
  });
});
