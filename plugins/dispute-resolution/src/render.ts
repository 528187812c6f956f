import {
  checkedPhrases,
  clauses,
  formatCount,
  formatQuantity,
  hasCount,
  formatRate,
  formatStatedRate,
  isStatedOnly,
  paragraph,
  paragraphsFromText,
  rateNotApplicable,
  type Block,
  type RenderContext,
  inlineText,
  levelWords,
  type LevelWords,
} from "@nianbao/sdk";
import { MEDIATION_KINDS, type DisputeResolution, type DisputeResolutionSettings } from "./schema.ts";

function mechanismClause(d: DisputeResolution): string | null {
  const kinds = checkedPhrases(d.mechanism, MEDIATION_KINDS);
  if (kinds.length === MEDIATION_KINDS.length) return `着力构建${kinds.join("、")}“三调联动”机制`;
  if (kinds.length > 1) return `着力构建${kinds.join("、")}联动机制`;
  return kinds.length ? `着力加强${kinds[0]}工作` : null;
}

/**
 * "2023年全镇共排查各类矛盾纠纷52起，受理50起，调处48起，成功化解47起，化解率94%" — only what was entered;
 * the accepted count (the rate's denominator) is printed when it differs from the disputes mediated, so the
 * printed rate always matches printed counts.
 */
function figureClauses(d: DisputeResolution, year: number, w: LevelWords): string[] {
  const unit = d.mediated.unit;
  const mediated = formatQuantity(d.mediated);
  const { numerator: resolved, denominator: accepted } = d.resolution;
  const hasRate = resolved !== null && accepted !== null && !rateNotApplicable(d.resolution);
  const out: string[] = [];
  const what = () => (out.length ? "" : "各类矛盾纠纷");
  if (hasCount(d.screened)) out.push(`排查${what()}${formatCount(d.screened, unit)}`);
  const acceptedIsMediated = d.mediated.qualifier === "" && d.mediated.value === accepted;
  if (hasRate && !acceptedIsMediated) out.push(`受理${what()}${accepted}${unit}`);
  if (mediated) out.push(`调处${what()}${mediated}`);
  if (hasRate) out.push(`成功化解${resolved}${unit}`, `化解率${formatRate(d.resolution)}`);
  else if (isStatedOnly(d.resolution)) out.push(`化解率${formatStatedRate(d.resolution)}`);
  if (out.length) out[0] = `${year}年${w.whole}共${out[0]}`;
  return out;
}

function adviserClauses(d: DisputeResolution, w: LevelWords): string[] {
  const a = d.advisers;
  const { numerator: covered, denominator: villages } = a.villages;
  const who = a.count !== null && a.count > 0 ? `${a.count}名` : "";
  let engaged: string | null = null;
  if (covered !== null && villages !== null && covered > 0 && villages > 0) {
    engaged =
      covered === villages
        ? `为${w.everyVillage}聘请法律顾问${who}`
        : `为${covered}个${w.village}聘请法律顾问${who}，${w.village}法律顾问覆盖率${formatRate(a.villages)}`;
  } else if (who) {
    engaged = `聘请${w.village}法律顾问${who}`;
  }
  return [a.lawFirmCooperation ? `${w.justiceOffice}积极与律师事务所加强协作` : "", engaged ?? ""];
}

function legalAidClauses(d: DisputeResolution): string[] {
  const { groups, cases, pledge } = d.legalAid;
  const g = groups.trim();
  const handled = cases !== null && cases > 0 ? `全年办理法律援助案件${cases}件` : null;
  const out: string[] = [];
  if (g) {
    out.push(pledge ? `对${g}的法律需求，确保应援尽援、应救尽救` : `积极回应${g}的法律需求`);
    if (handled) out.push(handled);
  } else {
    if (handled) out.push(handled);
    if (pledge) out.push(handled ? "确保应援尽援、应救尽救" : "法律援助做到应援尽援、应救尽救");
  }
  return out;
}

/**
 * （九）依法化解矛盾纠纷: one paragraph as in the reference report — mediation and its figures, then (after
 * "；") legal advisers and legal aid — followed by any further prose.
 */
export function renderDisputeResolution(
  d: DisputeResolution,
  ctx: RenderContext<DisputeResolutionSettings>,
): Block[] {
  const w = levelWords(ctx.org);
  const first = clauses(
    d.opening,
    mechanismClause(d),
    d.localResolution && `真正做到处理矛盾纠纷“${w.localResolution}”`,
    d.mediationCommittees !== null &&
      d.mediationCommittees > 0 &&
      `${w.whole}建有人民调解委员会${d.mediationCommittees}个`,
    ...figureClauses(d, ctx.year, w),
    inlineText(d.outcome),
  );
  const consultations = hasCount(d.consultations)
    ? `解答群众法律咨询${formatCount(d.consultations, "人次")}`
    : null;
  const second = clauses(...adviserClauses(d, w), consultations, ...legalAidClauses(d));
  const text = first && second ? `${first.slice(0, -1)}；${second}` : (first ?? second);
  return [...paragraph(text), ...paragraphsFromText(d.more)];
}
