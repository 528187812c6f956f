import {
  checkedPhrases,
  clauses,
  formatRate,
  paragraph,
  paragraphsFromText,
  ratePercent,
  sentences,
  levelWords,
  type Block,
  type RenderContext,
} from "@nianbao/sdk";
import { INTERNAL_OVERSIGHT, type PowerOversight, type PowerOversightSettings } from "./schema.ts";

const positive = (n: number | null): n is number => n !== null && n > 0;

function internal(d: PowerOversight): string | null {
  const rest = checkedPhrases(
    d.internal,
    INTERNAL_OVERSIGHT.filter((o) => o.key !== "hierarchy"),
  );
  return clauses(
    d.internal.hierarchy ? "健全完善了政府内部层级监督" : null,
    rest.length ? `健全完善${d.internal.hierarchy ? "" : "了"}${rest.join("、")}` : null,
  );
}

function reconsideration(d: PowerOversight): string | null {
  const { cases, changed } = d.reconsideration;
  if (!positive(cases)) return null;
  return clauses(
    `全年发生行政复议案件${cases}件`,
    changed === null ? null : changed > 0 ? `其中被依法变更、撤销${changed}件` : "无被变更、撤销的案件",
  );
}

function litigation(d: PowerOversight): string | null {
  const { cases, lost } = d.litigation;
  if (!positive(cases)) return null;
  return clauses(
    `全年发生行政诉讼案件${cases}件`,
    lost === null ? null : lost > 0 ? `败诉${lost}件` : "无败诉案件",
  );
}

/** Neither kind of case: one sentence, "全年未发生行政复议、行政诉讼案件". */
function noCases(d: PowerOversight): string | null {
  const noRecon = d.reconsideration.cases === 0;
  const noLit = d.litigation.cases === 0;
  if (noRecon && noLit) return clauses("全年未发生行政复议、行政诉讼案件");
  if (noRecon) return clauses("全年未发生行政复议案件");
  if (noLit) return clauses("全年未发生行政诉讼案件");
  return null;
}

function appearance(d: PowerOversight): string | null {
  const { cases, subject, appearance: r } = d.litigation;
  if (r.numerator === null || r.denominator === null || cases === 0) return null;
  const about = subject ? `${subject.replace(/的$/, "")}的` : "";
  if (r.denominator === 0) {
    // 0/0: no case was heard; the rate does not apply, so say so instead of printing 0% or 100%.
    const notHeard = about
      ? `${about}行政诉讼案件均未开庭审理`
      : positive(cases)
        ? "上述案件均未开庭审理"
        : "全年无开庭审理的行政诉讼案件";
    return clauses(notHeard, "不涉及行政机关负责人出庭应诉");
  }
  const verb = ratePercent(r) === 100 ? "达到" : "为";
  return clauses(
    `${about ? `在${about}行政诉讼案件中，` : ""}行政机关负责人行政诉讼出庭应诉率${verb}${formatRate(r)}`,
  );
}

function suggestions(d: PowerOversight): string | null {
  const parts = [
    positive(d.suggestions.npc) ? `人大代表建议${d.suggestions.npc}件` : null,
    positive(d.suggestions.cppcc) ? `政协委员提案${d.suggestions.cppcc}件` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? clauses(`全年办理${parts.join("、")}`) : null;
}

/** （七）强化行政权力监督制约: one paragraph in the register of the reference report, then any further prose. */
export function renderPowerOversight(d: PowerOversight, ctx: RenderContext<PowerOversightSettings>): Block[] {
  const text = sentences(
    d.annualReport ? `${levelWords(ctx.org).government}严格落实法治政府建设年度报告制度` : null,
    internal(d),
    noCases(d),
    reconsideration(d),
    litigation(d),
    appearance(d),
    suggestions(d),
  );
  return [...paragraph(text), ...paragraphsFromText(d.more)];
}
