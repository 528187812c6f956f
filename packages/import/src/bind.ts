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
import { clerkChoice, fieldOptions, type FieldOption, type FigureChoices } from "./choices.ts";
import { fieldWords } from "./field-words.ts";
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
  /** Its place among the section's figures (in reading order): how the clerk's choice names it. */
  index: number;
  /** The section's fields that can hold the value as written (the review screen's choices). */
  options: FieldOption[];
  /** Two or more fields fit equally: the binder left it to the clerk (需要选择). */
  ambiguous: boolean;
  /** The clerk chose its field (or chose to keep it as words). */
  chosen: boolean;
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

/**
 * The words a figure stands in: its sentence up to the figure (wider than the recogniser's clause: "受理热线工单820件，
 * 办结815件" — 815件 is the hotline's too) and its clause after it; and its own words, not back past an earlier
 * figure of the sentence.
 */
function wordsAround(
  text: string,
  start: number,
  end: number,
  from: number,
): { sentence: string; own: string } {
  const piece = text.slice(0, start);
  const begin = Math.max(piece.lastIndexOf("。"), piece.lastIndexOf("；")) + 1;
  const after = text.slice(end, end + 12);
  const cut = after.search(/[，。；]/);
  const tail = cut >= 0 ? after.slice(0, cut) : after;
  return { sentence: text.slice(begin, start) + tail, own: text.slice(Math.max(begin, from), start) + tail };
}

/** Binding needs this much (the recogniser's confidence, reranked on the words around the figure). */
export const BIND_THRESHOLD = 0.45;

export interface FieldChoice {
  key: string;
  confidence: number;
  /** "17个村全部…": a rate of N/N. */
  whole?: boolean;
}

/** Two or more fields fit the words around a figure equally well: nothing is bound, the clerk chooses. */
export interface FieldTie {
  tied: string[];
}

/**
 * The field a figure is: the recogniser's match, or — since an import has no values to compare yet — its best
 * candidate reranked on how much of each field's label the words around the figure carry, the words only one
 * field of the section has weighing most. When the best is not clearly ahead, or the words name another field
 * as well (both fields' own words are there: "中心组全年集体学法6次"), it is a tie and nothing is bound.
 * "17个村全部…" is a rate of N/N when a rate's label fits the sentence ("全部推行了村务公开" → 村务公开 17/17).
 */
