/**
 * What townships type and paste, normalised at the input: full-width digits from a Chinese input method in
 * number fields, and text pasted from Word into Chinese prose. One place for both, used by the form kit and
 * the web app's paste handling.
 */

const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef";
const cjk = new RegExp(`[${CJK}]`);

/**
 * A number as typed with a Chinese input method, as ASCII: full-width digits and signs (１２３．５), the
 * ideographic full stop or a full-width point between digits as the decimal point, thousands separators
 * (half- or full-width commas) dropped. Anything else is kept, for the field to refuse.
 */
export function normalizeNumberText(input: string): string {
  return input
    .normalize("NFKC")
    .replace(/(\d)[。．](?=\d)/g, "$1.")
    .replace(/(\d)[,，](?=\d{3}(?:\D|$))/g, "$1")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/^＋|^\+/, "");
}

/** The characters a number field may receive as the user types (after normalisation). */
export function hasFullWidthNumberChars(input: string): boolean {
  return /[０-９．，。－＋]/.test(input);
}

const HALF_TO_FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };

/**
 * Text pasted into Chinese prose (from Word, a web page, a PDF): non-breaking and ideographic spaces and tabs
 * become ordinary spaces, spaces next to Chinese characters go (Chinese has no word spaces), half-width
 * punctuation right after a Chinese character becomes full-width (，；：？！, "." → 。, parentheses around
 * Chinese → （）), and line breaks inside a paragraph — Word and PDFs wrap lines — are joined without adding
 * anything. Numbers, dates (2024.3.1, 2024-03-01), decimals (94.7%) and Latin names (Word, 12345 热线) are left
 * as they are. `multiline` keeps the paragraphs (blank-line or sentence-ending line breaks) for text areas.
 */
export function normalizePastedText(input: string, options: { multiline?: boolean } = {}): string {
  let s = input
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2002-\u200a\u202f\u205f\t]/g, " ")
    .replace(/\u3000/g, " ");
  s = s.replace(/\u200b|\u200c|\u200d|\ufeff/g, "");
  // Lines: a break after a sentence end (or a blank line) ends a paragraph; other breaks are wrapping.
  const lines = s.split("\n").map((l) => l.trim());
  const paragraphs: string[] = [];
  let current = "";
  for (const line of lines) {
    if (line === "") {
      if (current) paragraphs.push(current);
      current = "";
      continue;
    }
    current = current ? joinWrapped(current, line) : line;
    if (/[。！？；：]$/.test(line) && options.multiline) {
      paragraphs.push(current);
      current = "";
    }
  }
  if (current) paragraphs.push(current);
  const fixed = paragraphs.map(fixLine);
  return options.multiline ? fixed.join("\n") : fixed.join("");
}

/** Join a wrapped line to what came before: no space between Chinese text, one space between Latin words. */
function joinWrapped(before: string, after: string): string {
  const last = before.at(-1)!;
  const first = after[0]!;
  return cjk.test(last) || cjk.test(first) ? before + after : `${before} ${after}`;
}

function fixLine(line: string): string {
  let s = line.replace(/ {2,}/g, " ");
  // No spaces between a Chinese character (or full-width punctuation) and anything.
  s = s.replace(new RegExp(`([${CJK}]) +`, "g"), "$1").replace(new RegExp(` +([${CJK}])`, "g"), "$1");
  // Half-width punctuation after a Chinese character.
  s = s.replace(new RegExp(`([${CJK}])([,;:?!])`, "g"), (_, c: string, p: string) => c + HALF_TO_FULL[p]!);
  // A full stop after a Chinese character (never between digits: 94.7, 2024.3.1).
  s = s.replace(new RegExp(`([${CJK}])\\.(?!\\d)`, "g"), "$1。");
  // Punctuation after a number or percentage that goes on in Chinese ("成功率100%;其中", "共37,其中").
  s = s.replace(
    new RegExp(`([\\d%])([,;:?!])(?=[${CJK}])`, "g"),
    (_, c: string, p: string) => c + HALF_TO_FULL[p]!,
  );
  // In a Chinese line, a full stop after a number or percentage that ends the sentence ("达98.5%.").
  if (cjk.test(s)) s = s.replace(new RegExp(`([\\d%])\\.(?=$|[${CJK}])`, "g"), "$1。");
  // Parentheses holding Chinese.
  s = s.replace(new RegExp(`\\(([^()]*[${CJK}][^()]*)\\)`, "g"), "（$1）");
  return s.trim();
}
