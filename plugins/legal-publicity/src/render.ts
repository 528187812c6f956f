import {
  leadInItems,
  checkedPhrases,
  clauses,
  formatCount,
  formatStatedRate,
  hasCount,
  levelWords,
  paragraph,
  rateNotApplicable,
  statedRatePercent,
  type Block,
  type LevelWords,
  type RenderContext,
} from "@nianbao/sdk";
import { CULTURE_SITES, type LegalPublicity, type LegalPublicitySettings } from "./schema.ts";

function responsibility(d: LegalPublicity, w: LevelWords): string | null {
  if (!d.responsibilityList) return null;
  const units =
    d.listedUnits !== null && d.listedUnits > 0
      ? `，将${d.listedUnits}个单位纳入普法责任清单`
      : "，制定普法责任清单";
  return `${w.whole}严格落实“谁执法谁普法”普法责任制${units}`;
}

function activityClauses(d: LegalPublicity): string[] {
  const themes = d.themes.trim();
  const out: string[] = [];
  const activities = formatCount(d.activities, "场");
  if (hasCount(d.activities)) out.push(`${themes ? `以${themes}为契机，` : ""}开展普法宣传活动${activities}`);
  else if (themes) out.push(`以${themes}为契机开展普法宣传`);
  if (hasCount(d.lectures)) out.push(`举办法治讲座${formatCount(d.lectures, "场")}`);
  if (hasCount(d.materials)) out.push(`发放宣传资料${formatCount(d.materials, "份")}`);
  if (hasCount(d.peopleReached))
    out.push(`受教育群众${formatCount(d.peopleReached, "人次", { over: "超过" })}`);
  return out;
}

function cultureClause(d: LegalPublicity): string | null {
  const kinds = checkedPhrases(d.cultureKinds, CULTURE_SITES);
  const n = d.cultureSites !== null && d.cultureSites > 0 ? `${d.cultureSites}个` : "";
  if (!kinds.length && !n) return null;
  return `建成${kinds.length ? `${kinds.join("、")}等` : ""}法治文化阵地${n}`;
}

function understanderClauses(d: LegalPublicity, w: LevelWords): string[] {
  const out: string[] = [];
  if (d.legalUnderstanders !== null && d.legalUnderstanders > 0)
    out.push(`培育“法律明白人”${d.legalUnderstanders}名`);
  const cov = d.understanderCoverage;
  if (!rateNotApplicable(cov) && statedRatePercent(cov) !== null) {
    out.push(
      statedRatePercent(cov) === 100
        ? `实现${w.everyVillage}“法律明白人”全覆盖`
        : `“法律明白人”${w.village}覆盖率${formatStatedRate(cov)}`,
    );
  }
  return out;
}

/** 法治宣传教育: responsibility, campaigns and their reach, culture sites and 法律明白人, then the measures. */
export function renderLegalPublicity(d: LegalPublicity, ctx: RenderContext<LegalPublicitySettings>): Block[] {
  const w = levelWords(ctx.org);
  const first = clauses(d.opening, responsibility(d, w), ...activityClauses(d));
  const second = clauses(cultureClause(d), ...understanderClauses(d, w));
  return leadInItems(paragraph([first, second].filter(Boolean).join("")), d.measures, d.more, {
    layout: "inline",
  });
}
