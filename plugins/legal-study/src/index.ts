import { defineSection } from "@nianbao/sdk";
import { renderLegalStudy, totalTrainingSessions } from "./render.ts";
import { legalStudyDefaults, legalStudySchema, legalStudySettings, migrateV1toV2 } from "./schema.ts";

export type { LegalStudy, LegalStudyV1 } from "./schema.ts";

export default defineSection({
  id: "legal-study",
  /** v2: training courses are rows (name + sessions) instead of one string; migrations[2] splits old strings. */
  version: 2,
  title: { "zh-CN": "强化法治思维和依法行政能力", en: "Legal study and capacity to govern by law" },
  description: {
    "zh-CN": "党委理论学习中心组学法、法律知识培训、普法考试与领导干部讲法。",
    en: "Party committee study sessions on law, law training, law exams and leaders' lectures.",
  },
  schema: legalStudySchema,
  defaults: legalStudyDefaults,
  settings: legalStudySettings,
  metrics: {
    studySessions: {
      label: { "zh-CN": "中心组学法次数", en: "Study-group sessions on law" },
      unit: "次",
      aggregate: "sum",
      description: "the field `centralGroup.sessions` as entered — Study sessions on law held by the Party committee's theory study group (次).",
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
      description: "the field `training.participation` as entered — 参训率 = attended / expected.",
      value: (d) => d.training.participation,
      target: (s) => s.targetParticipationRate,
      path: "training.participation.numerator",
    },
    examParticipation: {
      label: { "zh-CN": "参考率", en: "Exam participation rate" },
      unit: "%",
      aggregate: "rate",
      description: "the field `exam.participation` as entered — 参考率 = sat / expected.",
      value: (d) => d.exam.participation,
    },
    examPass: {
      label: { "zh-CN": "考试合格率", en: "Exam pass rate" },
      unit: "%",
      aggregate: "rate",
      description: "the field `exam.pass` as entered — 合格率 = passed / sat.",
      value: (d) => d.exam.pass,
      target: (s) => s.targetPassRate,
      path: "exam.pass.numerator",
    },
    leaderLectures: {
      label: { "zh-CN": "领导干部讲法次数", en: "Leaders' law lectures" },
      unit: "次",
      aggregate: "sum",
      description: "the field `leaderLectures` as entered — Law lectures given by leading cadres (领导干部讲法, 次).",
      value: (d) => d.leaderLectures,
    },
  },
  checks: [
    {
      id: "exam-sat-matches",
      level: "error",
      path: "exam.pass.denominator",
      message: { "zh-CN": "合格率的分母（参考人数）应等于参考率的分子（参考人数）", en: "Pass-rate denominator must equal the number who sat the exam" },
      fails: (d) =>
        d.exam.participation.numerator !== null &&
        d.exam.pass.denominator !== null &&
        d.exam.participation.numerator !== d.exam.pass.denominator,
    },
  ],
  render: renderLegalStudy,
  form: () => import("./form.tsx"),
  migrations: { 2: migrateV1toV2 },
});
