import {
  checklist,
  count,
  dateString,
  emptyChecklist,
  emptyQualifiedCount,
  emptyStatedRate,
  narrative,
  qualifiedCount,
  qualifiedCountFromCount,
  quantity,
  rate,
  rows,
  statedRate,
  statedRateFromRate,
  text,
  z,
  type ChecklistOption,
  type Rate,
  shortText,
} from "@nianbao/sdk";

/** The three kinds of mediation of the “三调联动” mechanism. */
export const MEDIATION_KINDS = [
  { key: "people", label: { "zh-CN": "人民调解", en: "People's mediation" }, phrase: "人民调解" },
  { key: "judicial", label: { "zh-CN": "司法调解", en: "Judicial mediation" }, phrase: "司法调解" },
  {
    key: "administrative",
    label: { "zh-CN": "行政调解", en: "Administrative mediation" },
    phrase: "行政调解",
  },
] as const satisfies readonly ChecklistOption[];

export const DISPUTE_UNITS = ["起", "件"] as const;

/** What became of a dispute in the ledger (调处结果). */
export const LEDGER_RESULTS = ["已化解", "未化解", "调处中"] as const;
export type LedgerResult = (typeof LEDGER_RESULTS)[number];

/** One entry of the township's 矛盾纠纷排查调处台账. */
export const ledgerRowSchema = z.object({
  /** 排查/受理日期, "yyyy-mm-dd". */
  date: dateString(),
  /** 当事人. */
  parties: text().trim().min(1, { error: "请填写当事人" }).max(200, { error: "不超过200字" }),
  /** 纠纷类型: 婚姻家庭, 邻里, 土地山林, 劳资… */
  type: text().trim().min(1, { error: "请填写纠纷类型" }).max(50, { error: "不超过50字" }),
  /** 调处结果. */
  result: z.enum(LEDGER_RESULTS, { error: "调处结果须为“已化解”“未化解”或“调处中”" }),
});
export type LedgerRow = z.output<typeof ledgerRowSchema>;

/** The most entries a ledger holds. */
export const MAX_LEDGER_ROWS = 2000;

export const disputeResolutionSchema = z.object({
  /** The lead-in, e.g. "全镇把矛盾纠纷化解和法治宣传相结合". */
  opening: shortText(200),
  /** The mediation kinds joined up in the “三调联动” mechanism. */
  mechanism: checklist(MEDIATION_KINDS),
  /** Whether disputes are settled “小事不出村、大事不出镇”. */
  localResolution: z.boolean().default(false),
  /** People's mediation committees in the township (个). */
  mediationCommittees: count(),
  /** Disputes screened (排查, in the unit of `mediated`), with its qualifier ("近200起") (v3). */
  screened: qualifiedCount(),
  /** Disputes mediated (调处), e.g. "37起". */
  mediated: quantity(DISPUTE_UNITS),
  /** 化解率 = disputes resolved / disputes accepted, or the percentage stated ("化解率96.2%") (v3). */
  resolution: statedRate(),
  /** What the work achieved, e.g. "有力地维护了全镇社会和谐稳定". */
  outcome: narrative({ max: 1000 }),
  /** Village legal advisers. */
  advisers: z.object({
    /** 司法所与律师事务所加强协作. */
    lawFirmCooperation: z.boolean().default(false),
    /** Legal advisers engaged (名). */
    count: count(),
    /** Villages with a legal adviser / villages in the township. */
    villages: rate(),
  }),
  /** Legal consultations answered for the public (人次, often "300余人次") (v2). */
  consultations: qualifiedCount().default(emptyQualifiedCount()),
  /** Legal aid. */
  legalAid: z.object({
    /** Whose legal needs, e.g. "全镇农村特困户和弱势群体". */
    groups: shortText(200),
    /** Legal-aid cases handled (件). */
    cases: count(),
    /** “确保应援尽援、应救尽救”. */
    pledge: z.boolean().default(false),
  }),
  /** Further paragraphs: anything else the township reports under this heading. */
  more: narrative({ max: 5000 }),
  /**
   * The dispute ledger (矛盾纠纷排查调处台账), imported from XLSX/CSV. When it has entries, the counts
   * (screened, mediated, resolved/accepted) come from it — see `withLedgerCounts`. Added without a version
   * bump: data saved before it parses with an empty ledger.
   */
  ledger: rows(ledgerRowSchema.shape, { max: MAX_LEDGER_ROWS }).default([]),
});

