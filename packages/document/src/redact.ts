import type { DocBlock, ReportDocument } from "./compose.ts";

/** What a withheld passage prints as in a public document. */
export const REDACTED = "×××";

/** Keys of a block that are not printed text (never redacted). */
const NOT_TEXT = new Set(["type", "sectionKey", "figure", "style", "layout", "level", "numbering"]);

function redactText(text: string, passages: readonly string[]): string {
  let out = text;
  for (const p of passages) out = out.replaceAll(p, REDACTED);
  return out;
}

function redactValue(value: unknown, passages: readonly string[]): unknown {
  if (typeof value === "string") return redactText(value, passages);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, passages));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, NOT_TEXT.has(k) ? v : redactValue(v, passages)]),
    );
  }
  return value;
}

/**
 * The public form of a report after its secrecy review (保密审查): every occurrence of a withheld passage —
 * in headings, paragraphs, items, tables, figures and each run of the township's own words — printed as
 * ×××. A passage that spans runs of own words (a figure inside it) makes its paragraph one plain run,
 * redacted as a whole, so no part of it prints.
 */
export function redactDocument(doc: ReportDocument, passages: readonly string[]): ReportDocument {
  const withheld = passages
    .map((p) => p.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  if (withheld.length === 0) return doc;
  return {
    ...doc,
    title: redactText(doc.title, withheld),
    addressee: doc.addressee === null ? null : redactText(doc.addressee, withheld),
    body: doc.body.map((b) => redactBlock(b, withheld)),
  };
}

function redactBlock(block: DocBlock, passages: readonly string[]): DocBlock {
  const out = redactValue(block, passages) as DocBlock;
  if (out.type === "paragraph" && out.runs) {
    // A passage split over runs (a figure inside it): withhold the whole paragraph's runs as one plain run.
    const joined = out.runs.map((r) => r.text).join("");
    if (passages.some((p) => joined.includes(p)))
      return { type: "paragraph", text: redactText(joined, passages) };
  }
  return out;
}
