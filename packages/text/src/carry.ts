import type { CheckResult } from "@nianbao/sdk";
import { catalogByKey, tokenText, type FigureCatalog } from "./catalog.ts";
import { plainFigures } from "./checks.ts";
import { mapInline, normaliseDoc, txt, type InlineNode, type TextDoc } from "./schema.ts";

/**
 * Carrying last year's own words forward: the tokens stay live (re-bound by key to this year's fields; a
 * figure this year's section no longer has becomes the plain text it printed last year), and the years that
 * refer to the report year move on with it — last year's report year, the year before and the year after each
 * move by the years between (so "较2022年" and "2024年，我镇将…" keep their meaning); older years stay.
 * What cannot be carried honestly is flagged by checkCarried.
 */
export function carryText(
  doc: TextDoc,
  input: { fromYear: number; toYear: number; catalog: FigureCatalog; previousCatalog: FigureCatalog },
): TextDoc {
  const shift = input.toYear - input.fromYear;
  const current = catalogByKey(input.catalog);
  const previous = catalogByKey(input.previousCatalog);
  const years = new RegExp(
    `(?<![0-9])(${input.fromYear - 1}|${input.fromYear}|${input.fromYear + 1})(?=年)`,
    "g",
  );
  const moveYears = (text: string) =>
    shift === 0 ? text : text.replace(years, (y) => String(Number(y) + shift));
  const inline = (content: readonly InlineNode[] | undefined): InlineNode[] | undefined =>
    content?.map((n) => {
      if (n.type === "text") return { ...n, text: moveYears(n.text) };
      if (current.has(n.attrs.key)) return n;
      return txt(tokenText(previous.get(n.attrs.key), n.attrs.key).text);
    });
  return normaliseDoc(mapInline(doc, inline));
}

export interface CarriedCheckInput {
  catalog: FigureCatalog;
  /** Last year's own words of the same section (null when it had none). */
  previousText: TextDoc | null;
  previousCatalog: FigureCatalog;
  /** The township's own name, and the names of the other townships (乡镇, 街道) it might have copied from. */
  orgName: string;
  otherOrgNames: readonly string[];
}

/**
 * Warnings about text carried from last year or copied from elsewhere: another township's name in the text
 * (`text-other-org`), and a figure typed as plain text that is the same as in last year's text of this
 * section (`text-last-year-figure`: likely not updated; a token would have followed this year's field).
 */
export function checkCarried(
  doc: TextDoc,
  input: CarriedCheckInput,
  locale: "zh-CN" | "en" = "zh-CN",
): CheckResult[] {
  const en = locale === "en";
  const out: CheckResult[] = [];
  const plain = JSON.stringify(doc);
  for (const name of input.otherOrgNames) {
    if (name.length < 2 || name === input.orgName || input.orgName.includes(name) || !plain.includes(name))
      continue;
    out.push({
      id: "text-other-org",
      level: "warning",
      message: en
        ? `The text names another township: ${name}`
        : `正文中出现其他乡镇（街道）名称“${name}”，请核对`,
    });
  }
  if (input.previousText) {
    const last = new Set(plainFigures(input.previousText, input.previousCatalog).map((f) => f.text));
    const seen = new Set<string>();
    for (const f of plainFigures(doc, input.catalog)) {
      if (!last.has(f.text) || seen.has(f.text)) continue;
      seen.add(f.text);
      out.push({
        id: "text-last-year-figure",
        level: "warning",
        message: en
          ? `"${f.text}" is the same figure as in last year's text: is it this year's?`
          : `正文中的“${f.text}”与上年度报告相同，请核对是否已更新为本年度数字`,
      });
    }
  }
  return out;
}
