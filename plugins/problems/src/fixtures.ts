import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { Problems } from "./schema.ts";

/** 荆竹铺镇 2023: part 二、存在的问题 of the reference report, word for word (the page break in 二 joined). */
export const jingzhupu2023: Problems = {
  intro:
    "总结回顾我镇一年来的法治政府建设工作，虽然取得了一定成绩，但与市委、市政府及社会各界对我们的要求、期望相比，还有一定的差距，主要表现在：",
  items: [
    {
      lead: "职权有限",
      text:
        "基层工作有繁杂性的特点，工作要求包罗万象，头绪繁多，涉足甚广，但是由于处事职权不配套，缺乏管理指挥、处理具体事务的职权，" +
        "影响了统筹协调和管理职能的发挥。在诸如拆违、消防、交通执法等方面，基层政府因职权所困所陷入了“欲为无职，不为失职”的尴尬境地。",
    },
    {
      lead: "行政执法整体水平不高",
      text:
        "行政执法是法治政府建设的一项重要内容，由于行政执法专业性强，执法人员的服装、执法装备、执法车辆都需要上级统一配备，" +
        "执法人员的专业培训不够，有待进一步加强，加之基层中心工作多，人员流动性强，基数少，在一定程度上影响了执法的整体水平。",
    },
    {
      lead: "谁执法谁普法责任制有待加强",
      text:
        "主要还是镇属各机关站所对谁执法谁普法责任制重视度不够，日常普法宣传工作不及时，在以案释法警示教育方面做得不够，" +
        "执法人员法治学习教育有待进一步加强。",
    },
  ],
  more: "",
};

/** The same township's 2024 report (the demo's second year): plausible, with a paragraph of causes. */
export const demo2024: Problems = {
  intro: "对照上级要求和群众期盼，我镇法治政府建设工作仍存在一些不足，主要表现在：",
  items: [
    {
      lead: "法治队伍力量薄弱",
      text: "镇司法所仅有工作人员2名，综合行政执法队伍中具有法律专业背景的人员较少，难以满足日益增长的法治工作需求。",
    },
    {
      lead: "重大行政决策程序执行不够到位",
      text: "部分决策事项公众参与、专家论证环节流于形式，决策后评估工作尚未全面开展。",
    },
  ],
  more: "究其原因，主要是部分干部对法治政府建设的重要性认识不足，重业务轻法治的思想依然存在，法治建设投入保障不够。",
};

export const fixtures = {
  valid: { jingzhupu2023, demo2024 },
  invalid: {
    itemsNotArray: { ...jingzhupu2023, items: "一是职权有限。" },
    itemWithoutText: { ...jingzhupu2023, items: [{ lead: "职权有限" }] },
    leadTooLong: { ...jingzhupu2023, items: [{ lead: "职".repeat(101), text: "基层工作有繁杂性的特点。" }] },
    tooManyItems: {
      ...jingzhupu2023,
      items: Array.from({ length: 21 }, (_, i) => ({ lead: `问题${i + 1}`, text: "说明。" })),
    },
    introTooLong: { ...jingzhupu2023, intro: "字".repeat(2001) },
  },
} satisfies SectionFixtures;
