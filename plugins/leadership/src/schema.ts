import {
  count,
  emptyQualifiedCount,
  narrative,
  qualifiedCount,
  qualifiedCountFromCount,
  z,
  shortText,
  type Rate,
} from "@nianbao/sdk";

/**
 * Problems found by the inspections and those rectified (项) (v2; v1 kept them as a rate, rectified / found,
 * which needed both). Reports often give only what was found ("发现问题5项"): found alone is kept; rectified
 * needs the found count beside it and cannot exceed it.
 */
export function problemsFigure() {
  return z
    .object({ found: count(), rectified: count() })
    .refine((p) => p.rectified === null || p.found !== null, {
      error: "请先填写发现问题数",
      path: ["found"],
    })
    .refine((p) => p.rectified === null || p.found === null || p.rectified <= p.found, {
      error: "已整改问题数不能大于发现问题数",
      path: ["rectified"],
    });
}
export type ProblemsFigure = { found: number | null; rectified: number | null };

export const leadershipSchema = z.object({
  /** An optional lead-in with a subject, e.g. "镇党委书记、镇长高度重视法治建设". */
  opening: shortText(200),
  /** 切实履行了党政主要负责人推进法治建设第一责任人职责. */
  firstResponsible: z.boolean().default(false),
  /** 班子其他成员“一岗双责”制度落实到位. */
  oneJobTwoDuties: z.boolean().default(false),
  /** The leading group: "成立了由镇政府镇长任组长，分管领导任副组长，相关站所负责人为成员的依法行政工作领导小组". */
  leadingGroup: z.object({
    /** e.g. "依法行政工作领导小组". */
    name: shortText(100),
    /** 组长, e.g. "镇政府镇长" (or "镇党委书记、镇长"). */
    leader: shortText(100),
    /** 副组长, e.g. "分管领导". */
    deputy: shortText(100),
    /** 成员, e.g. "相关站所负责人". */
    members: shortText(200),
  }),
  /** Meetings (党委会、政府常务会议) that studied rule-of-law work (次). */
  meetings: count(),
  /** Issues those meetings resolved (项). */
  issuesResolved: count(),
  /** The principal leaders reported on their rule-of-law duty at the year-end review (述法). */
  annualReport: z.boolean().default(false),
  /** 把依法行政工作纳入政府目标责任管理. */
  targetManagement: z.boolean().default(false),
  /** The weight of rule-of-law work in the township's appraisal, in whole percent (0–100). */
  appraisalWeight: count().refine((v) => v === null || v <= 100, { error: "不能超过100%" }),
  /** 将行政执法机构及其执法人员行使职权和履行法定义务情况纳入评议考核. */
  enforcementAppraisal: z.boolean().default(false),
  /** What the appraisal achieved, e.g. "进一步落实了工作目标，强化了工作责任". */
  appraisalOutcome: narrative({ max: 1000 }),
  /** Rule-of-law inspections (督查检查, 次), with its qualifier ("20余次") (v2). */
  inspections: qualifiedCount(),
  /** Problems found by those inspections and problems rectified (项) (v2). */
  problems: problemsFigure(),
  /** 建立健全镇机关“谁执法谁普法”责任制清单. */
  responsibilityList: z.boolean().default(false),
  /** The 普法 system in the township's words, e.g. "充分发挥国家机关在普法工作中的职能作用，形成了……的法治宣传教育体系". */
  publicitySystem: narrative({ max: 2000 }),
  /** Further paragraphs: anything else the township reports under this heading. */
  more: narrative({ max: 5000 }),
});

export type Leadership = z.output<typeof leadershipSchema>;

export const leadershipSettings = z.object({
  /** Meetings studying rule-of-law work at least this many times a year (0: no target). */
  minMeetings: z
    .number()
    .int()
    .min(0)
    .max(100)
    .default(0)
    .describe("研究法治工作会议不少于（次，0为不设目标）"),
  /** Whether the year requires the principal leaders' annual 述法 to be reported. */
  requireAnnualReport: z.boolean().default(false).describe("要求报告主要负责人年度述法"),
  /** Target share of inspection problems rectified, in percent. */
  targetRectificationRate: z.number().min(0).max(100).default(100).describe("督察问题整改率目标（%）"),
});
export type LeadershipSettings = z.output<typeof leadershipSettings>;

export const leadershipDefaults: Leadership = {
  opening: "",
  firstResponsible: false,
  oneJobTwoDuties: false,
  leadingGroup: { name: "", leader: "", deputy: "", members: "" },
  meetings: null,
  issuesResolved: null,
  annualReport: false,
  targetManagement: false,
  appraisalWeight: null,
  enforcementAppraisal: false,
  appraisalOutcome: "",
  inspections: emptyQualifiedCount(),
  problems: { found: null, rectified: null },
  responsibilityList: false,
  publicitySystem: "",
  more: "",
};

/** v1 (until 2026-11-29): inspections a plain count, the problems a rate (rectified / found). */
export type LeadershipV1 = Omit<Leadership, "inspections" | "problems"> & {
  inspections: number | null;
  problems: Rate;
};

/** v1 → v2: the same figures in the new shapes (found = the rate's denominator): v1 data reads as filed. */
export function migrateV1toV2(v1: LeadershipV1): Leadership {
  return {
    ...v1,
    inspections: qualifiedCountFromCount(v1.inspections),
    problems: { found: v1.problems?.denominator ?? null, rectified: v1.problems?.numerator ?? null },
  };
}
