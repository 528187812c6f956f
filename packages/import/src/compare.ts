/**
 * How much of a text survives in another, ignoring whitespace, the width of punctuation and Markdown's marks:
 * the longest common subsequence of characters over the original's length.
 */

/** Text as compared: NFKC (full-width punctuation → half-width), no whitespace, no Markdown marks. */
export function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/^#+\s*/gm, "")
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, "")
    .replace(/[|*\s]/g, "");
}

/** Length of the longest common subsequence (two rows of a typed array: fine for reports of ~10 000 characters). */
export function lcsLength(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ca === b.charCodeAt(j - 1) ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Characters of `line` covered by runs of at least `min` characters that the target contains (the whole line when shorter). */
export function coveredChars(line: string, target: string, min = 4): number {
  if (target.includes(line)) return line.length;
  let covered = 0;
  let i = 0;
  while (i < line.length) {
    let j = i + min;
    if (j > line.length || !target.includes(line.slice(i, j))) {
      i++;
      continue;
    }
    while (j < line.length && target.includes(line.slice(i, j + 1))) j++;
    covered += j - i;
    i = j;
  }
  return covered;
}

/**
 * Share 0..1 of the original's characters found in the rendered text, line by line: a line counts the
 * characters covered by runs of four or more characters the rendered text contains, so that a section the
 * year's outline puts elsewhere (the first-responsible part moved) still counts as kept, while a heading
 * replaced by the template's, a dropped line or a changed figure does not.
 */
export function textPreserved(original: string, rendered: string): number {
  const target = comparable(rendered);
  const lines = original.split("\n").map(comparable).filter(Boolean);
  const total = lines.reduce((n, l) => n + l.length, 0);
  if (!total) return 1;
  let kept = 0;
  for (const l of lines) kept += coveredChars(l, target);
  return kept / total;
}

/** Share 0..1 of the original's characters found, in order, in the rendered text (one subsequence for the whole text). */
export function inOrderShare(original: string, rendered: string): number {
  const a = comparable(original);
  if (!a.length) return 1;
  // Uint16 rows cap the subsequence at 65 535; split longer texts in halves compared against the whole.
  if (a.length > 60_000) {
    const mid = Math.floor(a.length / 2);
    return (
      (inOrderShare(a.slice(0, mid), rendered) * mid +
        inOrderShare(a.slice(mid), rendered) * (a.length - mid)) /
      a.length
    );
  }
  return lcsLength(a, comparable(rendered)) / a.length;
}

/** The first place two texts differ after `comparable`, with some context (the reference test prints it). */
export function firstDifference(
  a: string,
  b: string,
): { at: number; original: string; rendered: string } | null {
  const x = comparable(a);
  const y = comparable(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (i === x.length && i === y.length) return null;
  return {
    at: i,
    original: x.slice(Math.max(0, i - 20), i + 40),
    rendered: y.slice(Math.max(0, i - 20), i + 40),
  };
}
