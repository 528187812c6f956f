import {
  leadInItems,
  asOfClause,
  clauses,
  formatStatedRate,
  levelWords,
  paragraph,
  rateNotApplicable,
  type Block,
  type RenderContext,
} from "@nianbao/sdk";
import type { ReconsiderationLitigation, ReconsiderationLitigationSettings } from "./schema.ts";

const positive = (n: number | null): n is number => n !== null && n > 0;

/** "收到行政复议申请3件，已全部办结，其中被纠错1件" / "未发生行政复议案件"; null when nothing entered. */
function reconsiderationClause(r: ReconsiderationLitigation["reconsideration"]): string | null {
  if (r.received === 0) return "未发生以政府为被申请人的行政复议案件";
  if (!positive(r.received)) return null;
  const out = [`收到行政复议申请${r.received}件`];
  if (r.concluded !== null) out.push(r.concluded === r.received ? "已全部办结" : `办结${r.concluded}件`);
  if (r.corrected !== null) out.push(r.corrected === 0 ? "无被纠错案件" : `其中被纠错${r.corrected}件`);
  return out.join("，");
}

function litigationClauses(l: ReconsiderationLitigation["litigation"], government: string): string[] {
  const rate = l.appearance;
  const printed = rateNotApplicable(rate) ? null : formatStatedRate(rate);
  const appearance = printed && `行政机关负责人出庭应诉率${printed === "100%" ? "达" : "为"}${printed}`;
  if (l.cases === 0) return [`全年未发生以${government}为被告的行政诉讼案件`];
  if (!positive(l.cases)) return appearance ? [appearance] : [];
  const out = [`办理行政应诉案件${l.cases}件`];
  if (l.concluded !== null) out.push(l.concluded === l.cases ? "已全部审结" : `审结${l.concluded}件`);
  if (l.lost !== null) out.push(l.lost === 0 ? "无败诉案件" : `败诉${l.lost}件`);
  if (appearance) out.push(appearance);
  return out;
}

/** 行政复议与行政应诉: a paragraph of figures in the register of real reports, the measures, further prose. */
export function renderReconsiderationLitigation(
  d: ReconsiderationLitigation,
  ctx: RenderContext<ReconsiderationLitigationSettings>,
): Block[] {
  const w = levelWords(ctx.org);
  const figures = [
    reconsiderationClause(d.reconsideration),
    ...litigationClauses(d.litigation, w.government),
  ].filter((c): c is string => !!c);
  const lead = figures.length ? asOfClause(d.asOf, `${w.whole}${figures[0]}`) : null;
  const text = clauses(d.opening, lead, ...figures.slice(1));
  return leadInItems(paragraph(text), d.measures, d.more, { layout: "inline" });
}
