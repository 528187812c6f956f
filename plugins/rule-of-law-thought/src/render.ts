import {
  leadInItems,
  checkedPhrases,
  clauses,
  formatCount,
  hasCount,
  levelWords,
  paragraph,
  type Block,
  type RenderContext,
} from "@nianbao/sdk";
import { STUDY_FORMS, type RuleOfLawThought, type RuleOfLawThoughtSettings } from "./schema.ts";

/** 学习贯彻习近平法治思想 — the first section of most 2024–2025 reports: the plan, the study, its reach. */
export function renderRuleOfLawThought(
  d: RuleOfLawThought,
  ctx: RenderContext<RuleOfLawThoughtSettings>,
): Block[] {
  const w = levelWords(ctx.org);
  const group = `${w.party}理论学习中心组`;
  const plan = d.inStudyPlan ? `将习近平法治思想纳入${group}年度学习计划` : null;
  const central =
    d.centralGroupSessions !== null && d.centralGroupSessions > 0
      ? `${plan ? "全年" : `${group}全年`}开展习近平法治思想专题学习${d.centralGroupSessions}次`
      : null;
  const forms = checkedPhrases(d.forms, STUDY_FORMS, w);
  const how = forms.length ? `通过${forms.join("、")}等形式` : "";
  const sessions = hasCount(d.sessions)
    ? `${how ? `${how}，` : ""}组织开展学习宣讲${formatCount(d.sessions, "场次")}`
    : how
      ? `${how}深入学习宣传`
      : null;
  const reach = hasCount(d.participants)
    ? `覆盖干部群众${formatCount(d.participants, "人次", { over: "超过" })}`
    : null;
  const text = clauses(d.opening, plan, central, sessions, reach, d.outcome);
  return leadInItems(paragraph(text), d.measures, d.more, { layout: "inline" });
}
