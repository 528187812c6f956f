import {
  checkedPhrases,
  clauses,
  formatQuantity,
  joinList,
  paragraph,
  paragraphsFromText,
  type Block,
  type RenderContext,
  inlineText,
  levelWords,
  type LevelWords,
} from "@nianbao/sdk";
import { DISCLOSURE_SYSTEMS, type Disclosure, type DisclosureSettings } from "./schema.ts";

function systemsClause(d: Disclosure): string | null {
  const names = [...checkedPhrases(d.systems, DISCLOSURE_SYSTEMS)];
  const other = d.otherSystems.trim();
  if (other)
    names.push(
      ...other
        .split(/[、，,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    );
  return names.length ? `进一步建立健全${joinList(names, "和")}等工作制度` : null;
}

function figureClauses(d: Disclosure): string[] {
  const out: string[] = [];
  const proactive = formatQuantity(d.proactiveItems);
  if (proactive) out.push(`全年主动公开政府信息${proactive}`);
  const { received, answered } = d.requests;
  if (received === 0) out.push("未收到政府信息公开申请");
  else if (received !== null) {
    out.push(`受理政府信息公开申请${received}件`);
    if (answered !== null) out.push(answered === received ? "均已依法按时答复" : `依法答复${answered}件`);
  }
  return out;
}

function villageClause(d: Disclosure, w: LevelWords): string | null {
  const { numerator, denominator } = d.villageDisclosure;
  if (numerator === null || denominator === null || denominator === 0 || numerator === 0) return null;
  const { whole, village, villageAffairs } = w;
  return numerator === denominator
    ? `在${whole}${denominator}个${village}全部推行了${villageAffairs}`
    : `${whole}${denominator}个${village}中${numerator}个${village}推行了${villageAffairs}`;
}

/** （八）全面推进政务公开: one paragraph in the register of the reference report, then any further prose. */
export function renderDisclosure(d: Disclosure, ctx: RenderContext<DisclosureSettings>): Block[] {
  const w = levelWords(ctx.org);
  const problems = d.problemAreas.trim();
  const rules = d.ruleAreas.trim();
  const village = [
    rules && `${w.whole}${w.everyVillage}、各单位从实际出发，在${rules}等诸多方面制订了各项规章制度`,
    villageClause(d, w),
    inlineText(d.villageOutcome),
  ];
  // "针对……的问题" only leads into what was done about it, never stands alone.
  const lead = problems && village.some(Boolean) ? `针对${w.we}${problems}矛盾纠纷突出的问题` : null;
  const text = [
    clauses(d.opening),
    clauses(systemsClause(d), inlineText(d.systemsOutcome)),
    clauses(...figureClauses(d)),
    clauses(lead, ...village),
  ]
    .filter(Boolean)
    .join("");
  return [...paragraph(text), ...paragraphsFromText(d.more)];
}
