import {
  clauses,
  formatCount,
  formatPercent,
  formatStatedRate,
  hasCount,
  isStatedOnly,
  levelWords,
  paragraph,
  paragraphsFromText,
  statedRatePercent,
  type Block,
  type LevelWords,
  type RenderContext,
  type StatedRate,
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
  const participation = trainingRate(t.participation);
  if (participation) out.push(participation);
  return out;
}

/**
 * "参与率94.7%" from the counts (0/0 left out); a stated percentage as reports write it: "参训率达100%",
 * "参训率达90%以上", "参训率近90%", "参训率95%左右".
 */
function trainingRate(r: StatedRate): string | null {
  if (isStatedOnly(r)) {
    const reaches = r.percentQualifier === "" || r.percentQualifier === "以上";
    return `参训率${reaches ? "达" : ""}${formatPercent(r.percent!, r.percentQualifier)}`;
  }
  const printed = formatStatedRate(r);
  return printed && printed !== "无" ? `参与率${printed}` : null;
}

/** 100% exactly: from the counts, or stated with no qualifier. */
function full(r: StatedRate): boolean {
  return statedRatePercent(r) === 100 && (!isStatedOnly(r) || r.percentQualifier === "");
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
  const { participation, pass } = d.exam;
  const sat = statedRatePercent(participation);
  const passed = statedRatePercent(pass);
  if (passed === null) return sat === null ? null : `${name}参考率${formatStatedRate(participation)}`;
  if (full(pass) && (sat === null || full(participation))) {
    if (sat !== null) return `${name}参考率、合格率均达100%`;
    return name ? `全部通过${name}` : "参考人员全部合格";
  }
  return sat === null
    ? `${name}合格率${formatStatedRate(pass)}`
    : `${name}参考率${formatStatedRate(participation)}、合格率${formatStatedRate(pass)}`;
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
