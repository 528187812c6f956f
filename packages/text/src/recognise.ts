import type { Qualifier } from "@nianbao/sdk";
import type { CatalogFigure, FigureCatalog } from "./catalog.ts";

/**
 * The figure recogniser: finds the figures typed as plain text in a paragraph ("共调处矛盾纠纷37起",
 * "参训率达94.7%", "1500余件", "超200人", "1.2万元") with their offsets and parsed value, and the catalog
 * figure each most likely is — by unit, value, label and the words just before it — with a confidence in
 * 0..1. Pure; the editor offers the best match for one-click binding, the importer binds above a threshold.
 */

export interface ParsedFigure {
  /** The number as written, in the unit (1.2万人 → 12000, 1.2万元 → 1.2 with unit 万元). */
  number: number;
  qualifier: Qualifier;
  /** The unit as written ("起", "名", "万元", "%"); "" when none. */
  unit: string;
  percent: boolean;
}

export interface FigureMatch {
  key: string;
  confidence: number;
}

export interface RecognisedFigure {
  /** Offsets in the paragraph's text: [start, end). `text` is what they cover (qualifier words included). */
  start: number;
  end: number;
  text: string;
  value: ParsedFigure;
  /** The best catalog figure, or null when none fits. */
  match: FigureMatch | null;
  /** Every fitting catalog figure, best first (the editor lists them). */
  candidates: FigureMatch[];
}

/** Units townships write after a figure, longest first so that 人次 wins over 人. */
export const FIGURE_UNITS = [
  "个百分点",
  "平方公里",
  "平方米",
  "万余元",
  "亿元",
  "万元",
  "千元",
  "元",
  "人次",
  "户次",
  "余次",
  "小时",
  "公里",
  "个",
  "件",
  "起",
  "次",
  "名",
  "人",
  "场",
  "项",
  "户",
  "份",
  "条",
  "篇",
  "期",
  "批",
  "家",
  "所",
  "处",
  "亩",
  "天",
  "卷",
  "本",
  "册",
  "册次",
  "场次",
  "课时",
  "部",
  "台",
  "辆",
  "支",
  "座",
  "块",
  "张",
  "宗",
  "单",
  "轮",
  "组",
  "位",
  "村",
  "余",
].sort((a, b) => b.length - a.length);

/** Units that count the same thing and may stand for each other (a field in 名 written as 人). */
const SAME_UNIT: ReadonlyArray<ReadonlySet<string>> = [
  new Set(["名", "人", "位"]),
  new Set(["件", "起", "宗"]),
  new Set(["次", "场", "场次", "期", "轮"]),
];

function unitsFit(a: string, b: string): number {
  if (a === b) return 1;
  if (SAME_UNIT.some((s) => s.has(a) && s.has(b))) return 0.6;
  return 0;
}

const UNIT_ALT = FIGURE_UNITS.filter((u) => u !== "余")
  .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
/**
 * A figure: an optional leading qualifier, the number (half- or full-width digits, decimals, 万/亿), an
 * optional 余/多, then a unit or a percent sign, then an optional 以上/左右.
 */
const FIGURE = new RegExp(
  `(将近|接近|超过|达到|近|约|超|逾|达|共计|共|累计)?` +
    `([0-9０-９]+(?:[.．][0-9０-９]+)?)` +
    `(万|亿)?` +
    `(余|多)?` +
    `(%|％|${UNIT_ALT})?` +
    `(以上|左右|多)?`,
  "g",
);

const toAscii = (s: string) =>
  s.replace(/[０-９．]/g, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

const LEAD_QUALIFIER: Record<string, Qualifier> = {
  将近: "近",
  接近: "近",
  近: "近",
  约: "约",
  超过: "超",
  超: "超",
  逾: "超",
  达到: "达",
  达: "达",
};

/** Find the figures in a paragraph's plain text (without matching them to a catalog). */
export function findFigures(text: string): Array<Omit<RecognisedFigure, "match" | "candidates">> {
  const out: Array<Omit<RecognisedFigure, "match" | "candidates">> = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, lead, digits, mag, more, unitRaw, after] = m;
    if (!digits) continue;
    const start = m.index;
    const numStart = start + (lead?.length ?? 0);
    const end = start + whole.length;
    const before = text.slice(Math.max(0, numStart - 1), numStart);
    const next = text.slice(end, end + 1);
    // Not figures: part of a longer number or word (ASCII letters), ordinals (第3次), years, dates and times,
    // document numbers (〔2023〕5号), list numbers ("1." "（1）").
    if (/[0-9A-Za-z.．]/.test(before) || before === "第") continue;
    if (!unitRaw && !mag && /^[年月日号时点]/.test(next)) continue;
    if (!unitRaw && /[〔[（(]/.test(before) && /[〕\]）)]/.test(next)) continue;
    if (!unitRaw && !mag && !more) continue; // a bare number is not a figure of a report
    // A requirement or a target ("每季度至少学法1次", "不少于4次") is not a figure of the year.
    if (/至少|不少于|不低于|不超过|每[年季月周天]/.test(text.slice(Math.max(0, start - 6), start))) continue;
    let unit = unitRaw ?? "";
    let number = Number(toAscii(digits));
    if (mag === "亿" && unit === "元") unit = "亿元";
    else if (mag === "万" && unit === "元") unit = "万元";
    else if (mag) number *= mag === "万" ? 10_000 : 100_000_000;
    if (unit === "万余元") unit = "万元";
    const percent = unit === "%" || unit === "％";
    if (percent) unit = "%";
    let qualifier: Qualifier = lead ? (LEAD_QUALIFIER[lead] ?? "") : "";
    if (more || after === "以上" || after === "多" || unitRaw === "万余元") qualifier = "余";
    if (after === "左右") qualifier = "约";
    if (unit === "余") {
      unit = "";
      qualifier = "余";
    }
    // A leading 共/累计 is a neighbouring word, not part of the figure.
    const ownStart = lead && !(lead in LEAD_QUALIFIER) ? numStart : start;
    out.push({
      start: ownStart,
      end,
      text: text.slice(ownStart, end),
      value: { number, qualifier, unit, percent },
    });
  }
  return out;
}

