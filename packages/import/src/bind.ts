import type { AnySectionPlugin, MetricInput } from "@nianbao/sdk";
import {
  FIELD_PREFIX,
  METRIC_PREFIX,
  doc,
  fig,
  figureCatalog,
  heading,
  para,
  labelFit,
  recogniseFigures,
  type CatalogFigure,
  type RecognisedFigure,
  txt,
  type BlockNode,
  type InlineNode,
  type TableNode,
  type TextDoc,
} from "@nianbao/text";
import { probeSlots, writeFigure, type FigureSlot } from "./fill.ts";
import type { Line } from "./lines.ts";

/** One figure found in a section's text, and what became of it. */
export interface ImportedFigure {
  sectionKey: string;
  /** As written: "37起", "达100%", "200余人". */
  text: string;
  /** The sentence around it, for the review screen. */
  context: string;
  /** bound: the field holds the value (and the text shows it as a live figure when it prints the same); unbound: no field fits; refused: a field fits but cannot hold the value as written. */
  status: "bound" | "unbound" | "refused";
  key: string | null;
  label: string | null;
  confidence: number | null;
  /** The text shows the figure as a live token. */
  token: boolean;
  reason?: string;
}

export interface SectionBuild {
  data: unknown;
  text: TextDoc;
  figures: ImportedFigure[];
}

function slotsFor(plugin: AnySectionPlugin, key: string): FigureSlot[] {
  const fn: ((d: never) => MetricInput) | undefined = key.startsWith(METRIC_PREFIX)
    ? plugin.metrics[key.slice(METRIC_PREFIX.length)]?.value
    : key.startsWith(FIELD_PREFIX)
      ? plugin.figures?.[key.slice(FIELD_PREFIX.length)]?.value
      : undefined;
  return fn ? probeSlots(plugin, fn) : [];
}

/** The sentence a figure stands in, up to the figure: wider than the recogniser's clause. */
function sentenceBefore(text: string, start: number): string {
  const piece = text.slice(0, start);
  return piece.slice(Math.max(piece.lastIndexOf("。"), piece.lastIndexOf("；")) + 1);
}

/** Binding needs this much (the recogniser's confidence, reranked on the whole sentence). */
export const BIND_THRESHOLD = 0.45;

/**
 * The field a figure is: the recogniser's match, or — since an import has no values to compare yet — its best
 * candidate reranked on how much of each label the whole sentence carries, when clearly ahead. "17个村全部…" is a
 * rate of N/N when a rate's label fits the sentence ("全部推行了村务公开" → 村务公开 17/17).
 */
export function chooseField(
  text: string,
  f: RecognisedFigure,
  catalog: readonly CatalogFigure[],
  /** Fields already filled with another value earlier in the section: not this figure. */
  taken: ReadonlySet<string> = new Set(),
): { key: string; confidence: number; whole?: boolean } | null {
  if (f.match && !taken.has(f.match.key)) return f.match;
  const sentence = sentenceBefore(text, f.start) + text.slice(f.end, f.end + 12);
  const ranked = f.candidates
    .filter((c) => c.confidence >= 0.25 && !taken.has(c.key))
    .map((c) => {
      const field = catalog.find((x) => x.key === c.key);
      const label = field?.label["zh-CN"] ?? "";
      // Written in the field's own unit ("学习4次" for a field in 次) is better evidence than a kindred unit (场).
      const unit = !field || f.value.percent || !f.value.unit ? 0 : field.unit === f.value.unit ? 0.08 : -0.1;
      return { key: c.key, confidence: Math.round(Math.min(1, c.confidence + 0.35 * labelFit(label, sentence) + unit) * 100) / 100 };
    })
    .sort((a, b) => b.confidence - a.confidence);
  const [best, second] = ranked;
  if (best && best.confidence >= BIND_THRESHOLD && (!second || best.confidence - second.confidence >= 0.05)) return best;
  if (!f.value.percent && /^[^，。；]{0,3}(全部|均|都)/.test(text.slice(f.end))) {
    const after = text.slice(f.end, f.end + 20);
    const rates = catalog
      .filter((c) => c.kind === "rate")
      .map((c) => ({ key: c.key, confidence: Math.round(labelFit(c.label["zh-CN"], after) * 100) / 100 }))
      .sort((a, b) => b.confidence - a.confidence);
    if (rates[0] && rates[0].confidence >= 0.3) return { ...rates[0], whole: true };
  }
  return null;
}

const SUB3 = /^(\d{1,2})[.．、]\s*(.{1,40})$/;
const SUB4 = /^[（(](\d{1,2})[）)]\s*(.{1,40})$/;

