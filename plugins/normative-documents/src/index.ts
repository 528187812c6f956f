import { defineSection, rateOrStatedMetric, statedRateMetric } from "@nianbao/sdk";
import { renderNormativeDocuments } from "./render.ts";
import {
  normativeDocumentsDefaults,
  normativeDocumentsSchema,
  normativeDocumentsSettings,
  migrateV1toV2,
  migrateV2toV3,
  ratioOf,
} from "./schema.ts";

export type {
  NormativeDocuments,
  NormativeDocumentsSettings,
  NormativeDocumentsV1,
  NormativeDocumentsV2,
} from "./schema.ts";

export default defineSection({
  id: "normative-documents",
  /**
   * v2: legality review of all Party and government documents and of contracts; migrations[2] adds it empty.
   * v3: the 报备率 as stated ("报备率达100%") when the documents filed are unknown; migrations[3] adds it empty.
   */
  version: 3,
  title: { "zh-CN": "完善依法执政制度体系", en: "Normative documents and the system of rules" },
  description: {
    "zh-CN":
      "规范性文件的制发、合法性审查、报备与报备率、责令纠正、清理及登记保管；党政各类文件和合同的合法性审查。",
    en: "Normative documents: issued, legality-reviewed, filed (filing rate), ordered to correct, cleaned up and kept on record; legality review of all Party and government documents and of contracts.",
  },
  schema: normativeDocumentsSchema,
  defaults: normativeDocumentsDefaults,
  settings: normativeDocumentsSettings,
  metrics: {
    issued: {
      label: { "zh-CN": "制发规范性文件", en: "Normative documents issued" },
      unit: "件",
      aggregate: "sum",
      description: "the field `issued` as entered — 制发规范性文件 (件).",
      value: (d) => d.issued,
    },
    reviewed: {
      label: { "zh-CN": "经合法性审查的规范性文件", en: "Documents given legality review" },
      unit: "件",
      aggregate: "sum",
      description: "the field `reviewed` as entered — 经合法性审查 (件); 合法性审查率 = reviewed / issued.",
      value: (d) => d.reviewed,
    },
    filed: {
      label: { "zh-CN": "报送备案的规范性文件", en: "Documents filed" },
      unit: "件",
      aggregate: "sum",
      description: "the field `filed` as entered — 报送上级备案 (件); 报备率 = filed / issued.",
      value: (d) => d.filed,
    },
    filingRate: {
      label: { "zh-CN": "规范性文件报备率", en: "Filing rate" },
      unit: "%",
      aggregate: "rate",
      description:
        "documents filed with the county / documents issued (`filed` / `issued`); when either count is unknown, the percentage stated in `filingPercent` (counted apart)",
      value: (d) => rateOrStatedMetric(ratioOf(d.filed, d.issued), d.filingPercent),
      target: (s) => s.targetFilingRate,
      path: "filed",
    },
    reviewRate: {
      label: { "zh-CN": "合法性审查率", en: "Legality-review rate" },
      unit: "%",
      aggregate: "rate",
      description: "documents given a legality review / documents issued (`reviewed` / `issued`)",
      value: (d) => ratioOf(d.reviewed, d.issued),
      target: (s) => s.targetReviewRate,
      path: "reviewed",
    },
    corrected: {
      label: { "zh-CN": "被责令纠正的规范性文件", en: "Documents ordered to be corrected" },
      unit: "件",
      aggregate: "sum",
      description:
        'the field `corrected` as entered — 被上级机关责令纠正 (件); 0 reads "没有被上级机关责令纠正情况".',
      value: (d) => d.corrected,
    },
    cleaned: {
      label: { "zh-CN": "清理规范性文件", en: "Documents examined in the clean-up" },
      unit: "件",
      aggregate: "sum",
      description: "the field `cleanup.cleaned` as entered",
      value: (d) => d.cleanup.cleaned,
    },
    repealed: {
      label: { "zh-CN": "废止和宣布失效的规范性文件", en: "Documents repealed or declared void" },
      unit: "件",
      aggregate: "sum",
      description: "the field `cleanup.repealed` as entered",
      value: (d) => d.cleanup.repealed,
    },
    documentsReviewed: {
      label: { "zh-CN": "经合法性审查的党政文件", en: "Party and government documents reviewed" },
      unit: "件",
      aggregate: "sum",
      description:
        "the numerator of `legalityReview.documents` — every document of the Party committee and the government given a legality review (件).",
      value: (d) => d.legalityReview.documents.numerator,
    },
    documentsReviewRate: {
      label: { "zh-CN": "党政文件合法性审查率", en: "Legality-review rate of all documents" },
      unit: "%",
      aggregate: "rate",
      description:
        "`legalityReview.documents`: documents reviewed / documents issued, or the percentage stated when the counts are unknown (counted apart).",
      value: (d) => statedRateMetric(d.legalityReview.documents),
      target: (s) => s.targetDocumentsReviewRate,
      path: "legalityReview.documents.numerator",
    },
    contractsReviewed: {
      label: { "zh-CN": "经合法性审查的合同", en: "Contracts given legality review" },
      unit: "份",
      aggregate: "sum",
      description:
        'the field `legalityReview.contracts` as entered, with its qualifier ("30余份" is a lower bound).',
      value: (d) => d.legalityReview.contracts,
    },
  },
  checks: [
    {
      id: "filed-within-issued",
      level: "error",
      path: "filed",
      message: { "zh-CN": "报送备案件数不能多于制发件数", en: "More documents filed than issued" },
      fails: (d) => d.filed !== null && d.issued !== null && d.filed > d.issued,
    },
    {
      id: "reviewed-within-issued",
      level: "error",
      path: "reviewed",
      message: { "zh-CN": "经合法性审查件数不能多于制发件数", en: "More documents reviewed than issued" },
      fails: (d) => d.reviewed !== null && d.issued !== null && d.reviewed > d.issued,
    },
    {
      id: "repealed-within-cleaned",
      level: "error",
      path: "cleanup.repealed",
      message: {
        "zh-CN": "废止和宣布失效件数不能多于清理件数",
        en: "More documents repealed than examined in the clean-up",
      },
      fails: (d) =>
        d.cleanup.repealed !== null && d.cleanup.cleaned !== null && d.cleanup.repealed > d.cleanup.cleaned,
    },
    {
      id: "filing-percent-beside-counts",
      level: "error",
      path: "filingPercent.percent",
      message: {
        "zh-CN": "已填写制发件数和报送备案件数，报备率由其计算，请清空所填的报备率百分比",
        en: "The filing rate is computed from the documents issued and filed: clear the stated percentage",
      },
      fails: (d) => d.filingPercent.percent !== null && d.filed !== null && d.issued !== null,
    },
    {
      id: "issued-missing",
      level: "warning",
      path: "issued",
      message: {
        "zh-CN": "已填写审查或备案件数，但未填写制发件数，无法计算报备率",
        en: "Reviewed or filed documents entered without the number issued: no rate can be computed",
      },
      fails: (d) => d.issued === null && (d.reviewed !== null || d.filed !== null),
    },
    {
      id: "corrected-exceeds-issued",
      level: "warning",
      path: "corrected",
      message: {
        "zh-CN": "被责令纠正件数多于本年度制发件数，如含以前年度文件请在“其他情况”中说明",
        en: "More documents ordered to be corrected than issued this year: explain if earlier documents are included",
      },
      fails: (d) => d.corrected !== null && d.issued !== null && d.corrected > d.issued,
    },
  ],
  render: renderNormativeDocuments,
  form: () => import("./form.tsx"),
  migrations: { 2: migrateV1toV2, 3: migrateV2toV3 },
});
