import {
  clauses,
  formatCount,
  formatRate,
  hasCount,
  levelWords,
  paragraph,
  paragraphsFromText,
  ratePercent,
  type Block,
  type LevelWords,
  type RenderContext,
} from "@nianbao/sdk";
import type { LegalStudy, LegalStudySettings } from "./schema.ts";

function studyGroupClauses(d: LegalStudy, w: LevelWords): string[] {
  const out: string[] = [];
  const group = `${w.party}理论学习中心组`;
  if (d.centralGroup.frequency) out.push(`${group}${d.centralGroup.frequency}学法常态化`);
  if (d.centralGroup.sessions !== null && d.centralGroup.sessions > 0) {
    out.push(`${out.length ? "" : group}安排法律知识的学习${d.centralGroup.sessions}次`);
  }
  return out;
}

/** The total given, or else the courses' sessions added up (null when none is known). */
export function totalTrainingSessions(d: LegalStudy): number | null {
  if (d.training.sessions !== null) return d.training.sessions;
  const known = d.training.courses.map((c) => c.sessions).filter((n): n is number => n !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

function trainingClauses(d: LegalStudy): string[] {
  const t = d.training;
  const out: string[] = [];
  const audience = t.audience || "干部";
  const courses = t.courses.map((c) => c.name).join("、");
  if (courses) out.push(`积极组织${audience}参加${courses}`);
  const sessions = totalTrainingSessions(d);
  if (sessions !== null && sessions > 0)
    out.push(courses ? `共举办培训${sessions}场` : `组织${audience}参加法律知识培训${sessions}场`);
  const participation = formatRate(t.participation);
  if (participation && participation !== "无") out.push(`参与率${participation}`);
  return out;
}

const positive = (n: number | null): n is number => n !== null && n > 0;

/** "坚持会前学法12次、集体学法6次" — only what was entered. */
function collectiveClause(d: LegalStudy): string | null {
  const { beforeMeetings, sessions } = d.collectiveStudy;
  if (positive(beforeMeetings) && positive(sessions))
    return `坚持会前学法${beforeMeetings}次、集体学法${sessions}次`;
  if (positive(beforeMeetings)) return `坚持会前学法${beforeMeetings}次`;
  return positive(sessions) ? `开展集体学法${sessions}次` : null;
}

/** "学法用法覆盖镇村干部200余人" (the cadres' word from the level). */
function coveredClause(d: LegalStudy, w: LevelWords): string | null {
  return hasCount(d.cadresCovered)
    ? `学法培训考试覆盖${w.cadres}${formatCount(d.cadresCovered, "人")}`
    : null;
}

/** The exam's rates, named by `name` ("普法考试参考率…") or, after "组织普法考试2次", unnamed. */
function examRates(d: LegalStudy, name: string): string | null {
  const sat = ratePercent(d.exam.participation);
  const passed = ratePercent(d.exam.pass);
  if (passed === null) return sat === null ? null : `${name}参考率${formatRate(d.exam.participation)}`;
  if (passed === 100 && (sat === null || sat === 100)) {
    if (sat === 100) return `${name}参考率、合格率均达100%`;
    return name ? `全部通过${name}` : "参考人员全部合格";
  }
  return sat === null
    ? `${name}合格率${formatRate(d.exam.pass)}`
    : `${name}参考率${formatRate(d.exam.participation)}、合格率${formatRate(d.exam.pass)}`;
}

function examClauses(d: LegalStudy): string[] {
  const name = d.exam.name || "普法考试";
  if (!positive(d.exam.held)) return [examRates(d, name) ?? ""];
  return [`组织${name}${d.exam.held}次`, examRates(d, "") ?? ""];
}

/** （一）强化法治思维和依法行政能力: one paragraph in the register of the reference report, then any further prose. */
export function renderLegalStudy(d: LegalStudy, ctx: RenderContext<LegalStudySettings>): Block[] {
  const w = levelWords(ctx.org);
  const first = clauses(d.opening, ...studyGroupClauses(d, w), ...trainingClauses(d));
  const second = clauses(
    collectiveClause(d),
    d.dailyStudy ? `${w.organs}全体干部日常学法常态化` : null,
    ...examClauses(d),
    coveredClause(d, w),
  );
  const lectures =
    d.leaderLectures !== null && d.leaderLectures > 0
      ? clauses(`领导干部带头讲法${d.leaderLectures}次`)
      : null;
  const outcome = d.outcome.trim() ? clauses(d.outcome) : null;
  const text = [first, second, lectures, outcome].filter(Boolean).join("");
  return [...paragraph(text), ...paragraphsFromText(d.more)];
}
