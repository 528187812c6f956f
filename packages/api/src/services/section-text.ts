import type { AnySectionPlugin, CheckResult } from "@nianbao/sdk";
import {
  checkText,
  countUnbound,
  figureCatalog,
  parseText,
  textDoc,
  type FigureCatalog,
  type TextDoc,
} from "@nianbao/text";
import { invalid } from "../errors.ts";

/**
 * The text layer in the save path: a section's own words validated against @nianbao/text's schema, the
 * figures it shows checked against the fields, and the count of figures typed as plain text (the dashboard's
 * "unbound figures"). The own words are stored beside the data in report_section.text and every revision.
 */

/** The section's text as stored and returned: the document, or null in generated mode. */
export function storedText(raw: unknown): TextDoc | null {
  if (raw === null || raw === undefined) return null;
  return textDoc(raw);
}

export interface PreparedText {
  doc: TextDoc | null;
  /** As stored (jsonb): the JSON of the document, or null. */
  json: string | null;
  unbound: number;
}

/** Validate submitted own words (null: generated mode); refused with a message naming the field `text`. */
export function prepareText(raw: unknown, catalog: FigureCatalog): PreparedText {
  if (raw === null) return { doc: null, json: null, unbound: 0 };
  const r = parseText(raw);
  if (!r.ok) {
    throw invalid(r.message, [{ path: "text", message: r.message }]);
  }
  return { doc: r.doc, json: JSON.stringify(r.doc), unbound: countUnbound(r.doc, catalog) };
}

/** The warnings of the own words against the fields (none in generated mode). */
export function textChecks(doc: TextDoc | null, catalog: FigureCatalog): CheckResult[] {
  return doc ? checkText(doc, catalog) : [];
}

/** The figure catalog of a section's data under the year's settings. */
export function sectionCatalog(plugin: AnySectionPlugin, data: unknown, settings: unknown): FigureCatalog {
  return figureCatalog(plugin, data, settings);
}
