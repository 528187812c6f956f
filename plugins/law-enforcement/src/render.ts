import {
  checkedPhrases,
  clauses,
  ensureEnd,
  formatQuantity,
  formatRate,
  paragraph,
  paragraphsFromText,
  sentences,
  splitNames,
  levelWords,
  type Block,
  type Item,
  type RenderContext,
} from "@nianbao/sdk";
import {
  ENFORCEMENT_SYSTEMS,
  type LawEnforcement,
  type LawEnforcementSettings,
} from "./schema.ts";

const positive = (n: number | null): n is number => n !== null && n > 0;

function items(d: LawEnforcement): Item[] {
  const out: Item[] = [];
  const responsibility = clauses(
    d.responsibility.inPlace ? "严格落实行政执法责任制" : null,
    d.responsibility.effect,
  );
  if (responsibility) out.push({ text: responsibility });
  const discretion = clauses(d.discretion.inPlace ? "全面规范行政执法自由裁量权" : null, d.discretion.effect);
  if (discretion) out.push({ text: discretion });
  const systems = [...checkedPhrases(d.systems, ENFORCEMENT_SYSTEMS), ...splitNames(d.otherSystems)];
  if (systems.length) out.push({ text: `建立了${systems.join("、")}。` });
  for (const item of d.moreItems) {
    const lead = item.lead.trim();
    const text = ensureEnd(item.text);
    if (lead || text) out.push({ ...(lead ? { lead } : {}), text });
  }
  return out;
}

function staffSentence(d: LawEnforcement, whole: string): string | null {
  const { numerator, denominator } = d.certification;
  if (numerator === null || denominator === null) return null;
  if (denominator === 0) return clauses(`${whole}暂无专职行政执法人员`);
  return clauses(
    `${whole}共有行政执法人员${denominator}名`,
    `其中持证${numerator}名`,
    `持证率${formatRate(d.certification)}`,
  );
}

function workSentence(d: LawEnforcement): string | null {
  const { sessions, participants } = d.training;
  const people = formatQuantity(participants);
  let training: string | null = null;
  if (positive(sessions))
    training = `组织执法培训${sessions}场${people && participants.value ? `、参训${people}` : ""}`;
  else if (sessions === null && people && participants.value) training = `参加执法培训${people}`;
  const inspections = positive(d.inspections) ? `开展执法检查${d.inspections}次` : null;
  const { ordinary, simple } = d.cases;
  let cases: string | null = null;
  if (positive(ordinary) && positive(simple)) {
    cases = `办理行政处罚案件${ordinary + simple}件（其中普通程序${ordinary}件、简易程序${simple}件）`;
  } else if (positive(ordinary)) cases = `办理普通程序行政处罚案件${ordinary}件`;
  else if (positive(simple)) cases = `办理简易程序行政处罚案件${simple}件`;
  const parts = [training, inspections, cases].filter((p): p is string => p !== null);
  return parts.length ? clauses(`全年${parts[0]}`, ...parts.slice(1)) : null;
}

function reviewSentence(d: LawEnforcement): string | null {
  const { reviews, problemsFound, problemsCorrected } = d.caseReview;
  const review = positive(reviews) ? `开展行政执法案卷评查${reviews}次` : null;
  let found: string | null = null;
  let corrected: string | null = null;
  if (problemsFound === 0) found = review ? "未发现问题" : null;
  else if (positive(problemsFound)) {
    found = `${review ? "" : "案卷评查"}发现问题${problemsFound}项`;
    if (problemsCorrected === problemsFound) corrected = "已全部整改";
    else if (problemsCorrected !== null) corrected = `已整改${problemsCorrected}项`;
  }
  return clauses(review, found, corrected);
}

/**
 * （六）严格规范公正文明执法: the reference's 一是…二是…三是… paragraph (an inline items block), then
 * the enforcement figures when entered, then any further prose.
 */
export function renderLawEnforcement(
  d: LawEnforcement,
  ctx: RenderContext<LawEnforcementSettings>,
): Block[] {
  const list = items(d);
  const figures = sentences(staffSentence(d, levelWords(ctx.org).whole), workSentence(d), reviewSentence(d));
  return [
    ...(list.length
      ? [{ type: "items" as const, style: "yishi" as const, layout: "inline" as const, items: list }]
      : []),
    ...paragraph(figures),
    ...paragraphsFromText(d.more),
  ];
}