/** Character bigrams of a label (its single characters when it has one). */
function bigrams(s: string): string[] {
  const chars = [...s.replace(/[\s（）()、，。]/g, "")];
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/**
 * How much of a label the words around a figure carry, 0..1: mostly the share of its bigrams found there,
 * a little the share of its characters (so that 制发 leans to 制定 rather than 报备).
 */
export function labelFit(label: string, context: string): number {
  const grams = bigrams(label);
  if (grams.length === 0 || !context) return 0;
  const found = grams.filter((g) => context.includes(g)).length;
  const chars = [...new Set(label)];
  const charShare = chars.filter((c) => context.includes(c)).length / chars.length;
  let fit = found === 0 ? 0 : 0.75 * (found / grams.length) + 0.25 * charShare;
  // The last character of a label names the thing counted (率, 数, 员): worth a little on its own.
  const tail = label.replace(/[数量]$/, "").at(-1);
  if (fit === 0 && tail && context.includes(tail)) fit = 0.15;
  return Math.min(1, fit);
}

/** The clause after a figure (the label sometimes follows: "12个村均建立了人民调解委员会"). */
function contextAfter(text: string, end: number): string {
  const piece = text.slice(end, end + 16);
  const cut = piece.search(/[。；，]/);
  return cut >= 0 ? piece.slice(0, cut) : piece;
}

/** The words a figure belongs to: the clause before it, back to the previous figure or punctuation. */
function contextBefore(text: string, start: number, prevEnd: number): string {
  const from = Math.max(prevEnd, start - 24);
  const piece = text.slice(from, start);
  const cut = Math.max(
    piece.lastIndexOf("。"),
    piece.lastIndexOf("；"),
    piece.lastIndexOf("，"),
    piece.lastIndexOf("、"),
  );
  const clause = cut >= 0 ? piece.slice(cut + 1) : piece;
  // A clause that is only a qualifier or "共" borrows the words of the clause before it.
  return clause.replace(/[共计累达近约超余]/g, "").length >= 2 ? clause : piece;
}

function valueFit(f: ParsedFigure, c: CatalogFigure): number {
  if (c.number === null) return c.value === null ? 0.3 : 0; // an empty field may still be the one meant
  const same = c.kind === "rate" ? Math.abs(c.number - f.number) < 0.051 : c.number === f.number;
  if (!same) return 0;
  return f.qualifier === c.qualifier || (c.kind === "rate" && f.qualifier === "达") ? 1 : 0.8;
}

function unitFit(f: ParsedFigure, c: CatalogFigure): number {
  if (c.kind === "rate") return f.percent ? 1 : 0;
  if (f.percent) return 0;
  if (!f.unit) return 0.4;
  return unitsFit(f.unit, c.unit);
}

/** Score every catalog figure for one recognised figure; the fitting ones, best first. */
export function scoreCandidates(
  f: ParsedFigure,
  context: string,
  catalog: FigureCatalog,
  after = "",
): FigureMatch[] {
  const out: FigureMatch[] = [];
  for (const c of catalog) {
    const unit = unitFit(f, c);
    if (unit === 0) continue;
    const value = valueFit(f, c);
    const label = Math.max(labelFit(c.label["zh-CN"], context), 0.8 * labelFit(c.label["zh-CN"], after));
    if (value === 0 && label < 0.5) continue;
    const confidence = Math.min(1, 0.35 * value + 0.15 * unit + 0.5 * label);
    out.push({ key: c.key, confidence: Math.round(confidence * 100) / 100 });
  }
  return out.sort((a, b) => b.confidence - a.confidence);
}

/** The least confidence at which the recogniser names a best match (the editor offers it, the importer binds). */
export const MATCH_THRESHOLD = 0.6;

/**
 * Recognise the figures typed in a paragraph and match each to the catalog. A best match is given when its
 * confidence reaches MATCH_THRESHOLD and it is clearly ahead of the next candidate; each catalog figure is
 * given to at most one figure of the paragraph (the one it fits best).
 */
export function recogniseFigures(text: string, catalog: FigureCatalog): RecognisedFigure[] {
  const found = findFigures(text);
  const scored = found.map((f, i) => {
    const context = contextBefore(text, f.start, i > 0 ? found[i - 1]!.end : 0);
    return { ...f, candidates: scoreCandidates(f.value, context, catalog, contextAfter(text, f.end)) };
  });
  // Each key goes to the figure that fits it best.
  const bestFor = new Map<string, { index: number; confidence: number }>();
  scored.forEach((f, index) => {
    for (const c of f.candidates) {
      const prev = bestFor.get(c.key);
      if (!prev || c.confidence > prev.confidence) bestFor.set(c.key, { index, confidence: c.confidence });
    }
  });
  return scored.map((f, index) => {
    const own = f.candidates.filter((c) => bestFor.get(c.key)?.index === index);
    const [best, second] = own;
    const clear =
      best && best.confidence >= MATCH_THRESHOLD && (!second || best.confidence - second.confidence >= 0.015);
    return { ...f, match: clear ? best : null };
  });
}
