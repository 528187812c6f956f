import {
  leadInItems,
  asOfClause,
  clauses,
  formatCount,
  formatStatedRate,
  hasCount,
  levelWords,
  paragraph,
  rateNotApplicable,
  type Block,
  type QualifiedCount,
  type RenderContext,
  type StatedRate,
} from "@nianbao/sdk";
import type { SafetyPetitions, SafetyPetitionsSettings } from "./schema.ts";

const rateText = (r: StatedRate) => (rateNotApplicable(r) ? null : formatStatedRate(r));

/** "受理…32件，办结30件" — "已全部办结" when every one (an exact count) was. */
function receivedResolved(
  what: string,
  received: QualifiedCount,
  resolved: number | null,
  unit: string,
): string[] {
  if (!hasCount(received)) return [];
  const out = [`受理${what}${formatCount(received, unit, { over: "超过" })}`];
  if (resolved !== null)
    out.push(
      received.qualifier === "" && resolved === received.value ? "已全部办结" : `办结${resolved}${unit}`,
    );
  return out;
}

function safetyClauses(d: SafetyPetitions, whole: string): string[] {
  const s = d.safety;
  const out: string[] = [];
  if (hasCount(s.risksScreened)) {
    out.push(`${whole}共排查矛盾风险隐患${formatCount(s.risksScreened, "处")}`);
    if (s.risksResolved !== null) out.push(`化解整改${s.risksResolved}处`);
  }
  if (s.noMajorIncidents)
    out.push(`全年${out.length ? "" : `${whole}`}未发生重大群体性事件、重大刑事案件和重大安全事故`);
  return out;
}

function petitionClauses(d: SafetyPetitions): string[] {
  const p = d.petitions;
  const out = receivedResolved("群众来信来访", p.received, p.resolved, "件");
  const onTime = rateText(p.onTime);
  if (onTime) out.push(`按期办结率${onTime === "100%" ? "达" : "为"}${onTime}`);
  if (p.noEscalation) out.push("未发生进京赴省越级上访");
  return out;
}

function hotlineClauses(d: SafetyPetitions): string[] {
  const h = d.hotline;
  const out = receivedResolved("12345政务服务便民热线工单", h.received, h.resolved, "件");
  const satisfied = rateText(h.satisfaction);
  if (satisfied) out.push(`群众满意率${satisfied}`);
  return out;
}

/** 平安建设与信访: safety, petitions and the 12345 hotline in the register of real reports, then the measures. */
export function renderSafetyPetitions(
  d: SafetyPetitions,
  ctx: RenderContext<SafetyPetitionsSettings>,
): Block[] {
  const w = levelWords(ctx.org);
  const [firstSafety, ...safety] = safetyClauses(d, w.whole);
  const safetyText = clauses(d.opening, asOfClause(d.asOf, firstSafety ?? null), ...safety);
  const [firstPetition, ...petitions] = [...petitionClauses(d), ...hotlineClauses(d)];
  const petitionText = clauses(
    safetyText ? firstPetition : asOfClause(d.asOf, firstPetition ?? null),
    ...petitions,
  );
  return leadInItems(paragraph([safetyText, petitionText].filter(Boolean).join("")), d.measures, d.more, {
    layout: "inline",
  });
}
