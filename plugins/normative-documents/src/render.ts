import {
  clauses,
  formatCount,
  formatRate,
  formatStatedPercent,
  formatStatedRate,
  hasCount,
  levelWords,
  statedRatePercent,
  type LevelWords,
  paragraph,
  paragraphsFromText,
  ratePercent,
  type Block,
  type RenderContext,
} from "@nianbao/sdk";
import { ratioOf, type NormativeDocuments, type NormativeDocumentsSettings } from "./schema.ts";

/** "报备率达100%" / "报备率为66.7%"; null when not entered (0/0 never gets here: see figureClauses). */
function ratePhrase(label: string, numerator: number | null, denominator: number | null): string | null {
  const r = ratioOf(numerator, denominator);
  const p = ratePercent(r);
  if (p === null) return null;
  return `${label}${p >= 100 ? "达" : "为"}${formatRate(r)}`;
}

/**
 * The 报备率 as stated when the counts are unknown: "报备率达100%", "报备率达90%以上", "报备率为95%",
 * "报备率近90%"; null when the counts give the rate or nothing is stated.
 */
function statedFiling(d: NormativeDocuments): string | null {
  const printed = formatStatedPercent(d.filingPercent);
  if (printed === null || (d.filed !== null && d.issued !== null)) return null;
  const { percent, percentQualifier: q } = d.filingPercent;
  const verb = q === "以上" || (q === "" && percent! >= 100) ? "达" : q === "" || q === "左右" ? "为" : "";
  return `报备率${verb}${printed}`;
}

/** The 报备率 in percent: from the counts, else as stated with no qualifier; null otherwise. */
function filingPercentOf(d: NormativeDocuments): number | null {
  const counted = ratePercent(ratioOf(d.filed, d.issued));
  if (counted !== null || statedFiling(d) === null) return counted;
  return d.filingPercent.percentQualifier === "" ? d.filingPercent.percent : null;
}

function figureClauses(d: NormativeDocuments): string[] {
  // No documents issued: the rates do not apply (0/0 → 无), so say so in words instead of any percentage.
  if (d.issued === 0) return ["全年未制发规范性文件"];
  const review = ratePercent(ratioOf(d.reviewed, d.issued));
  const filing = filingPercentOf(d);
  if (d.figures === "rates") {
    if (review === 100 && filing === 100) return ["规范性文件合法性审查率、报备率均达100%"];
    const rates = [
      ratePhrase("合法性审查率", d.reviewed, d.issued),
      ratePhrase("报备率", d.filed, d.issued) ?? statedFiling(d),
    ].filter((r): r is string => r !== null);
    return rates.map((r, i) => (i === 0 ? `规范性文件${r}` : r));
  }
  const out: string[] = [];
  if (d.issued !== null) out.push(`全年制发规范性文件${d.issued}件`);
  if (d.reviewed !== null) out.push(review === 100 ? "均经合法性审查" : `经合法性审查${d.reviewed}件`);
  if (d.filed !== null) out.push(`报送备案${d.filed}件`);
  const rate = ratePhrase("报备率", d.filed, d.issued) ?? statedFiling(d);
  if (rate) out.push(rate);
  return out;
}

function correctedClause(corrected: number | null): string | null {
  if (corrected === null) return null;
  return corrected === 0 ? "没有被上级机关责令纠正情况" : `被上级机关责令纠正${corrected}件`;
}

function cleanupClauses(d: NormativeDocuments): string[] {
  const { done, cleaned, repealed } = d.cleanup;
  const out: string[] = [];
  if (done) out.push("开展规范性文件清理工作");
  if (cleaned !== null && cleaned > 0) out.push(`共清理规范性文件${cleaned}件`);
  if (repealed !== null && repealed > 0) out.push(`废止和宣布失效${repealed}件`);
  return out;
}

/**
 * "镇党委、镇政府出台的12件各类文件全部经过合法性审查" / "…出台各类文件12件，经合法性审查11件，审查率91.7%" /
 * "镇党委、镇政府出台文件合法性审查率达100%" (stated only); no documents (0/0): nothing.
 */
function documentsClause(d: NormativeDocuments, w: LevelWords): string | null {
  const r = d.legalityReview.documents;
  const who = w.partyAndGovernment;
  if (r.denominator !== null) {
    if (r.denominator === 0 || r.numerator === null) return null;
    if (r.numerator === r.denominator) return `${who}出台的${r.denominator}件各类文件全部经过合法性审查`;
    return `${who}出台各类文件${r.denominator}件，经合法性审查${r.numerator}件，审查率${formatRate(r)}`;
  }
  const stated = formatStatedRate(r);
  if (stated === null) return null;
  return `${who}出台文件合法性审查率${statedRatePercent(r) === 100 && !r.percentQualifier ? "达" : ""}${stated}`;
}

/** "审查镇政府签订的各类合同30余份". */
function contractsClause(d: NormativeDocuments, w: LevelWords): string | null {
  const c = d.legalityReview.contracts;
  return hasCount(c) ? `审查${w.government}签订的各类合同${formatCount(c, "份")}` : null;
}

/** （三）完善依法执政制度体系: one paragraph in the register of the reference report, then any further prose. */
export function renderNormativeDocuments(
  d: NormativeDocuments,
  ctx: RenderContext<NormativeDocumentsSettings>,
): Block[] {
  const w = levelWords(ctx.org);
  const { whole } = w;
  const filing = clauses(
    d.filingNormal && `${whole}规范性文件报备工作正常开展`,
    ...figureClauses(d),
    correctedClause(d.corrected),
  );
  const cleanup = clauses(...cleanupClauses(d));
  const registered = d.registered ? "所有文件有专门工作人员登记备案，妥善保管。" : null;
  const review = clauses(documentsClause(d, w), contractsClause(d, w));
  const text = [filing, review, cleanup, registered].filter(Boolean).join("");
  return [...paragraph(text), ...paragraphsFromText(d.more)];
}
