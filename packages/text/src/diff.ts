import { t, type AnySectionPlugin } from "@nianbao/sdk";
import { FIELD_PREFIX, METRIC_PREFIX } from "./catalog.ts";
import { inlineText, textParagraphs, type TextPlace } from "./nodes.ts";
import type { TextDoc } from "./schema.ts";

/**
 * What changed in a section's own words between two revisions, paragraph by paragraph, in the shape of the
 * field diff ({ path, before, after }) so that every diff display shows it as it is: `path` names the place
 * as a reader finds it ("第3段", "第4段·二是", "第6段·表格第2行第1列"), the texts print figures by their
 * label (【调处矛盾纠纷】) — a changed value is a change of its field, not of the text — never field paths.
 */
export interface TextChange {
  path: string;
  before: string | null;
  after: string | null;
}

/** The labels of a plugin's figures by catalog key (they do not depend on the data). */
export function figureLabels(plugin: AnySectionPlugin): Map<string, string> {
  return new Map([
    ...Object.entries(plugin.metrics).map(([k, m]) => [`${METRIC_PREFIX}${k}`, t(m.label)] as const),
    ...Object.entries(plugin.figures ?? {}).map(([k, f]) => [`${FIELD_PREFIX}${k}`, t(f.label)] as const),
  ]);
}

export const TEXT_MODE_PATH = "正文";
export const MODE_WORDS = { generated: "自动生成的文字", own: "自己的话" } as const;

function placeLabel(p: TextPlace): string {
  const block = `第${p.block + 1}段`;
  switch (p.kind) {
    case "paragraph":
    case "heading":
      return block;
    case "item":
      return `${block}·${p.prefix}`;
    case "cell":
      return `${block}·表格第${p.row + 1}行第${p.cell + 1}列`;
  }
}

function lines(doc: TextDoc, labels: ReadonlyMap<string, string>): Array<{ path: string; text: string }> {
  return textParagraphs(doc).map((p) => {
    const prefix =
      p.place.kind === "item" ? p.place.prefix : p.place.kind === "heading" ? p.place.number : "";
    return {
      path: placeLabel(p.place),
      text: prefix + inlineText(p.content, (k) => `【${labels.get(k) ?? "数字"}】`),
    };
  });
}

/** Whether two paragraphs read alike (a share of common character pairs), so one is an edit of the other. */
function similar(x: string, y: string): boolean {
  const pairs = (s: string) => new Set([...s].slice(0, -1).map((c, i) => c + s[i + 1]));
  const px = pairs(x);
  const py = pairs(y);
  if (px.size === 0 || py.size === 0) return x === y;
  const common = [...px].filter((p) => py.has(p)).length;
  return (2 * common) / (px.size + py.size) >= 0.3;
}

/** Longest common subsequence of two lists of strings, as index pairs. */
function lcs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) out.push([i++, j++]);
    else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/**
 * The changes from `before` to `after` (either may be null: generated text). A switch between generated
 * text and own words is one change of 正文 (the text itself reads the same when it is switched).
 */
export function diffText(
  before: TextDoc | null,
  after: TextDoc | null,
  labels: ReadonlyMap<string, string> = new Map(),
): TextChange[] {
  if (!before && !after) return [];
  if (!before || !after) {
    return [
      {
        path: TEXT_MODE_PATH,
        before: before ? MODE_WORDS.own : MODE_WORDS.generated,
        after: after ? MODE_WORDS.own : MODE_WORDS.generated,
      },
    ];
  }
  const a = lines(before, labels);
  const b = lines(after, labels);
  const out: TextChange[] = [];
  // Between two unchanged paragraphs, a removed and an added one that read alike are one changed paragraph.
  const flush = (removed: typeof a, added: typeof b) => {
    let k = 0;
    for (const r of removed) {
      const x = added[k];
      if (x && similar(r.text, x.text)) {
        out.push({ path: x.path, before: r.text, after: x.text });
        k += 1;
      } else out.push({ path: r.path, before: r.text, after: null });
    }
    for (const x of added.slice(k)) out.push({ path: x.path, before: null, after: x.text });
  };
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [
    ...lcs(
      a.map((x) => x.text),
      b.map((x) => x.text),
    ),
    [a.length, b.length] as [number, number],
  ]) {
    flush(a.slice(i, mi), b.slice(j, mj));
    i = mi + 1;
    j = mj + 1;
  }
  return out.filter((c) => c.before !== c.after);
}
