import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { Custom } from "./schema.ts";

/**
 * 荆竹铺镇 2023, "其他需要报告的情况". The reference report has no such section (its outline ends at 三、下一步
 * 工作打算), so this content is INVENTED: a plausible part 五 of the official outline for the same township and
 * year, consistent with the reference (17 villages, “谁执法谁普法”). Not the township's words or figures.
 */
export const jingzhupu2023: Custom = {
  paragraphs:
    "2023年，我镇深入开展“八五”普法中期自查，结合“宪法宣传周”“民法典宣传月”等重要时间节点，组织司法所、派出所等单位深入各村开展法治宣传活动，推动法治宣传教育进村入户。\n" +
    "全年未发生因违法行政引发的重大群体性事件，未发生被上级机关通报批评的违法行政行为。",
  figures: [
    { label: "开展法治宣传活动", value: 12, qualifier: "", unit: "场次" },
    { label: "发放法治宣传资料", value: 3000, qualifier: "余", unit: "份" },
    { label: "覆盖村", value: 17, qualifier: "", unit: "个" },
  ],
};

/** The same township's 2024 report (the demo's second year), used as a "特色工作" section: plausible, invented. */
export const demo2024: Custom = {
  paragraphs:
    "我镇以民主法治示范村创建为抓手，推进法治乡村建设，在各村培育“法律明白人”，引导群众遇事找法、解决问题用法、化解矛盾靠法。\n" +
    "镇司法所联合村法律顾问开展“法律进村”服务，就近为群众提供法律咨询。",
  figures: [
    { label: "创建省级民主法治示范村", value: 1, qualifier: "", unit: "个" },
    { label: "培育“法律明白人”", value: 80, qualifier: "余", unit: "名" },
  ],
};

/** Prose only, no figures (how most "其他需要报告的情况" read). */
export const proseOnly: Custom = {
  paragraphs: "无其他需要报告的情况。",
  figures: [],
};

export const fixtures = {
  valid: { jingzhupu2023, demo2024, proseOnly },
  invalid: {
    negativeValue: {
      ...jingzhupu2023,
      figures: [{ label: "开展法治宣传活动", value: -1, qualifier: "", unit: "场次" }],
    },
    unknownQualifier: {
      ...jingzhupu2023,
      figures: [{ label: "发放法治宣传资料", value: 3000, qualifier: "多", unit: "份" }],
    },
    valueAsText: { ...jingzhupu2023, figures: [{ label: "覆盖村", value: "17", qualifier: "", unit: "个" }] },
    unitTooLong: {
      ...jingzhupu2023,
      figures: [{ label: "覆盖村", value: 17, qualifier: "", unit: "个行政村及城镇社区居民委员会" }],
    },
    tooManyFigures: {
      ...jingzhupu2023,
      figures: Array.from({ length: 31 }, (_, i) => ({
        label: `数据${i + 1}`,
        value: i,
        qualifier: "",
        unit: "次",
      })),
    },
  },
} satisfies SectionFixtures;