export function chooseField(
  text: string,
  f: RecognisedFigure,
  catalog: readonly CatalogFigure[],
  /** Fields already filled with another value earlier in the section: not this figure. */
  taken: ReadonlySet<string> = new Set(),
  /** Where the figure's own words may begin (the end of the figure before it). */
  from = 0,
): FieldChoice | FieldTie | null {
  if (f.match && !taken.has(f.match.key)) return f.match;
  const around = wordsAround(text, f.start, f.end, from);
  const words = fieldWords(catalog.map((c) => c.label["zh-CN"]));
  const ranked = f.candidates
    .filter((c) => c.confidence >= 0.25 && !taken.has(c.key))
    .map((c) => {
      const field = catalog.find((x) => x.key === c.key);
      const label = field?.label["zh-CN"] ?? "";
      // Written in the field's own unit ("学习4次" for a field in 次) is better evidence than a kindred unit (场).
      const unit = !field || f.value.percent || !f.value.unit ? 0 : field.unit === f.value.unit ? 0.08 : -0.1;
      const confidence =
        Math.round(Math.min(1, c.confidence + 0.35 * words.fit(label, around.sentence) + unit) * 100) / 100;
      return {
        key: c.key,
        label,
        confidence,
        fit: words.fit(label, around.own),
        own: words.own(label, around.own),
      };
    })
    .sort((a, b) => b.confidence - a.confidence);
  const [best] = ranked;
  if (best && best.confidence >= BIND_THRESHOLD) {
    // The fields whose own words (no other field of the section has them) the figure's own words carry: one
    // such field is the figure unless another fits the words as well and is as confident ("创建民主法治示范村3个":
    // 新创建… has 创建 to itself, but 民主法治示范村 is the whole of the other's label); two such fields are a tie.
    const named = ranked.filter((r) => r.own.length > 0);
    const pick = named.length === 1 ? named[0]! : named.length === 0 ? best : null;
    const rivals = !pick
      ? named
      : ranked.filter((r) =>
          r === pick
            ? false
            : named.length
              ? r.confidence > pick.confidence - 0.05 && r.fit >= pick.fit
              : pick.confidence - r.confidence < 0.05,
        );
    if (pick && !rivals.length)
      return pick.confidence >= BIND_THRESHOLD ? { key: pick.key, confidence: pick.confidence } : null;
    return { tied: [...new Set([...(pick ? [pick.label] : []), ...rivals.map((r) => r.label)])] };
  }
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
  /** The clerk's choices (the review screen): they win over the binder's, whose own choices avoid their fields. */
  choices: FigureChoices = new Map(),
): SectionBuild {
  let data: unknown = plugin.defaults;
  const figures: ImportedFigure[] = [];
  const written = new Map<string, number>();
  const slotCache = new Map<string, FigureSlot[]>();
  const slots = (key: string) => slotCache.get(key) ?? slotCache.set(key, slotsFor(plugin, key)).get(key)!;
  const options = fieldOptions(plugin, settings, slots);
  let seq = 0;

  /** Recognise and bind the figures of one piece of text; returns where tokens go. */
  /** `prefix`: words read before the text but not part of it (a table row's label for its cells). */
  const bindText = (text: string, prefix = ""): Array<{ start: number; end: number; key: string }> => {
    const spots: Array<{ start: number; end: number; key: string }> = [];
    const before = figureCatalog(plugin, data, settings);
    const shift = prefix.length;
    const found = recogniseFigures(prefix + text, before)
      .filter((f) => f.start >= shift)
      .map((f) => ({ ...f, start: f.start - shift, end: f.end - shift }));
    for (const [i, f] of found.entries()) {
      const index = seq++;
      const context = text.slice(Math.max(0, f.start - 16), Math.min(text.length, f.end + 8));
      const suffix = /以上$/.test(f.text) ? "以上" : /左右$/.test(f.text) ? "左右" : "";
      const choice = choices.get(index);
      const base = {
        sectionKey,
        text: f.text,
        context,
        token: false,
        index,
        options: options({ ...f.value, suffix }),
        chosen: choice !== undefined,
      };
      // The fields the clerk gave other figures are not the binder's to give.
      const claimed = [...choices].filter(([n, k]) => n !== index && k !== null).map(([, k]) => k!);
      const taken = new Set([
        ...[...written].filter(([, v]) => v !== f.value.number).map(([k]) => k),
        ...claimed,
      ]);
      const from = i > 0 ? found[i - 1]!.end + shift : 0;
      const auto = chooseField(
        prefix + text,
        { ...f, start: f.start + shift, end: f.end + shift },
        before,
        taken,
        from,
      );
      const ambiguous = !!auto && "tied" in auto;
      const chosen = choice === undefined ? auto : clerkChoice(choice, auto, f);
      if (choice && !before.some((c) => c.key === choice)) {
        const reason = "本栏目没有这个字段";
        figures.push({
          ...base,
          ambiguous,
          status: "refused",
          key: choice,
          label: null,
          confidence: null,
          reason,
        });
        continue;
      }
      if (!chosen || "tied" in chosen) {
        const reason =
          choice === null
            ? "已选择不绑定，保留为文字"
            : chosen
              ? `${chosen.tied.map((l) => `“${l}”`).join("、")}都与上下文相符，请选择`
              : undefined;
        figures.push({
          ...base,
          ambiguous,
          status: "unbound",
          key: null,
          label: null,
          confidence: f.candidates[0]?.confidence ?? null,
          ...(reason ? { reason } : {}),
        });
        continue;
      }
      const { key, confidence } = chosen;
      const label = before.find((c) => c.key === key)?.label["zh-CN"] ?? key;
      const previous = written.get(key);
      if (previous !== undefined && previous !== f.value.number) {
        figures.push({
          ...base,
          ambiguous,
          // The clerk's choice that cannot be kept is refused (the API says so); the binder's is dropped.
          status: choice ? "refused" : "unbound",
          key: choice ? key : null,
          label: choice ? label : null,
          confidence,
          reason: `“${label}”已由前文的数字填写`,
        });
        continue;
      }
      if (previous === undefined) {
        const w = writeFigure(plugin, data, slots(key), { ...f.value, suffix, whole: !!chosen.whole });
        if ("refused" in w) {
          figures.push({ ...base, ambiguous, status: "refused", key, label, confidence, reason: w.refused });
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
      figures.push({ ...base, ambiguous, status: "bound", key, label, confidence, token });
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
      const row: TableNode["content"][number] = {
        type: "tableRow" as const,
        content: line.cells.map((c, i): TableNode["content"][number]["content"][number] => ({
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
  // A figure bound as N/N ("17个村全部…") is in a field a plain write would refuse: it stays among its choices.
  for (const f of figures)
    if (f.status === "bound" && f.key && !f.options.some((o) => o.key === f.key)) {
      const unit = figureCatalog(plugin, data, settings).find((c) => c.key === f.key)?.unit ?? "";
      f.options = [...f.options, { key: f.key, label: f.label ?? f.key, unit }];
    }
  return { data, text: doc(...blocks), figures };
}
