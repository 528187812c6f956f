import { OPENS, toLines, type Line } from "./lines.ts";

/** What stands around the body: title, issuer(s), 文号, date, addressee, and the township the title names. */
export interface FrontMatter {
  title: string | null;
  issuers: string[];
  docNumber: string | null;
  /** ISO yyyy-mm-dd of the signature date. */
  date: string | null;
  addressee: string | null;
  /** The township the title (or the issuer) names: 荆竹铺镇, 水西门街道, 白沙乡; null when none. */
  org: string | null;
  /** The report year the title names. */
  year: number | null;
}

/** A unit of the body that is matched to one template section. */
export interface ParsedUnit {
  id: string;
  /** opening: before part 一; part: a part without sections; section: （一）; item: one 一是 of a topical run. */
  kind: "opening" | "part" | "section" | "item";
  /** The heading of the part the unit is in ("工作开展情况"); for a part unit, its own heading. */
  partHeading: string | null;
  /** As written, without its number: "完善依法执政制度体系方面"; null for the opening. */
  heading: string | null;
  /** "一、", "（三）", "一是"; null for the opening. */
  numbering: string | null;
  /** The body, lines as written (a run-in heading's rest is the first line). */
  lines: Line[];
  /** A part that holds sections or topical items: only its heading; it is matched to a template part, not a section. */
  container?: boolean;
}

export interface ParsedReport {
  front: FrontMatter;
  units: ParsedUnit[];
  /** Every line of the input after tidying, for measuring how much of the text is preserved. */
  allLines: Line[];
}

const NUM = "[一二三四五六七八九十]+";
const PART = new RegExp(`^(${NUM})[、．.]\\s*(.+)$`);
const SECTION = new RegExp(`^[（(](${NUM})[）)]\\s*(.+)$`);
const YISHI = new RegExp(`^(${NUM})是(.+)$`);
const DOC_NUMBER = /^[\u4e00-\u9fa5]{1,12}[〔[［(（]\d{4}[〕\]］)）]\s*\d+\s*号$/;
const DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const ISSUER = /(人民政府|党委|委员会|党工委|办事处|政府)$/;
const TITLE = /报告$|(法治政府建设|法治建设).*(情况|报告)/;

function cnNumber(s: string): number {
  if (s === "十") return 10;
  if (s.startsWith("十")) return 10 + (CN_DIGITS[s[1]!] ?? 0);
  if (s.includes("十")) return (CN_DIGITS[s[0]!] ?? 0) * 10 + (CN_DIGITS[s[2] ?? ""] ?? 0);
  return Number([...s].map((c) => CN_DIGITS[c] ?? "").join(""));
}

