import {
  checklist,
  count,
  emptyChecklist,
  narrative,
  quantity,
  rate,
  z,
  type ChecklistOption,
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

const shortText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `不超过${max}字` })
    .default("");

export const disputeResolutionSchema = z.object({
  /** The lead-in, e.g. "全镇把矛盾纠纷化解和法治宣传相结合". */
  opening: shortText(200),
  /** The mediation kinds joined up in the “三调联动” mechanism. */
  mechanism: checklist(MEDIATION_KINDS),
  /** Whether disputes are settled “小事不出村、大事不出镇”. */
  localResolution: z.boolean().default(false),
  /** People's mediation committees in the township (个). */
  mediationCommittees: count(),
  /** Disputes screened (排查, in the unit of `mediated`). */
  screened: count(),
  /** Disputes mediated (调处), e.g. "37起". */
  mediated: quantity(DISPUTE_UNITS),
  /** 化解率 = disputes resolved / disputes accepted. */
  resolution: rate(),
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
});

export type DisputeResolution = z.output<typeof disputeResolutionSchema>;

export const disputeResolutionSettings = z.object({
  /** Target dispute resolution rate (化解率), in percent. */
  targetResolutionRate: z.number().min(0).max(100).default(95).describe("矛盾纠纷化解率目标（%）"),
  /** Target share of villages with a legal adviser, in percent. */
  targetAdviserCoverage: z.number().min(0).max(100).default(100).describe("村（社区）法律顾问覆盖率目标（%）"),
});
export type DisputeResolutionSettings = z.output<typeof disputeResolutionSettings>;

export const disputeResolutionDefaults: DisputeResolution = {
  opening: "",
  mechanism: emptyChecklist(MEDIATION_KINDS),
  localResolution: false,
  mediationCommittees: null,
  screened: null,
  mediated: { value: null, qualifier: "", unit: "起" },
  resolution: { numerator: null, denominator: null },
  outcome: "",
  advisers: { lawFirmCooperation: false, count: null, villages: { numerator: null, denominator: null } },
  legalAid: { groups: "", cases: null, pledge: false },
  more: "",
};