/**
 * Build one section from the imported lines: its data with every recognised figure that fits a field written
 * into that field, and its own words — the lines as written, short 1./（1） lines as sub-headings, rows as a
 * table — with a live token wherever a bound figure prints as written.
 */
export function buildSection(
  sectionKey: string,
  plugin: AnySectionPlugin,
  settings: unknown,
  lines: readonly Line[],
): SectionBuild {
  let data: unknown = plugin.defaults;
  const figures: ImportedFigure[] = [];
  const written = new Map<string, number>();
  const slotCache = new Map<string, FigureSlot[]>();
  const slots = (key: string) => slotCache.get(key) ?? slotCache.set(key, slotsFor(plugin, key)).get(key)!;

  /** Recognise and bind the figures of one piece of text; returns where tokens go. */
  /** `prefix`: words read before the text but not part of it (a table row's label for its cells). */
  const bindText = (text: string, prefix = ""): Array<{ start: number; end: number; key: string }> => {
    const spots: Array<{ start: number; end: number; key: string }> = [];
    const before = figureCatalog(plugin, data, settings);
    const shift = prefix.length;
    const found = recogniseFigures(prefix + text, before)
      .filter((f) => f.start >= shift)
      .map((f) => ({ ...f, start: f.start - shift, end: f.end - shift }));
    for (const f of found) {
      const context = text.slice(Math.max(0, f.start - 16), Math.min(text.length, f.end + 8));
      const base = { sectionKey, text: f.text, context, token: false };
      const taken = new Set([...written].filter(([, v]) => v !== f.value.number).map(([k]) => k));
      const chosen = chooseField(prefix + text, { ...f, start: f.start + shift, end: f.end + shift }, before, taken);
      if (!chosen) {
        figures.push({ ...base, status: "unbound", key: null, label: null, confidence: f.candidates[0]?.confidence ?? null });
        continue;
      }
      const { key, confidence } = chosen;
      const label = before.find((c) => c.key === key)?.label["zh-CN"] ?? key;
      const suffix = /以上$/.test(f.text) ? "以上" : /左右$/.test(f.text) ? "左右" : "";
      const previous = written.get(key);
      if (previous !== undefined && previous !== f.value.number) {
        figures.push({ ...base, status: "unbound", key: null, label: null, confidence, reason: `“${label}”已由前文的数字填写` });
        continue;
      }
      if (previous === undefined) {
        const w = writeFigure(plugin, data, slots(key), { ...f.value, suffix, whole: !!chosen.whole });
        if ("refused" in w) {
          figures.push({ ...base, status: "refused", key, label, confidence, reason: w.refused });
          continue;
        }
        data = w.data;
        written.set(key, f.value.number);
      }
      // A token when the field prints exactly as written (a leading 达 and a trailing 以上/左右 stay words).
      const value = figureCatalog(plugin, data, settings).find((c) => c.key === key)?.value;
      const at = value ? f.text.lastIndexOf(value) : -1;
      const tail = at >= 0 ? f.text.slice(at + value!.length) : null;
      const token = !chosen.whole && at >= 0 && (tail === "" || tail === "以上" || tail === "左右");
      if (token) spots.push({ start: f.start + at, end: f.start + at + value!.length, key });
      figures.push({ ...base, status: "bound", key, label, confidence, token });
    }
    return spots;
  };

  const inline = (text: string, prefix = ""): InlineNode[] => {
    const out: InlineNode[] = [];
    let at = 0;
    for (const s of bindText(text, prefix)) {
      if (s.start > at) out.push(txt(text.slice(at, s.start)));
      out.push(fig(s.key));
      at = s.end;
    }
    if (at < text.length) out.push(txt(text.slice(at)));
    return out;
  };

  const blocks: BlockNode[] = [];
  let table: TableNode | null = null;
  for (const line of lines) {
    if (line.kind === "row") {
      const type: "tableCell" | "tableHeader" = table ? "tableCell" : "tableHeader";
      const row: TableNode["content"][number] = { type: "tableRow" as const, content: line.cells.map((c, i): TableNode["content"][number]["content"][number] => ({
          type,
          content: [para(...inline(c, i > 0 && table ? `${line.cells[0]}` : ""))],
        })),
      };
      if (!table) {
        table = { type: "table", content: [row] };
        blocks.push(table);
      } else table.content.push(row);
      continue;
    }
    table = null;
    const s3 = SUB3.exec(line.text);
    const s4 = SUB4.exec(line.text);
    if (s3 && !/[。；]/.test(s3[2]!)) blocks.push(heading(3, ...inline(s3[2]!)));
    else if (s4 && !/[。；]/.test(s4[2]!)) blocks.push(heading(4, ...inline(s4[2]!)));
    else blocks.push(para(...inline(line.text)));
  }
  return { data, text: doc(...blocks), figures };
}
