import { defineSection, hasCount } from "@nianbao/sdk";
import { renderLeadership } from "./render.ts";
import { leadershipDefaults, leadershipSchema, leadershipSettings, migrateV1toV2 } from "./schema.ts";

export type { Leadership, LeadershipSettings, LeadershipV1, ProblemsFigure } from "./schema.ts";

/** Rectified / found as a rate, or both sides null when either is missing (so a metric never half-aggregates). */
const rectification = ({ found, rectified }: { found: number | null; rectified: number | null }) =>
  found === null || rectified === null
    ? { numerator: null, denominator: null }
    : { numerator: rectified, denominator: found };

export default defineSection({
  id: "leadership",
  /**
   * v2: inspections keep a qualifier ("20余次"); the problems are two counts, found and rectified, so a report
   * that gives only "发现问题5项" can be kept; migrations[2] turns v1's rate into them unchanged.
   */
  version: 2,
  title: { "zh-CN": "加强组织领导", en: "Leadership and the first responsible person's duty" },
  description: {
    "zh-CN":
      "党政主要负责人履行推进法治建设第一责任人职责、“一岗双责”、领导小组、专题研究、年度述法、目标考核、督查整改、“谁执法谁普法”责任制。",
    en: "The principal leaders' duty as first responsible persons, the leading group, meetings, annual reports on rule-of-law duties, appraisal, inspections, and the publicity responsibility list.",
  },
  schema: leadershipSchema,
  defaults: leadershipDefaults,
  settings: leadershipSettings,
  metrics: {
    firstResponsible: {
      label: { "zh-CN": "履行第一责任人职责", en: "First-responsible-person duty performed" },
      unit: "%",
      aggregate: "rate",
      description:
        "1/1 when the principal leaders performed the first-responsible-person duty, else 0/1 (aggregated: townships that did / townships)",
      value: (d) => ({ numerator: d.firstResponsible ? 1 : 0, denominator: 1 }),
    },
    meetings: {
      label: { "zh-CN": "专题研究法治建设会议", en: "Meetings studying rule-of-law work" },
      unit: "次",
      aggregate: "sum",
      description:
        "the field `meetings` as entered — Meetings (党委会、政府常务会议) that studied rule-of-law work (次).",
      value: (d) => d.meetings,
      target: (s) => s.minMeetings || null,
      path: "meetings",
    },
    issuesResolved: {
      label: { "zh-CN": "研究解决法治建设问题", en: "Rule-of-law issues resolved" },
      unit: "项",
      aggregate: "sum",
      description: "the field `issuesResolved` as entered — Issues those meetings resolved (项).",
      value: (d) => d.issuesResolved,
    },
    annualReport: {
      label: { "zh-CN": "开展年度述法", en: "Annual report on rule-of-law duties given" },
      unit: "%",
      aggregate: "rate",
      description:
        "1/1 when the annual 述法 was given, else 0/1 (aggregated: townships that did / townships)",
      value: (d) => ({ numerator: d.annualReport ? 1 : 0, denominator: 1 }),
    },
    inspections: {
      label: { "zh-CN": "法治建设督查检查", en: "Rule-of-law inspections" },
      unit: "次",
      aggregate: "sum",
      description:
        'the field `inspections` as entered, with its qualifier ("20余次" is a lower bound) — Rule-of-law inspections (督查检查, 次).',
      value: (d) => d.inspections,
    },
    problemsFound: {
      label: { "zh-CN": "督查发现问题", en: "Problems found" },
      unit: "项",
      aggregate: "sum",
      description: "the field `problems.found` as entered — problems found by the inspections (项).",
      value: (d) => d.problems.found,
    },
    rectificationRate: {
      label: { "zh-CN": "问题整改率", en: "Problems rectified (rate)" },
      unit: "%",
      aggregate: "rate",
      description:
        "`problems.rectified` / `problems.found` — problems rectified / problems found by those inspections (项); empty unless both are entered.",
      value: (d) => rectification(d.problems),
      target: (s) => s.targetRectificationRate,
      path: "problems.rectified",
    },
  },
  checks: [
    {
      id: "rectified-within-found",
      level: "error",
      path: "problems.rectified",
      message: {
        "zh-CN": "已整改问题数不能大于发现问题数",
        en: "Problems rectified cannot exceed problems found",
      },
      fails: (d) =>
        d.problems.rectified !== null && d.problems.found !== null && d.problems.rectified > d.problems.found,
    },
    {
      id: "first-responsible-missing",
      level: "warning",
      path: "firstResponsible",
      message: {
        "zh-CN": "未写明党政主要负责人履行推进法治建设第一责任人职责",
        en: "The principal leaders' duty as first responsible persons is not stated",
      },
      fails: (d) => !d.firstResponsible,
    },
    {
      id: "group-without-leader",
      level: "warning",
      path: "leadingGroup.leader",
      message: {
        "zh-CN": "领导小组填写了副组长或成员，但未填写组长",
        en: "The leading group has deputies or members but no head",
      },
      fails: (d) => !d.leadingGroup.leader && Boolean(d.leadingGroup.deputy || d.leadingGroup.members),
    },
    {
      id: "issues-without-meetings",
      level: "warning",
      path: "meetings",
      message: {
        "zh-CN": "填写了研究解决问题数，但未填写专题研究会议次数",
        en: "Issues resolved are entered but no meetings",
      },
      fails: (d) => d.issuesResolved !== null && d.issuesResolved > 0 && !d.meetings,
    },
    {
      id: "weight-without-target-management",
      level: "warning",
      path: "targetManagement",
      message: {
        "zh-CN": "填写了考核权重，但未勾选“纳入政府目标责任管理”",
        en: "An appraisal weight is entered but rule-of-law work is not marked as part of target management",
      },
      fails: (d) => d.appraisalWeight !== null && d.appraisalWeight > 0 && !d.targetManagement,
    },
    {
      id: "problems-without-inspections",
      level: "warning",
      path: "inspections",
      message: {
        "zh-CN": "填写了督查发现问题，但未填写督查检查次数",
        en: "Problems found are entered but no inspections",
      },
      fails: (d) => d.problems.found !== null && d.problems.found > 0 && !hasCount(d.inspections),
    },
    {
      id: "annual-report-required",
      level: "warning",
      path: "annualReport",
      message: {
        "zh-CN": "本年度要求报告党政主要负责人年度述法情况",
        en: "This year requires the principal leaders' annual 述法",
      },
      fails: (d, s) => s.requireAnnualReport && !d.annualReport,
    },
  ],
  render: renderLeadership,
  form: () => import("./form.tsx"),
  migrations: { 2: migrateV1toV2 },
});