/** "2024年1月15日" or "二〇二四年一月十五日" → "2024-01-15"; null when the line is not a date. */
export function parseDate(line: string): string | null {
  const m = DATE.exec(line);
  if (m) return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  const c =
    /^([〇零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(
      line,
    );
  if (!c) return null;
  return `${cnNumber(c[1]!)}-${String(cnNumber(c[2]!)).padStart(2, "0")}-${String(cnNumber(c[3]!)).padStart(2, "0")}`;
}

/** The township a title or an issuer names: "武冈市荆竹铺镇人民政府关于…" → 荆竹铺镇. */
export function orgFromTitle(text: string): string | null {
  const t = text.replace(/\d{4}\s*年(度)?/g, "").replace(/^中共/, "");
  const tail = "(?:党委|党工委|人民政府|办事处|政府|委员会|关于|法治|$|\\d|年)";
  const name = "([\\u4e00-\\u9fa5]{1,8}?(?:街道|镇|乡))";
  const m = new RegExp(`[市县区旗]${name}${tail}`).exec(t) ?? new RegExp(`^${name}${tail}`).exec(t);
  return m ? m[1]! : null;
}

/** Split a heading that runs into its paragraph: "完善依法执政制度体系方面。全镇…" → heading and rest. */
export function splitRunIn(text: string): { heading: string; rest: string | null } {
  const i = text.search(/[。：:]/);
  if (i < 0 || i === text.length - 1) return { heading: text.replace(/[。：:]$/, ""), rest: null };
  if (i > 40) return { heading: text, rest: null };
  return { heading: text.slice(0, i), rest: text.slice(i + 1) };
}

/** A part whose heading names the measures and results as a whole: its 一是 run may hold one topic per item. */
const GENERIC_PART =
  /举措|成效|工作开展|开展情况|主要做法|工作情况|主要工作|建设情况|取得的成[效绩]|工作成效/;

function frontMatter(lines: Line[]): { front: FrontMatter; start: number; end: number } {
  const front: FrontMatter = {
    title: null,
    issuers: [],
    docNumber: null,
    date: null,
    addressee: null,
    org: null,
    year: null,
  };
  let start = 0;
  for (; start < Math.min(lines.length, 8); start++) {
    const l = lines[start]!;
    if (l.kind !== "text") break;
    const t = l.text;
    if (OPENS.test(t)) break;
    if (DOC_NUMBER.test(t)) front.docNumber = t.replace(/\s+/g, "");
    else if (!front.title && TITLE.test(t) && t.length <= 60 && !/。/.test(t)) front.title = t;
    else if (t.length <= 40 && ISSUER.test(t.replace(/\s+/g, "")))
      front.issuers.push(...t.split(/\s{1,}|、/).filter(Boolean));
    else if (t.length <= 40 && /[：:]$/.test(t) && !/如下/.test(t)) front.addressee = t;
    else if (parseDate(t)) front.date = parseDate(t);
    else break;
  }
  // The signature and date at the end.
  let end = lines.length;
  const signers: string[] = [];
  while (end > start) {
    const l = lines[end - 1]!;
    if (l.kind !== "text") break;
    const t = l.text.replace(/\s+/g, "");
    if (parseDate(t)) front.date = parseDate(t);
    else if (t.length <= 30 && ISSUER.test(t)) signers.unshift(t);
    else break;
    end--;
  }
  front.issuers = [...new Set([...front.issuers, ...signers])];
  front.org = orgFromTitle(front.title ?? "") ?? front.issuers.map(orgFromTitle).find((o) => o) ?? null;
  const y = /(\d{4})\s*年/.exec(front.title ?? "");
  front.year = y ? Number(y[1]) : null;
  return { front, start, end };
}

/** Read a report's text into its front matter and the units to match (opening, parts, sections, items). */
export function parseReport(raw: string): ParsedReport {
  const allLines = toLines(raw);
  const { front, start, end } = frontMatter(allLines);
  const units: ParsedUnit[] = [];
  let part: ParsedUnit | null = null; // the current part (a unit until it turns out to hold sections)
  let current: ParsedUnit = {
    id: "u0",
    kind: "opening",
    partHeading: null,
    heading: null,
    numbering: null,
    lines: [],
  };
  units.push(current);
  const open = (u: Omit<ParsedUnit, "id">) => {
    current = { ...u, id: `u${units.length}` };
    units.push(current);
    return current;
  };
  for (const line of allLines.slice(start, end)) {
    const text = line.kind === "text" ? line.text : null;
    const p = text ? PART.exec(text) : null;
    const s = text ? SECTION.exec(text) : null;
    if (p) {
      const { heading, rest } = splitRunIn(p[2]!);
      part = open({
        kind: "part",
        partHeading: heading,
        heading,
        numbering: `${p[1]}、`,
        lines: rest ? [{ kind: "text", text: rest }] : [],
      });
    } else if (s) {
      const { heading, rest } = splitRunIn(s[2]!);
      open({
        kind: "section",
        partHeading: part?.heading ?? null,
        heading,
        numbering: `（${s[1]}）`,
        lines: rest ? [{ kind: "text", text: rest }] : [],
      });
    } else {
      current.lines.push(line);
    }
  }
  const split = splitTopicalRuns(units);
  // A part's introduction before its first section goes with that section.
  split.forEach((u, i) => {
    if (u.kind === "part" && hasSectionsAfter(split, i)) {
      u.container = true;
      split[i + 1]!.lines.unshift(...u.lines);
      u.lines = [];
    }
  });
  return { front, units: split.filter((u) => u.kind !== "opening" || u.lines.length > 0), allLines };
}

function hasSectionsAfter(units: ParsedUnit[], i: number): boolean {
  const next = units[i + 1];
  return !!next && (next.kind === "section" || next.kind === "item");
}

/** The run-in heading of a 一是 item: up to its first full stop, or its first clause when the sentence runs long. */
function itemHeading(body: string): string {
  const dot = body.search(/[。：:]/);
  if (dot >= 0 && dot <= 30) return body.slice(0, dot);
  const comma = body.search(/[，,；;]/);
  return comma >= 0 ? body.slice(0, comma) : body.slice(0, 30);
}

/**
 * A part headed as the measures as a whole ("一、2023年法治政府建设主要举措和成效") with no （一） sections but
 * a 一是…二是… run: each item is a topic of its own, matched on its run-in heading.
 */
function splitTopicalRuns(units: ParsedUnit[]): ParsedUnit[] {
  const hasSections = new Set(units.filter((u) => u.kind === "section").map((u) => u.partHeading));
  const out: ParsedUnit[] = [];
  for (const u of units) {
    const items = u.lines.filter((l) => l.kind === "text" && YISHI.test(l.text)).length;
    if (u.kind !== "part" || hasSections.has(u.heading) || items < 2 || !GENERIC_PART.test(u.heading ?? "")) {
      out.push(u);
      continue;
    }
    let cur: ParsedUnit | null = null;
    const intro: Line[] = [];
    for (const l of u.lines) {
      const m = l.kind === "text" ? YISHI.exec(l.text) : null;
      if (m) {
        const heading = itemHeading(m[2]!);
        cur = {
          id: `${u.id}.${out.length}`,
          kind: "item",
          partHeading: u.heading,
          heading,
          numbering: `${m[1]}是`,
          lines: [l],
        };
        out.push(cur);
      } else if (cur) cur.lines.push(l);
      else intro.push(l);
    }
    // The part itself stays (its heading and any introduction before the run).
    out.splice(out.length - items, 0, { ...u, lines: intro });
  }
  return out;
}
