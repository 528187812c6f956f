import {
  count,
  emptyQualifiedCount,
  emptyStatedPercent,
  emptyStatedRate,
  narrative,
  qualifiedCount,
  statedPercent,
  statedRate,
  z,
} from "@nianbao/sdk";

/** How the report writes the figures: only the rates ("规范性文件报备率达100%") or the counts as well. */
export const FIGURE_STYLES = [
  {
    value: "counts",
    label: { "zh-CN": "写明件数和报备率（全年制发规范性文件3件……报备率达100%）", en: "Counts and rates" },
  },
  { value: "rates", label: { "zh-CN": "只写比率（规范性文件报备率达100%）", en: "Rates only" } },
] as const;

export const normativeDocumentsSchema = z.object({
  /** 全镇规范性文件报备工作正常开展 */
  filingNormal: z.boolean().default(false),
  /** Whether the counts are printed or only the rates computed from them. */
  figures: z.enum(["counts", "rates"]).default("counts"),
  /** 制发规范性文件 (件). */
  issued: count(),
  /** 经合法性审查 (件); 合法性审查率 = reviewed / issued. */
  reviewed: count(),
  /** 报送上级备案 (件); 报备率 = filed / issued. */
  filed: count(),
  /**
   * 报备率 as the report states it ("报备率达100%") when the documents filed are unknown (v3); the counts win:
   * a percentage beside both counts is refused by the check `filing-percent-beside-counts`.
   */
  filingPercent: statedPercent().default(emptyStatedPercent()),
  /** 被上级机关责令纠正 (件); 0 reads "没有被上级机关责令纠正情况". */
  corrected: count(),
  /** 规范性文件清理: whether a clean-up was done, documents examined, and those repealed or declared void. */
  cleanup: z.object({ done: z.boolean().default(false), cleaned: count(), repealed: count() }),
  /** 所有文件有专门工作人员登记备案，妥善保管 */
  registered: z.boolean().default(false),
  /**
   * Legality review beyond 规范性文件 (v2): every document the Party committee and the government issue
   * (reviewed / issued, or the stated percentage) and the contracts the government signs (份, often "30余份").
   */
  legalityReview: z
    .object({ documents: statedRate(), contracts: qualifiedCount() })
    .default({ documents: emptyStatedRate(), contracts: emptyQualifiedCount() }),
  /** Further paragraphs, one per line. */
  more: narrative({ max: 5000 }),
});

export type NormativeDocuments = z.output<typeof normativeDocumentsSchema>;

export const normativeDocumentsSettings = z.object({
  /** Target filing rate (报备率), in percent. */
  targetFilingRate: z.number().min(0).max(100).default(100).describe("规范性文件报备率目标（%）"),
  /** Target legality-review rate (合法性审查率), in percent. */
  targetReviewRate: z.number().min(0).max(100).default(100).describe("合法性审查率目标（%）"),
  /** Target legality-review rate of all Party and government documents, in percent. */
  targetDocumentsReviewRate: z
    .number()
    .min(0)
    .max(100)
    .default(100)
    .describe("党政文件合法性审查率目标（%）"),
});
export type NormativeDocumentsSettings = z.output<typeof normativeDocumentsSettings>;

export const normativeDocumentsDefaults: NormativeDocuments = {
  filingNormal: false,
  figures: "counts",
  issued: null,
  reviewed: null,
  filed: null,
  filingPercent: emptyStatedPercent(),
  corrected: null,
  cleanup: { done: false, cleaned: null, repealed: null },
  registered: false,
  legalityReview: { documents: emptyStatedRate(), contracts: emptyQualifiedCount() },
  more: "",
};

/** v2 (until 2026-11-29): no stated 报备率. */
export type NormativeDocumentsV2 = Omit<NormativeDocuments, "filingPercent">;

/** v1 (until 2026-11): legality review of 规范性文件 only. */
export type NormativeDocumentsV1 = Omit<NormativeDocumentsV2, "legalityReview">;

/** v2 → v3: the stated 报备率 starts empty (the rate still comes from the counts): v2 data reads as filed. */
export function migrateV2toV3(v2: NormativeDocumentsV2): NormativeDocuments {
  return { ...v2, filingPercent: emptyStatedPercent() };
}

/** v1 → v2: the review of all documents and of contracts starts empty (not entered): v1 data reads as filed. */
export function migrateV1toV2(v1: NormativeDocumentsV1): NormativeDocumentsV2 {
  return { ...v1, legalityReview: { documents: emptyStatedRate(), contracts: emptyQualifiedCount() } };
}

/** A rate of two counts, or both sides null when either is missing (so a metric never half-aggregates). */
export function ratioOf(numerator: number | null, denominator: number | null) {
  return numerator === null || denominator === null
    ? { numerator: null, denominator: null }
    : { numerator, denominator };
}