export type DisputeResolution = z.output<typeof disputeResolutionSchema>;

export const disputeResolutionSettings = z.object({
  /** Target dispute resolution rate (化解率), in percent. */
  targetResolutionRate: z.number().min(0).max(100).default(95).describe("矛盾纠纷化解率目标（%）"),
  /** Target share of villages with a legal adviser, in percent. */
  targetAdviserCoverage: z
    .number()
    .min(0)
    .max(100)
    .default(100)
    .describe("村（社区）法律顾问覆盖率目标（%）"),
});
export type DisputeResolutionSettings = z.output<typeof disputeResolutionSettings>;

export const disputeResolutionDefaults: DisputeResolution = {
  opening: "",
  mechanism: emptyChecklist(MEDIATION_KINDS),
  localResolution: false,
  mediationCommittees: null,
  screened: emptyQualifiedCount(),
  mediated: { value: null, qualifier: "", unit: "起" },
  resolution: emptyStatedRate(),
  outcome: "",
  advisers: { lawFirmCooperation: false, count: null, villages: { numerator: null, denominator: null } },
  consultations: emptyQualifiedCount(),
  legalAid: { groups: "", cases: null, pledge: false },
  more: "",
  ledger: [],
};

/** v2 (until 2026-11-29): disputes screened a plain count, the resolution rate counts only. */
export type DisputeResolutionV2 = Omit<DisputeResolution, "screened" | "resolution"> & {
  screened: number | null;
  resolution: Rate;
};

/** v1 (until 2026-11): no legal consultations (and, before the ledger, possibly no `ledger`). */
export type DisputeResolutionV1 = Omit<DisputeResolutionV2, "consultations" | "ledger"> & {
  ledger?: DisputeResolution["ledger"];
};

/** v2 → v3: the count gains an empty qualifier and the rate an empty stated percentage: v2 reads as filed. */
export function migrateV2toV3(v2: DisputeResolutionV2): DisputeResolution {
  return {
    ...v2,
    screened: qualifiedCountFromCount(v2.screened),
    resolution: statedRateFromRate(v2.resolution),
  };
}

/** v1 → v2: the consultations start empty, so v1 data reads exactly as it was filed. */
export function migrateV1toV2(v1: DisputeResolutionV1): DisputeResolutionV2 {
  return { ...v1, ledger: v1.ledger ?? [], consultations: emptyQualifiedCount() };
}

/** The ledger's counts: every entry was screened and mediated; 化解率 = resolved / entries. */
export function ledgerCounts(ledger: readonly LedgerRow[]) {
  return {
    total: ledger.length,
    resolved: ledger.filter((r) => r.result === "已化解").length,
    inProgress: ledger.filter((r) => r.result === "调处中").length,
  };
}

/**
 * The section with its counts taken from the ledger when it has entries (the figures typed in the form are
 * then ignored): screened = mediated = entries, resolution = 已化解 entries / entries. Metrics, checks and
 * the renderer all read the data through this.
 */
export function withLedgerCounts(d: DisputeResolution): DisputeResolution {
  const ledger = d.ledger ?? [];
  if (ledger.length === 0) return d;
  const c = ledgerCounts(ledger);
  return {
    ...d,
    screened: qualifiedCountFromCount(c.total),
    mediated: { value: c.total, qualifier: "", unit: d.mediated.unit },
    resolution: statedRateFromRate({ numerator: c.resolved, denominator: c.total }),
  };
}
