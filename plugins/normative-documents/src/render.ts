import {
  clauses,
  levelWords,
  formatRate,
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

function figureClauses(d: NormativeDocuments): string[] {
  // No documents issued: the rates do not apply (0/0 → 无), so say so in words instead of any percentage.
  if (d.issued === 0) return ["全年未制发规范性文件"];
  const review = ratePercent(ratioOf(d.reviewed, d.issued));
  const filing = ratePercent(ratioOf(d.filed, d.issued));
  if (d.figures === "rates") {
    if (review === 100 && filing === 100) return ["规范性文件合法性审查率、报备率均达100%"];
    const rates = [
      ratePhrase("合法性审查率", d.reviewed, d.issued),
      ratePhrase("报备率", d.filed, d.issued),
    ].filter((r): r is string => r !== null);
    return rates.map((r, i) => (i === 0 ? `规范性文件${r}` : r));
  }
  const out: string[] = [];
  if (d.issued !== null) out.push(`全年制发规范性文件${d.issued}件`);
  if (d.reviewed !== null) out.push(review === 100 ? "均经合法性审查" : `经合法性审查${d.reviewed}件`);
  if (d.filed !== null) out.push(`报送备案${d.filed}件`);
  const rate = ratePhrase("报备率", d.filed, d.issued);
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

/** （三）完善依法执政制度体系: one paragraph in the register of the reference report, then any further prose. */
export function renderNormativeDocuments(
  d: NormativeDocuments,
  ctx: RenderContext<NormativeDocumentsSettings>,
): Block[] {
  const { whole } = levelWords(ctx.org);
  const filing = clauses(
    d.filingNormal && `${whole}规范性文件报备工作正常开展`,
    ...figureClauses(d),
    correctedClause(d.corrected),
  );
  const cleanup = clauses(...cleanupClauses(d));
  const registered = d.registered ? "所有文件有专门工作人员登记备案，妥善保管。" : null;
  const text = [filing, cleanup, registered].filter(Boolean).join("");
  return [...paragraph(text), ...paragraphsFromText(d.more)];
}
