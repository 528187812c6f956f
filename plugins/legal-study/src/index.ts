import { defineSection, statedRateMetric } from "@nianbao/sdk";
import { renderLegalStudy, totalTrainingSessions } from "./render.ts";
import {
  legalStudyDefaults,
  legalStudySchema,
  legalStudySettings,
  migrateV1toV2,
  migrateV2toV3,
  migrateV3toV4,
} from "./schema.ts";

export type { LegalStudy, LegalStudySettings, LegalStudyV1, LegalStudyV2, LegalStudyV3 } from "./schema.ts";

export default defineSection({
  id: "legal-study",
  /**
   * v2: training courses are rows (name + sessions) instead of one string; migrations[2] splits old strings.
   * v3: collective study (会前学法, 集体学法), cadres covered and law exams held; migrations[3] adds them empty.
   * v4: 参训率, 参考率 and 合格率 may be a stated percentage ("参训率达100%") when the counts are unknown;
   * migrations[4] keeps the counts and adds an empty percentage.
   */
  version: 4,
  title: { "zh-CN": "强化法治思维和依法行政能力", en: "Legal study and capacity to govern by law" },
  description: {
    "zh-CN": "党委理论学习中心组学法、会前学法与集体学法、法律知识培训、普法考试与领导干部讲法。",
    en: "Party committee study sessions on law, collective study, law training, law exams and leaders' lectures.",
  },
  schema: legalStudySchema,
  defaults: legalStudyDefaults,
  settings: legalStudySettings,
  metrics: {
    studySessions: {
      label: { "zh-CN": "中心组学法次数", en: "Study-group sessions on law" },
      unit: "次",
      aggregate: "sum",
      description:
        "the field `centralGroup.sessions` as entered — Study sessions on law held by the Party committee's theory study group (次).",
      value: (d) => d.centralGroup.sessions,
      target: (s) => s.minStudySessions,
      path: "centralGroup.sessions",
    },
    trainingSessions: {
      label: { "zh-CN": "法律知识培训场次", en: "Law training sessions" },
      unit: "场",
      aggregate: "sum",
      description: "`training.sessions` as entered; when empty, the courses' sessions added up.",
      value: (d) => totalTrainingSessions(d),
    },
    trainingCourses: {
      label: { "zh-CN": "法律知识培训班个数", en: "Law training courses" },
      unit: "个",
      aggregate: "sum",
      description: "the number of rows in `training.courses`.",
      value: (d) => d.training.courses.length,
    },
    trainingParticipation: {
      label: { "zh-CN": "参训率", en: "Training participation rate" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `training.participation` as entered — 参训率 = attended / expected, or the percentage stated when the counts are unknown (counted apart).",
      value: (d) => statedRateMetric(d.training.participation),
      target: (s) => s.targetParticipationRate,
      path: "training.participation.numerator",
    },
    examParticipation: {
      label: { "zh-CN": "参考率", en: "Exam participation rate" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `exam.participation` as entered — 参考率 = sat / expected, or the percentage stated when the counts are unknown (counted apart).",
      value: (d) => statedRateMetric(d.exam.participation),
    },
    examPass: {
      label: { "zh-CN": "考试合格率", en: "Exam pass rate" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `exam.pass` as entered — 合格率 = passed / sat, or the percentage stated when the counts are unknown (counted apart).",
      value: (d) => statedRateMetric(d.exam.pass),
      target: (s) => s.targetPassRate,
      path: "exam.pass.numerator",
    },
    preMeetingStudy: {
      label: { "zh-CN": "会前学法次数", en: "Law studied before meetings" },
      unit: "次",
      aggregate: "sum",
      description:
        "the field `collectiveStudy.beforeMeetings` as entered — 会前学法 before Party committee and government meetings (次).",
      value: (d) => d.collectiveStudy.beforeMeetings,
    },
    collectiveStudy: {
      label: { "zh-CN": "集体学法次数", en: "Collective law study sessions" },
      unit: "次",
      aggregate: "sum",
      description:
        "the field `collectiveStudy.sessions` as entered — 集体学法 sessions of the township organs (次).",
      value: (d) => d.collectiveStudy.sessions,
      target: (s) => s.minCollectiveStudy || null,
      path: "collectiveStudy.sessions",
    },
    cadresCovered: {
      label: { "zh-CN": "学法培训考试覆盖干部", en: "Cadres covered by study, training and exams" },
      unit: "人",
      aggregate: "sum",
      description: 'the field `cadresCovered` as entered, with its qualifier ("200余人" is a lower bound).',
      value: (d) => d.cadresCovered,
    },
    examsHeld: {
      label: { "zh-CN": "组织法律知识考试次数", en: "Law exams held" },
      unit: "次",
      aggregate: "sum",
      description: "the field `exam.held` as entered — law exams organised (次).",
      value: (d) => d.exam.held,
    },
    leaderLectures: {
      label: { "zh-CN": "领导干部讲法次数", en: "Leaders' law lectures" },
      unit: "次",
      aggregate: "sum",
      description:
        "the field `leaderLectures` as entered — Law lectures given by leading cadres (领导干部讲法, 次).",
      value: (d) => d.leaderLectures,
    },
  },
  checks: [
    {
      id: "exam-sat-matches",
      level: "error",
      path: "exam.pass.denominator",
      message: {
        "zh-CN": "合格率的分母（参考人数）应等于参考率的分子（参考人数）",
        en: "Pass-rate denominator must equal the number who sat the exam",
      },
      fails: (d) =>
        d.exam.participation.numerator !== null &&
        d.exam.pass.denominator !== null &&
        d.exam.participation.numerator !== d.exam.pass.denominator,
    },
  ],
  render: renderLegalStudy,
  form: () => import("./form.tsx"),
  migrations: { 2: migrateV1toV2, 3: migrateV2toV3, 4: migrateV3toV4 },
});
