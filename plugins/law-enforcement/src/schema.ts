import {
  checklist,
  count,
  emptyQualifiedCount,
  emptyStatedRate,
  money,
  statedRate,
  statedRateFromRate,
  narrative,
  orderedItems,
  qualifiedCount,
  qualifiedCountFromCount,
  quantity,
  z,
  type ChecklistOption,
  type Rate,
  shortText,
} from "@nianbao/sdk";

/**
 * Enforcement systems in place, printed "建立了…、…、…" in this order. The first three are the three
 * core systems of administrative enforcement (公示、全过程记录、重大执法决定法制审核).
 */
export const ENFORCEMENT_SYSTEMS = [
  {
    key: "publicity",
    label: { "zh-CN": "行政执法公示制度", en: "Publication of enforcement information" },
    phrase: "行政执法公示制度",
  },
  {
    key: "fullRecord",
    label: { "zh-CN": "执法全过程记录（留痕）制度", en: "Recording the whole enforcement process" },
    phrase: "执法全过程留痕",
  },
  {
    key: "legalReview",
    label: {
      "zh-CN": "重大执法决定法制审核制度（执法决定合法有效审查制度）",
      en: "Legal review of major enforcement decisions",
    },
    phrase: "执法决定合法有效审查制度",
  },
  { key: "certifiedDuty", label: { "zh-CN": "执证上岗制度", en: "Certified officers only" } },
  {
    key: "faultAccountability",
    label: { "zh-CN": "行政执法过错责任追究制度", en: "Accountability for enforcement errors" },
  },
  { key: "supervision", label: { "zh-CN": "执法监督制度", en: "Enforcement supervision" } },
  { key: "caseFileReview", label: { "zh-CN": "行政执法案卷评查制度", en: "Case-file reviews" } },
] as const satisfies readonly ChecklistOption[];

export type EnforcementSystem = (typeof ENFORCEMENT_SYSTEMS)[number]["key"];
/** 行政执法三项制度. */
export const CORE_SYSTEMS = [
  "publicity",
  "fullRecord",
  "legalReview",
] as const satisfies readonly EnforcementSystem[];

export const PARTICIPANT_UNITS = ["人次", "人"] as const;
/** Fines are entered in 元 (the default) or 万元; the metric sums them in 元. */
export const FINE_UNITS = ["元", "万元"] as const;

/** A measure in place (yes/no) and what it achieved, in the township's words. */
const measure = () =>
  z.object({
    inPlace: z.boolean().default(false),
    effect: shortText(1000),
  });

export const lawEnforcementSchema = z.object({
  /** 一是: 严格落实行政执法责任制, and its effect. */
  responsibility: measure(),
  /** 二是: 全面规范行政执法自由裁量权, and its effect. */
  discretion: measure(),
  /** 三是: 建立了… (the systems in place). */
  systems: checklist(ENFORCEMENT_SYSTEMS),
  /** Further systems, separated by "、". */
  otherSystems: shortText(200),
  /** 四是, 五是…: further measures. */
  moreItems: orderedItems({ max: 10, maxLength: 1000 }),
  /** 持证率 = certified enforcement staff / enforcement staff (名), or the percentage stated ("持证率100%") (v3). */
  certification: statedRate(),
  /** Enforcement training. */
  training: z.object({
    /** Sessions (场). */
    sessions: count(),
    /** Participants (人次). */
    participants: quantity(PARTICIPANT_UNITS),
  }),
  /** Enforcement inspections (次), with its qualifier ("30余次") (v3). */
  inspections: qualifiedCount(),
  /** Cases handled, by procedure (件). */
  cases: z.object({ ordinary: count(), simple: count() }),
  /** Case-file reviews (次) and the problems they found and corrected (项). */
  caseReview: z.object({ reviews: count(), problemsFound: count(), problemsCorrected: count() }),
  /** Enforcement staff newly certified this year (名) (v2). */
  newlyCertified: count().default(null),
  /** 行政执法资格考试: passed / sat (名), or the pass rate as stated (v2). */
  qualificationExam: statedRate().default(emptyStatedRate()),
  /** Fines imposed (罚款, 元 or 万元) (v2). */
  fines: money(FINE_UNITS).default({ value: null, qualifier: "", unit: "元" }),
  /** 包容审慎监管: cases not punished (不予处罚) and punished lightly or mitigated (从轻减轻处罚) (件) (v2). */
  lenient: z.object({ noPenalty: count(), lighter: count() }).default({ noPenalty: null, lighter: null }),
  /** 案审会: meetings of the case review committee on major or complex cases (次) (v2). */
  reviewMeetings: count().default(null),
  /** Further paragraphs. */
  more: narrative({ max: 5000 }),
});

export type LawEnforcement = z.output<typeof lawEnforcementSchema>;

export const lawEnforcementSettings = z.object({
  /** Target 持证率, in percent. */
  targetCertificationRate: z.number().min(0).max(100).default(100).describe("执法人员持证率目标（%）"),
  /** Whether a missing core system (公示、全过程记录、法制审核) is warned about. */
  requireCoreSystems: z.boolean().default(true).describe("缺少行政执法三项制度时提示"),
  /** Target pass rate of the enforcement qualification exam, in percent; 0 sets no target. */
  targetQualificationPassRate: z
    .number()
    .min(0)
    .max(100)
    .default(0)
    .describe("执法资格考试通过率目标（%，0为不设目标）"),
});
export type LawEnforcementSettings = z.output<typeof lawEnforcementSettings>;

export const lawEnforcementDefaults: LawEnforcement = {
  responsibility: { inPlace: false, effect: "" },
  discretion: { inPlace: false, effect: "" },
  systems: {
    publicity: false,
    fullRecord: false,
    legalReview: false,
    certifiedDuty: false,
    faultAccountability: false,
    supervision: false,
    caseFileReview: false,
  },
  otherSystems: "",
  moreItems: [],
  certification: emptyStatedRate(),
  training: { sessions: null, participants: { value: null, qualifier: "", unit: "人次" } },
  inspections: emptyQualifiedCount(),
  cases: { ordinary: null, simple: null },
  caseReview: { reviews: null, problemsFound: null, problemsCorrected: null },
  ...v2Additions(),
  more: "",
};

/** The v2 figures, empty (not entered). */
function v2Additions() {
  return {
    newlyCertified: null,
    qualificationExam: emptyStatedRate(),
    fines: { value: null, qualifier: "", unit: "元" },
    lenient: { noPenalty: null, lighter: null },
    reviewMeetings: null,
  } satisfies Partial<LawEnforcement>;
}

/** v2 (until 2026-11-29): the 持证率 counts only, inspections a plain count. */
export type LawEnforcementV2 = Omit<LawEnforcement, "certification" | "inspections"> & {
  certification: Rate;
  inspections: number | null;
};

/** v1 (until 2026-11): no newly certified staff, qualification exam, fines, lenient cases or 案审会. */
export type LawEnforcementV1 = Omit<
  LawEnforcementV2,
  "newlyCertified" | "qualificationExam" | "fines" | "lenient" | "reviewMeetings"
>;

/** v2 → v3: the rate gains an empty stated percentage and the count an empty qualifier: v2 reads as filed. */
export function migrateV2toV3(v2: LawEnforcementV2): LawEnforcement {
  return {
    ...v2,
    certification: statedRateFromRate(v2.certification),
    inspections: qualifiedCountFromCount(v2.inspections),
  };
}

/** v1 → v2: the new figures start empty, so v1 data reads exactly as it was filed. */
export function migrateV1toV2(v1: LawEnforcementV1): LawEnforcementV2 {
  return { ...v1, ...v2Additions() };
}
