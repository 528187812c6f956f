import {
  checkedPhrases,
  clauses,
  ensureEnd,
  formatQuantity,
  paragraph,
  paragraphsFromText,
  type Block,
  type RenderContext,
  levelWords,
} from "@nianbao/sdk";
import { DECISION_STEPS, type DecisionMaking, type DecisionMakingSettings } from "./schema.ts";

/** Who decides ("党委政府", a 街道's "街道党工委、办事处") and who engages advisers (镇政府 / 街道办事处). */
export function township(org: RenderContext<unknown>["org"]): { party: string; gov: string } {
  const w = levelWords(org);
  return { party: w.level === "街道" ? w.partyAndGovernment : "党委政府", gov: w.government };
}

/** The township's own prose run into the paragraph: each line a sentence. */
function inline(text: string): string | null {
  const out = text
    .split(/\n+/)
    .map((line) => ensureEnd(line))
    .join("");
  return out || null;
}

function decisionsSentence(d: DecisionMaking): string | null {
  const steps = checkedPhrases(d.steps, DECISION_STEPS);
  const stepsText =
    steps.length === DECISION_STEPS.length ? `${steps.join("、")}五项法定程序` : `${steps.join("、")}程序`;
  const n = d.majorDecisions;
  if (n !== null && n > 0)
    return clauses(`全年作出重大行政决策${n}项`, steps.length > 0 && `均严格履行${stepsText}`);
  return clauses(n === 0 && "全年无重大行政决策事项", steps.length > 0 && `严格落实重大行政决策${stepsText}`);
}

function adviserFigures(d: DecisionMaking): string | null {
  const opinions = formatQuantity(d.legalOpinions);
  const contracts = formatQuantity(d.contractsReviewed);
  const parts = [
    opinions && (d.legalOpinions.value ?? 0) > 0
      ? d.legalOpinions.unit === "份"
        ? `出具法律意见书${opinions}`
        : `提供法律意见${opinions}`
      : null,
    contracts && (d.contractsReviewed.value ?? 0) > 0 ? `审查各类合同${contracts}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? clauses(...parts.map((p, i) => (i === 0 ? `法律顾问全年${p}` : p))) : null;
}

/** （四）健全依法决策机制: one paragraph in the register of the reference report, then any further prose. */
export function renderDecisionMaking(d: DecisionMaking, ctx: RenderContext<DecisionMakingSettings>): Block[] {
  const { party, gov } = township(ctx.org);
  const plan = d.annualPlan.set
    ? clauses(`${party}在年初${d.annualPlan.basis}确定年度法治政府建设工作计划和目标任务`)
    : null;
  const before = [plan, inline(d.procedure), decisionsSentence(d)].filter((s): s is string => !!s);
  const advisers =
    d.advisers.count !== null && d.advisers.count > 0
      ? clauses(
          `${before.length ? "同时" : ""}${gov}聘请${d.advisers.kind || "法律顾问"}${d.advisers.count}名`,
        )
      : null;
  const text = [...before, advisers, inline(d.adviserWork), adviserFigures(d)].filter(Boolean).join("");
  return [...paragraph(text), ...paragraphsFromText(d.more)];
}
