import {
  checkedPhrases,
  clauses,
  ensureEnd,
  formatCount,
  formatMoney,
  formatPercent,
  formatQuantity,
  formatRate,
  formatStatedRate,
  hasCount,
  isStatedOnly,
  paragraph,
  paragraphsFromText,
  sentences,
  splitNames,
  levelWords,
  type Block,
  type Item,
  type RenderContext,
} from "@nianbao/sdk";
import { ENFORCEMENT_SYSTEMS, type LawEnforcement, type LawEnforcementSettings } from "./schema.ts";

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

/** "12人参加行政执法资格考试，通过11人，通过率91.7%" / "行政执法资格考试通过率95%以上"; nothing for 0/0. */
function examClause(d: LawEnforcement): string | null {
  const r = d.qualificationExam;
  const rate = formatStatedRate(r);
  if (rate === null || rate === "无") return null;
  if (r.denominator === null) return `行政执法资格考试通过率${rate}`;
  return `${r.denominator}人参加行政执法资格考试，通过${r.numerator}人，通过率${rate}`;
}

function staffSentence(d: LawEnforcement, whole: string): string | null {
  const more = [
    positive(d.newlyCertified) ? `本年度新增持证执法人员${d.newlyCertified}名` : null,
    examClause(d),
  ];
  const { numerator, denominator, percent, percentQualifier: q } = d.certification;
  if (isStatedOnly(d.certification)) {
    // "行政执法人员持证率达100%", "…持证率达95%以上", "…持证率近90%".
    const reaches = q === "" || q === "以上" ? "达" : "";
    return clauses(`${whole}行政执法人员持证率${reaches}${formatPercent(percent!, q)}`, ...more);
  }
  if (numerator === null || denominator === null) return clauses(...more);
  if (denominator === 0) return clauses(`${whole}暂无专职行政执法人员`, ...more);
  return clauses(
    `${whole}共有行政执法人员${denominator}名`,
    `其中持证${numerator}名`,
    `持证率${formatRate(d.certification)}`,
    ...more,
  );
}

function workSentence(d: LawEnforcement): string | null {
  const { sessions, participants } = d.training;
  const people = formatQuantity(participants);
  let training: string | null = null;
  if (positive(sessions))
    training = `组织执法培训${sessions}场${people && participants.value ? `、参训${people}` : ""}`;
  else if (sessions === null && people && participants.value) training = `参加执法培训${people}`;
  const inspections = hasCount(d.inspections) ? `开展执法检查${formatCount(d.inspections, "次")}` : null;
  const { ordinary, simple } = d.cases;
  let cases: string | null = null;
  if (positive(ordinary) && positive(simple)) {
    cases = `办理行政处罚案件${ordinary + simple}件（其中普通程序${ordinary}件、简易程序${simple}件）`;
  } else if (positive(ordinary)) cases = `办理普通程序行政处罚案件${ordinary}件`;
  else if (positive(simple)) cases = `办理简易程序行政处罚案件${simple}件`;
  const fines = (d.fines.value ?? 0) > 0 ? `罚款${formatMoney(d.fines)}` : null;
  const parts = [training, inspections, cases, fines].filter((p): p is string => p !== null);
  return parts.length ? clauses(`全年${parts[0]}`, ...parts.slice(1)) : null;
}

/** "落实包容审慎监管，依法不予处罚3件、从轻减轻处罚5件" — only what was entered. */
function lenientSentence(d: LawEnforcement): string | null {
  const { noPenalty, lighter } = d.lenient;
  const cases = [
    positive(noPenalty) ? `依法不予处罚${noPenalty}件` : null,
    positive(lighter) ? `从轻减轻处罚${lighter}件` : null,
  ].filter((c): c is string => c !== null);
  return cases.length ? clauses(`落实包容审慎监管，${cases.join("、")}`) : null;
}

function reviewSentence(d: LawEnforcement): string | null {
  const { reviews, problemsFound, problemsCorrected } = d.caseReview;
  const meetings = positive(d.reviewMeetings)
    ? `召开案审会${d.reviewMeetings}次，集体审议重大复杂案件`
    : null;
  const review = positive(reviews) ? `开展行政执法案卷评查${reviews}次` : null;
  let found: string | null = null;
  let corrected: string | null = null;
  if (problemsFound === 0) found = review ? "未发现问题" : null;
  else if (positive(problemsFound)) {
    found = `${review ? "" : "案卷评查"}发现问题${problemsFound}项`;
    if (problemsCorrected === problemsFound) corrected = "已全部整改";
    else if (problemsCorrected !== null) corrected = `已整改${problemsCorrected}项`;
  }
  return clauses(meetings, review, found, corrected);
}

/**
 * （六）严格规范公正文明执法: the reference's 一是…二是…三是… paragraph (an inline items block), then
 * the enforcement figures when entered, then any further prose.
 */
export function renderLawEnforcement(d: LawEnforcement, ctx: RenderContext<LawEnforcementSettings>): Block[] {
  const list = items(d);
  const figures = sentences(
    staffSentence(d, levelWords(ctx.org).whole),
    workSentence(d),
    lenientSentence(d),
    reviewSentence(d),
  );
  return [
    ...(list.length
      ? [{ type: "items" as const, style: "yishi" as const, layout: "inline" as const, items: list }]
      : []),
    ...paragraph(figures),
    ...paragraphsFromText(d.more),
  ];
}
