import type { CheckResult } from "@nianbao/sdk";
import { catalogByKey, type CatalogFigure, type FigureCatalog } from "./catalog.ts";
import { inlineText, textParagraphs, type TextParagraph } from "./nodes.ts";
import { labelFit, recogniseFigures, type RecognisedFigure } from "./recognise.ts";
import type { TextDoc } from "./schema.ts";

/**
 * Text and fields stay honest with each other: the warnings beside the own words (and in the form, on the
 * dashboard and when a section is marked complete), as check results like a plugin's own:
 * - `text-figure-missing`: a figure the county expects (a metric with a target) that the text does not show;
 * - `text-figure-empty`: a token bound to a field that is empty (the text prints its label in 【】);
 * - `text-figure-unknown`: a token whose figure the section no longer has;
 * - `text-figure-contradicts`: a figure typed as plain text that contradicts its field ("调处矛盾纠纷38起"
 *   while the field holds 37).
 * Each message names the figure by its label, never a field path.
 */

/** A figure typed as plain text in the text (not a token), with the paragraph it is in. */
export interface PlainFigure extends RecognisedFigure {
  paragraph: TextParagraph;
  /** The paragraph's plain text (tokens print their value), which the offsets refer to. */
  paragraphText: string;
}

/** Every figure typed as plain text, recognised and matched to the catalog, in reading order. */
export function plainFigures(doc: TextDoc, catalog: FigureCatalog): PlainFigure[] {
  const byKey = catalogByKey(catalog);
  const out: PlainFigure[] = [];
  for (const p of textParagraphs(doc)) {
    // Tokens print a placeholder that the recogniser never reads as a figure.
    let text = "";
    const tokenSpans: Array<[number, number]> = [];
    for (const n of p.content) {
      if (n.type === "text") text += n.text;
      else {
        const v = byKey.get(n.attrs.key)?.value ?? "";
        tokenSpans.push([text.length, text.length + v.length]);
        text += v;
      }
    }
    for (const f of recogniseFigures(text, catalog)) {
      if (tokenSpans.some(([s, e]) => f.start < e && f.end > s)) continue;
      out.push({ ...f, paragraph: p, paragraphText: text });
    }
  }
  return out;
}

/** How many figures of the text are typed as plain text, not bound to a field (the dashboard's count). */
export function countUnbound(doc: TextDoc, catalog: FigureCatalog): number {
  return plainFigures(doc, catalog).length;
}

const label = (c: CatalogFigure | undefined, key: string) => c?.label["zh-CN"] ?? key;
const labelEn = (c: CatalogFigure | undefined, key: string) => c?.label.en ?? key;

const sameValue = (c: CatalogFigure, n: number) =>
  c.kind === "rate" ? Math.abs(c.number! - n) < 0.051 : c.number === n;

/**
 * The field a plain figure names by its label and unit while giving another value: its best match when that
 * holds a different value (a match without the value is made on the label alone), or else a field whose label
 * the words just before it carry.
 */
function contradiction(f: PlainFigure, catalog: FigureCatalog): CatalogFigure | null {
  const matched = f.match ? catalog.find((c) => c.key === f.match!.key) : undefined;
  if (matched) return matched.number !== null && !sameValue(matched, f.value.number) ? matched : null;
  const before = f.paragraphText.slice(Math.max(0, f.start - 16), f.start);
  for (const c of catalog) {
    if (c.number === null) continue;
    const unitFits =
      c.kind === "rate"
        ? f.value.percent
        : !f.value.percent && (f.value.unit === c.unit || f.value.unit === "");
    if (!unitFits || labelFit(c.label["zh-CN"], before) < 0.75) continue;
    if (!sameValue(c, f.value.number)) return c;
  }
  return null;
}

export interface TextCheckOptions {
  locale?: "zh-CN" | "en";
}

/** The warnings about a section's own words against its fields (see above). */
export function checkText(
  doc: TextDoc,
  catalog: FigureCatalog,
  options: TextCheckOptions = {},
): CheckResult[] {
  const en = options.locale === "en";
  const byKey = catalogByKey(catalog);
  const out: CheckResult[] = [];
  const tokens = textParagraphs(doc).flatMap((p) =>
    p.content.flatMap((n) => (n.type === "figure" ? [n.attrs.key] : [])),
  );
  const shown = new Set(tokens);
  const plain = plainFigures(doc, catalog);
  const plainShown = new Set(plain.flatMap((f) => (f.match ? [f.match.key] : [])));

  for (const c of catalog) {
    if (!c.required || shown.has(c.key) || plainShown.has(c.key)) continue;
    out.push({
      id: "text-figure-missing",
      level: "warning",
      message: en
        ? `The text does not show "${labelEn(c, c.key)}"`
        : `正文未写明“${label(c, c.key)}”，请插入该数字`,
      ...(c.path ? { path: c.path } : {}),
    });
  }
  for (const key of new Set(tokens)) {
    const c = byKey.get(key);
    if (!c) {
      out.push({
        id: "text-figure-unknown",
        level: "warning",
        message: en
          ? `A figure in the text no longer exists in this section (${key})`
          : `正文中的数字“${key}”已不属于本栏目，请删除或重新插入`,
      });
    } else if (c.value === null) {
      out.push({
        id: "text-figure-empty",
        level: "warning",
        message: en
          ? `"${labelEn(c, key)}" is in the text but not filled in`
          : `正文引用了“${label(c, key)}”，但该数字尚未填写`,
        ...(c.path ? { path: c.path } : {}),
      });
    }
  }
  for (const f of plain) {
    const c = contradiction(f, catalog);
    if (!c) continue;
    out.push({
      id: "text-figure-contradicts",
      level: "warning",
      message: en
        ? `The text says ${f.text} for "${labelEn(c, c.key)}", the field holds ${c.value}`
        : `正文写“${label(c, c.key)}”为${f.text}，与填报的${c.value}不一致`,
      ...(c.path ? { path: c.path } : {}),
    });
  }
  return out;
}

/** The plain text of a whole document, paragraph by paragraph (tokens print their value). */
export function docPlainText(doc: TextDoc, catalog: FigureCatalog): string[] {
  const byKey = catalogByKey(catalog);
  return textParagraphs(doc).map((p) => {
    const prefix =
      p.place.kind === "item" ? p.place.prefix : p.place.kind === "heading" ? p.place.number : "";
    return (
      prefix + inlineText(p.content, (k) => byKey.get(k)?.value ?? `【${byKey.get(k)?.label["zh-CN"] ?? k}】`)
    );
  });
}
