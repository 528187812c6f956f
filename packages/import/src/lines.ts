/**
 * A report's text as lines: whitespace tidied (spaces between Chinese and digits go, "2023 年" → "2023年"),
 * lines broken by a page or a careless paste joined back ("镇机" + "关全体干部…"), tables kept as rows of cells.
 */

export type Line = { kind: "text"; text: string } | { kind: "row"; cells: string[] };

const CJK = "\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef";
const SPACE_NEAR_CJK = new RegExp(
  `(?<=[${CJK}\\d])[ \\t\\u00a0\\u3000]+(?=[${CJK}])|(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}\\d])`,
  "g",
);

/** One line's text tidied: trimmed, spaces beside Chinese characters removed, runs of spaces collapsed. */
export function tidy(text: string): string {
  return text
    .replace(/\u200b|\ufeff/g, "")
    .trim()
    .replace(SPACE_NEAR_CJK, "")
    .replace(/[ \t\u00a0]+/g, " ");
}

/** A line ends a sentence or a heading's line when it ends with these. */
const ENDS = /[。！？；：:;!?）)」』”"]$/;

/** A line opening a new heading or item (never joined to the line before). */
export const OPENS =
  /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[一二三四五六七八九十]+是)/;

/** Split text into lines (a tab or "|" separates the cells of a table row), joining broken lines back. */
export function toLines(raw: string): Line[] {
  const out: Line[] = [];
  for (const rawLine of raw.replace(/\r\n?/g, "\n").split("\n")) {
    const cellsOf = rawLine.includes("\t")
      ? rawLine.split("\t")
      : /^\s*\|.*\|\s*$/.test(rawLine)
        ? rawLine.trim().slice(1, -1).split("|")
        : null;
    if (cellsOf && cellsOf.filter((c) => c.trim()).length >= 2) {
      const cells = cellsOf.map(tidy);
      if (cells.every((c) => /^:?-{2,}:?$/.test(c))) continue; // a Markdown table's rule
      out.push({ kind: "row", cells });
      continue;
    }
    const text = tidy(rawLine);
    if (!text) continue;
    const prev = out.at(-1);
    // A line that does not end a sentence runs on into the next one, unless the next opens a heading.
    const prevIsHeading = prev?.kind === "text" && OPENS.test(prev.text) && !/[。；]/.test(prev.text);
    if (
      prev?.kind === "text" &&
      !ENDS.test(prev.text) &&
      prev.text.length >= 40 &&
      !prevIsHeading &&
      !OPENS.test(text)
    ) {
      prev.text += text;
      continue;
    }
    out.push({ kind: "text", text });
  }
  return out;
}
