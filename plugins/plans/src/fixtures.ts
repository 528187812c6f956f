import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { Plans } from "./schema.ts";

/**
 * 荆竹铺镇 2023: part 三、下一步工作打算 of the reference report, word for word. Measure 三 is split by a page
 * break in the PDF ("…相结合的行政决策" / "机制，推行…"); it is joined here.
 */
export const jingzhupu2023: Plans = {
  intro:
    "今后，我们将按照县政府的要求，切实履行推进法治政府建设，进一步加强组织领导、综合协调和监督指导，及时协调解决遇到的困难和问题，" +
    "确保我镇法治政府建设工作再上新台阶。",
  items: [
    {
      lead: "",
      text:
        "完善法治机构设置，加强法治队伍建设，把政治素质好、业务能力强、法律水平高作为法治队伍建设的要求，严格落实各站所谁执法谁普法责任制，" +
        "为法治政府建设提供制度人才保障。",
    },
    {
      lead: "",
      text: "建立健全学法制度，加强对依法行政知识的宣传，不断强化行政机关工作人员依法行政的意识和能力，提高对依法行政工作重要性的认识。",
    },
    {
      lead: "",
      text:
        "完善政府行政决策机制，增强科学决策、民主决策、合法决策。建立健全公众参与和政府决定相结合的行政决策机制，" +
        "推行重大行政决策听证和合法性审查制度，坚持重大行政决策集体决定制度，建立重大行政决策实施情况评议监督和责任追究制度，" +
        "不断提高行政决策的能力和水平。",
    },
    {
      lead: "",
      text: "严格规范性文件的制定权限和发布程序，完善规范性文件备案审查和定期清理制度，切实做到“有件必备、有备必审、有错必纠”。",
    },
    {
      lead: "",
      text:
        "深化行政执法体制改革，加强行政执法队伍建设，坚持行政执法人员上岗培训、年度培训，规范行政执法行为，强化行政执法责任追究制度；" +
        "继续规范行政处罚自由裁量权工作，加强行政执法案卷评查，查找并整改问题，不断提高行政执法水平。",
    },
    {
      lead: "",
      text:
        "积极推进政府信息公开，加强对行政行为的监督管理，充分发挥社会监督作用；加大对依法行政工作的考核力度，细化考核措施，" +
        "进一步健全考核奖惩机制，推进法治政府各项工作落到实处。",
    },
  ],
  more: "",
};

/** The same township's 2024 report (the demo's second year): plausible, every measure with a lead sentence. */
export const demo2024: Plans = {
  intro: "2025年，我镇将坚持以习近平法治思想为指导，紧紧围绕市委、市政府决策部署，重点抓好以下工作：",
  items: [
    {
      lead: "强化学法用法",
      text: "落实党委理论学习中心组集体学法制度，全年组织镇村干部法治培训不少于4次，推动领导干部带头尊法学法守法用法。",
    },
    {
      lead: "规范行政决策",
      text: "严格落实重大行政决策程序规定，充分发挥法律顾问作用，重大行政决策合法性审查率保持100%。",
    },
    {
      lead: "提升执法水平",
      text: "加强综合行政执法队伍建设，推进行政执法“三项制度”全面落实，定期开展执法案卷评查。",
    },
    {
      lead: "深化法治宣传",
      text: "深入实施“八五”普法规划，落实“谁执法谁普法”普法责任制，推进民主法治示范村创建。",
    },
  ],
  more: "",
};

export const fixtures = {
  valid: { jingzhupu2023, demo2024 },
  invalid: {
    itemsNotArray: { ...jingzhupu2023, items: "一是完善法治机构设置。" },
    itemWithoutText: { ...jingzhupu2023, items: [{ lead: "完善法治机构设置" }] },
    textTooLong: { ...jingzhupu2023, items: [{ lead: "", text: "字".repeat(2001) }] },
    tooManyItems: {
      ...jingzhupu2023,
      items: Array.from({ length: 21 }, (_, i) => ({ lead: "", text: `措施${i + 1}。` })),
    },
    moreNotText: { ...jingzhupu2023, more: ["再上新台阶。"] },
  },
} satisfies SectionFixtures;
