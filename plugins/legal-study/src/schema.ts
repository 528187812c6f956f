import {
  count,
  emptyQualifiedCount,
  emptyStatedRate,
  narrative,
  qualifiedCount,
  rows,
  statedRate,
  statedRateFromRate,
  text,
  z,
  type Rate,
} from "@nianbao/sdk";

export const STUDY_FREQUENCIES = [
  { value: "", label: { "zh-CN": "（不写频次）", en: "(no frequency)" } },
  { value: "每月", label: { "zh-CN": "每月", en: "monthly" } },
  { value: "每季度", label: { "zh-CN": "每季度", en: "quarterly" } },
  { value: "每半年", label: { "zh-CN": "每半年", en: "every half year" } },
] as const;

export const legalStudySchema = z.object({
  /** The lead-in, e.g. "镇党委政府高度重视法治工作". */
  opening: text().trim().max(200, { error: "不超过200字" }).default(""),
  /** 党委理论学习中心组学法 */
  centralGroup: z.object({
    frequency: z.enum(["", "每月", "每季度", "每半年"]).default(""),
    /** Study sessions on law held by the Party committee's theory study group (次). */
    sessions: count(),
  }),
  /** Law training the township organised or sent its cadres to. */
  training: z.object({
    /** Who was trained, e.g. "全镇干部". */
    audience: text().trim().max(50, { error: "不超过50字" }).default(""),
    /**
     * The courses, one row each (v2; v1 had one free-text string "人民调解、执法网络培训班"): each course
     * can carry its own session count, so courses are counted and compared across townships.
     */
    courses: rows(
      {
        name: text().trim().min(1, { error: "请填写培训班名称" }).max(50, { error: "不超过50字" }),
        /** Sessions of this course (场), if known. */
        sessions: count(),
      },
      { max: 30 },
    ).default([]),
    /** Training sessions held in total (场); left empty, the courses' sessions are added up. */
    sessions: count(),
    /** 参训率 = attended / expected, or the percentage stated ("参训率达100%") when the counts are unknown (v4). */
    participation: statedRate(),
  }),
  /** Collective law study of the township's cadres (v3). */
  collectiveStudy: z
    .object({
      /** 会前学法: law studied at the start of Party committee and government meetings (次). */
      beforeMeetings: count(),
      /** 集体学法: collective study sessions on law of the township organs (次). */
      sessions: count(),
    })
    .default({ beforeMeetings: null, sessions: null }),
  /** Cadres covered by law study, training and exams (人; often "200余人") (v3). */
  cadresCovered: qualifiedCount().default(emptyQualifiedCount()),
  /** Whether all cadres of the township organs study law as a routine (日常学法常态化). */
  dailyStudy: z.boolean().default(false),
  /** Law exams. */
  exam: z.object({
    name: text().trim().max(50, { error: "不超过50字" }).default("普法考试"),
    /** Law exams held (次) (v3). */
    held: count().default(null),
    /** 参考率 = sat / expected, or the percentage stated (v4). */
    participation: statedRate(),
    /** 合格率 = passed / sat, or the percentage stated ("合格率98.5%") (v4). */
    pass: statedRate(),
  }),
  /** Law lectures given by leading cadres (领导干部讲法, 次). */
  leaderLectures: count(),
  /** What the study achieved, in the township's words. */
  outcome: narrative({ max: 1000 }),
  /** Further paragraphs: anything else the township wants to report under this heading. */
  more: narrative({ max: 5000 }),
});

export type LegalStudy = z.output<typeof legalStudySchema>;

export const legalStudySettings = z.object({
  /** 中心组学法 at least this many times a year. */
  minStudySessions: z.number().int().min(0).max(100).default(4).describe("中心组学法不少于（次）"),
  /** Target training participation rate, in percent. */
  targetParticipationRate: z.number().min(0).max(100).default(100).describe("参训率目标（%）"),
  /** Target exam pass rate, in percent. */
  targetPassRate: z.number().min(0).max(100).default(100).describe("考试合格率目标（%）"),
  /** 集体学法 at least this many times a year; 0 sets no target. */
  minCollectiveStudy: z
    .number()
    .int()
    .min(0)
    .max(100)
    .default(0)
    .describe("集体学法不少于（次，0为不设目标）"),
});
export type LegalStudySettings = z.output<typeof legalStudySettings>;

export const legalStudyDefaults: LegalStudy = {
  opening: "",
  centralGroup: { frequency: "", sessions: null },
  training: {
    audience: "",
    courses: [],
    sessions: null,
    participation: emptyStatedRate(),
  },
  collectiveStudy: { beforeMeetings: null, sessions: null },
  cadresCovered: emptyQualifiedCount(),
  dailyStudy: false,
  exam: {
    name: "普法考试",
    held: null,
    participation: emptyStatedRate(),
    pass: emptyStatedRate(),
  },
  leaderLectures: null,
  outcome: "",
  more: "",
};

/** v3 (until 2026-11-29): the three rates took counts only (numerator / denominator). */
export interface LegalStudyV3 extends Omit<LegalStudy, "training" | "exam"> {
  training: Omit<LegalStudy["training"], "participation"> & { participation: Rate };
  exam: Omit<LegalStudy["exam"], "participation" | "pass"> & { participation: Rate; pass: Rate };
}

/** v2 (until 2026-11): no collective study, no cadres covered, no count of exams held. */
export interface LegalStudyV2 extends Omit<LegalStudyV3, "collectiveStudy" | "cadresCovered" | "exam"> {
  exam: Omit<LegalStudyV3["exam"], "held">;
}

/** v1 (until 2026): the courses were one string, "人民调解、执法网络培训班". */
export interface LegalStudyV1 extends Omit<LegalStudyV2, "training"> {
  training: Omit<LegalStudyV3["training"], "courses"> & { courses: string };
}

/** v3 → v4: the three rates keep their counts and gain an empty stated percentage: v3 data reads as filed. */
export function migrateV3toV4(v3: LegalStudyV3): LegalStudy {
  return {
    ...v3,
    training: { ...v3.training, participation: statedRateFromRate(v3.training.participation) },
    exam: {
      ...v3.exam,
      participation: statedRateFromRate(v3.exam.participation),
      pass: statedRateFromRate(v3.exam.pass),
    },
  };
}

/** v2 → v3: the new figures start empty (not entered), so v2 data reads exactly as it was filed. */
export function migrateV2toV3(v2: LegalStudyV2): LegalStudyV3 {
  return {
    ...v2,
    collectiveStudy: { beforeMeetings: null, sessions: null },
    cadresCovered: emptyQualifiedCount(),
    exam: { ...v2.exam, held: null },
  };
}

/** v1 → v2: split the course string at 、，,；; into one row per course (sessions unknown). */
export function migrateV1toV2(v1: LegalStudyV1): LegalStudyV2 {
  const joined = typeof v1.training?.courses === "string" ? v1.training.courses : "";
  const courses = joined
    .split(/[、，,；;]/)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name, sessions: null }));
  return { ...v1, training: { ...v1.training, courses } };
}
