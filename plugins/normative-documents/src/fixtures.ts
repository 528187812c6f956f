import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { NormativeDocuments, NormativeDocumentsV1, NormativeDocumentsV2 } from "./schema.ts";

/**
 * 荆竹铺镇 2023 (the reference report, section （三）). The report prints only "报备率达100%"; the
 * counts behind it (3 documents issued, 3 filed) are plausible invented ledger figures. The report says
 * nothing about legality review or a clean-up, so those stay empty.
 */
export const jingzhupu2023: NormativeDocuments = {
  filingNormal: true,
  figures: "rates",
  issued: 3,
  reviewed: null,
  filed: 3,
  filingPercent: { percent: null, percentQualifier: "" },
  corrected: 0,
  cleanup: { done: false, cleaned: null, repealed: null },
  registered: true,
  legalityReview: {
    documents: { numerator: null, denominator: null, percent: null, percentQualifier: "" },
    contracts: { value: null, qualifier: "" },
  },
  more: "",
};

/** The same township's 2024 report (demo data), written with its counts. */
export const demo2024: NormativeDocuments = {
  filingNormal: true,
  figures: "counts",
  issued: 4,
  reviewed: 4,
  filed: 4,
  filingPercent: { percent: null, percentQualifier: "" },
  corrected: 0,
  cleanup: { done: true, cleaned: 12, repealed: 3 },
  registered: true,
  legalityReview: {
    documents: { numerator: 26, denominator: 26, percent: null, percentQualifier: "" },
    contracts: { value: 30, qualifier: "余" },
  },
  more: "严格落实规范性文件“三统一”制度，做到“有件必备、有备必审、有错必纠”。",
};

/** A township that issued nothing this year (0/0: the rates do not apply). */
export const noneIssued: NormativeDocuments = {
  ...demo2024,
  issued: 0,
  reviewed: 0,
  filed: 0,
  corrected: null,
  cleanup: { done: false, cleaned: null, repealed: null },
  legalityReview: {
    documents: { numerator: 5, denominator: 5, percent: null, percentQualifier: "" },
    contracts: { value: 8, qualifier: "" },
  },
  more: "",
};

/**
 * A 镇 whose report says "全镇制发规范性文件3件，报备率达100%" and does not give the documents filed: the
 * stated 报备率 beside the count issued.
 */
export const statedFiling: NormativeDocuments = {
  ...jingzhupu2023,
  figures: "counts",
  filed: null,
  filingPercent: { percent: 100, percentQualifier: "" },
  corrected: null,
  registered: false,
};

/** The data as it was filed under v2 (no stated 报备率). */
export function asV2(d: NormativeDocuments): NormativeDocumentsV2 {
  const { filingPercent: _f, ...v2 } = d;
  return v2;
}

export const demo2024v2 = asV2(demo2024);

/** 荆竹铺镇 2023 as it was filed under v1 (no review of other documents or contracts). */
const { legalityReview: _review, ...jingzhupu2023v1Fields } = asV2(jingzhupu2023);
export const jingzhupu2023v1: NormativeDocumentsV1 = jingzhupu2023v1Fields;

export const fixtures = {
  valid: { jingzhupu2023, demo2024, noneIssued, statedFiling },
  invalid: {
    negativeIssued: { ...jingzhupu2023, issued: -1 },
    fractionalFiled: { ...jingzhupu2023, filed: 2.5 },
    unknownFigureStyle: { ...jingzhupu2023, figures: "table" },
    textForCount: { ...jingzhupu2023, corrected: "无" },
    percentBesideCounts: {
      ...demo2024,
      legalityReview: {
        ...demo2024.legalityReview,
        documents: { numerator: 26, denominator: 26, percent: 100, percentQualifier: "" },
      },
    },
    reviewedAboveIssued: {
      ...demo2024,
      legalityReview: {
        ...demo2024.legalityReview,
        documents: { numerator: 27, denominator: 26, percent: null, percentQualifier: "" },
      },
    },
    filingPercentAbove100: { ...statedFiling, filingPercent: { percent: 120, percentQualifier: "" } },
    filingPercentUnknownQualifier: {
      ...statedFiling,
      filingPercent: { percent: 90, percentQualifier: "多" },
    },
    contractsWithUnknownQualifier: {
      ...demo2024,
      legalityReview: { ...demo2024.legalityReview, contracts: { value: 30, qualifier: "多" } },
    },
  },
  legacy: [
    { name: "demo2024 (v2)", version: 2, data: demo2024v2, upgradesTo: "demo2024" },
    { name: "noneIssued (v2)", version: 2, data: asV2(noneIssued), upgradesTo: "noneIssued" },
    { name: "jingzhupu2023 (v1)", version: 1, data: jingzhupu2023v1, upgradesTo: "jingzhupu2023" },
  ],
} satisfies SectionFixtures;
