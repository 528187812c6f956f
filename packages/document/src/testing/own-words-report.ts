import type { CatalogFigure } from "@nianbao/text";
import { doc, fig, heading, item, itemRun, para, textToBlocks, txt, type TextDoc } from "@nianbao/text";
import { numberSubHeadings, type ReportDocument } from "../compose.ts";

/**
 * A section written in a 街道's own words, in a shape unlike the reference report: a lead paragraph with
 * live figures, its own sub-headings, an 一是 run with run-in headings running inline, 1. and （1） sub-items,
 * a table with a figure, and a token whose field is empty. For the writers' tests and for looking at.
 */
const figure = (key: string, label: string, value: string | null, number: number | null): CatalogFigure => ({
  key,
  label: { "zh-CN": label, en: label },
  unit: value?.endsWith("%") ? "%" : (value?.replace(/^[\d.余超近约达]+/, "") ?? "起"),
  kind: value?.endsWith("%") ? "rate" : "count",
  value,
  number,
  qualifier: "",
  numerator: null,
  denominator: null,
  required: false,
});

export const ownWordsCatalog: CatalogFigure[] = [
  figure("metric:disputesMediated", "调处矛盾纠纷", "1500余件", 1500),
  figure("metric:resolutionRate", "矛盾纠纷化解率", "94.7%", 94.7),
  figure("metric:studySessions", "集体学法", "12次", 12),
  figure("metric:legalAidCases", "法律援助案件", null, null),
];

export const ownWordsText: TextDoc = doc(
  para(
    txt("2023年，水西门街道坚持以习近平法治思想为指导，全年共调处矛盾纠纷"),
    fig("metric:disputesMediated"),
    txt("，化解率达"),
    fig("metric:resolutionRate"),
    txt("。"),
  ),
  heading(3, txt("抓学习，提升法治素养")),
  itemRun(
    "yishi",
    "inline",
    item(
      txt("加强学习。", true),
      txt("党工委理论学习中心组集体学法"),
      fig("metric:studySessions"),
      txt("；"),
    ),
    item(txt("以案释法。", true), txt("组织旁听庭审活动")),
  ),
  heading(4, txt("领导干部带头")),
  itemRun(
    "decimal",
    "paragraphs",
    item(txt("落实述法制度。")),
    item(txt("开展法律援助"), fig("metric:legalAidCases"), txt("。")),
  ),
  heading(3, txt("化纠纷，守护一方平安")),
  itemRun(
    "paren",
    "paragraphs",
    item(txt("网格排查。", true), txt("社区网格员每日走访。")),
    item(txt("诉调对接。")),
  ),
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
          { type: "tableCell", content: [para(txt("调处矛盾纠纷"))] },
          { type: "tableCell", content: [para(fig("metric:disputesMediated"))] },
        ],
      },
    ],
  },
);

/** The section's blocks as the report composes them (sub-headings numbered as composeReport numbers them). */
export function ownWordsReport(): ReportDocument {
  const body = [
    { type: "part-heading" as const, numbering: "一、", text: "工作开展情况" },
    {
      type: "section-heading" as const,
      numbering: "（一）",
      text: "依法化解矛盾纠纷",
      sectionKey: "disputes",
    },
    ...numberSubHeadings(textToBlocks(ownWordsText, ownWordsCatalog)),
  ];
  return {
    title: "水西门街道2023年法治政府建设年度报告",
    issuer: "水西门街道办事处",
    showIssuerAboveTitle: false,
    addressee: "市人民政府：",
    body,
    date: "2024年1月15日",
  };
}
