import { defineSection } from "@nianbao/sdk";
import { renderOverview } from "./render.ts";
import {
  bareTitle,
  listedAreas,
  listedDocuments,
  overviewDefaults,
  overviewSchema,
  overviewSettings,
  type Overview,
} from "./schema.ts";

export type { Overview } from "./schema.ts";

/** Leftover template placeholders ("XX镇", "××", "*") that must not reach the printed report. */
const PLACEHOLDER = /[XＸ]{2,}|×{2,}|某某|[*＊]/i;

function textFields(d: Overview): string[] {
  return [
    d.subject,
    d.leadership,
    d.guidingIdeology,
    d.goal,
    d.focus,
    d.summary,
    d.more,
    ...d.documents.map((x) => x.title),
    ...d.keyAreas.map((x) => x.area),
  ];
}

function missingDocuments(d: Overview, required: string[]): string[] {
  const listed = new Set(listedDocuments(d));
  return required.map(bareTitle).filter((t) => t && !listed.has(t));
}

export default defineSection({
  id: "overview",
  version: 1,
  title: { "zh-CN": "开篇段落", en: "Opening paragraph" },
  description: {
    "zh-CN":
      "报告开篇：领导、指导思想、目标、重点、落实的文件、重点工作领域、总体评价，以及“现将…报告如下：”。",
    en: "The report's opening: leadership, guiding ideology, goal, focus, documents implemented, key work areas, a summary and the closing “现将…报告如下：”.",
  },
  schema: overviewSchema,
  defaults: overviewDefaults,
  settings: overviewSettings,
  metrics: {
    keyAreas: {
      label: { "zh-CN": "重点工作领域", en: "Key work areas" },
      unit: "项",
      aggregate: "sum",
      description: "key work areas listed (non-empty entries)",
      value: (d) => listedAreas(d).length,
    },
    documents: {
      label: { "zh-CN": "落实的文件", en: "Documents implemented" },
      unit: "件",
      aggregate: "sum",
      description: "documents implemented that are listed (non-empty entries)",
      value: (d) => listedDocuments(d).length,
    },
  },
  checks: [
    {
      id: "document-blank",
      level: "warning",
      path: "documents",
      message: {
        "zh-CN": "有未填写文件名称的行，该行不会出现在报告中",
        en: "A document row has no title and will not print",
      },
      fails: (d) => d.documents.some((x) => bareTitle(x.title) === ""),
    },
    {
      id: "key-area-blank",
      level: "warning",
      path: "keyAreas",
      message: {
        "zh-CN": "有未填写内容的重点工作领域，该行不会出现在报告中",
        en: "A key work area is blank and will not print",
      },
      fails: (d) => d.keyAreas.some((x) => x.area.trim() === ""),
    },
    {
      id: "document-duplicate",
      level: "warning",
      path: "documents",
      message: { "zh-CN": "同一文件列出了不止一次", en: "The same document is listed more than once" },
      fails: (d) => new Set(listedDocuments(d)).size !== listedDocuments(d).length,
    },
    {
      id: "key-area-duplicate",
      level: "warning",
      path: "keyAreas",
      message: {
        "zh-CN": "同一重点工作领域列出了不止一次",
        en: "The same key work area is listed more than once",
      },
      fails: (d) => new Set(listedAreas(d)).size !== listedAreas(d).length,
    },
    {
      id: "required-documents",
      level: "warning",
      path: "documents",
      message: (d, s) => {
        const missing = missingDocuments(d, s.requiredDocuments)
          .map((t) => `《${t}》`)
          .join("");
        return {
          "zh-CN": `未写明落实本年度要求的文件：${missing}`,
          en: `Documents this year's template expects are not named: ${missing}`,
        };
      },
      fails: (d, s) => missingDocuments(d, s.requiredDocuments).length > 0,
    },
    {
      id: "ideology-outdated",
      level: "warning",
      path: "guidingIdeology",
      message: (_d, s) => ({
        "zh-CN": `指导思想未体现本年度要求的“${s.expectedIdeology}”，请核对是否沿用了往年表述`,
        en: `The guiding ideology does not name this year's “${s.expectedIdeology}”: copied from an earlier year?`,
      }),
      fails: (d, s) =>
        s.expectedIdeology !== "" &&
        d.guidingIdeology.trim() !== "" &&
        !d.guidingIdeology.includes(s.expectedIdeology),
    },
    {
      id: "placeholder-left",
      level: "warning",
      message: {
        "zh-CN": "开篇段落中留有“XX”“某某”“*”等占位符",
        en: "The opening still contains placeholders such as “XX”, “某某” or “*”",
      },
      fails: (d) => textFields(d).some((t) => PLACEHOLDER.test(t)),
    },
  ],
  render: renderOverview,
  form: () => import("./form.tsx"),
});
