import { cleanText } from "@nianbao/sdk";
import type { ReportDocument } from "./compose.ts";

/**
 * Every writer (Markdown, HTML, DOCX, and the PDF printed from the HTML) starts from `safeDocument(doc)`:
 * whatever reached the stored data — before input hygiene existed, through an import, in a title or an org
 * name — leaves as text a reader sees as typed and no format can misread.
 *
 * `safeText` removes what the SDK's cleanText removes (C0/C1 controls but tab and line breaks, bidirectional
 * overrides and isolates) and everything else XML 1.0 forbids (NUL, U+FFFE, U+FFFF, lone surrogates), which
 * otherwise make Word refuse to open the file.
 */
// XML 1.0's Char production, negated: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function safeText(s: string): string {
  return cleanText(s).replace(NOT_XML_CHAR, "");
}

function safeDeep<T>(value: T): T {
  if (typeof value === "string") return safeText(value) as T;
  if (Array.isArray(value)) return value.map(safeDeep) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeDeep(v)])) as T;
  }
  return value;
}

/** The document with `safeText` applied to every text in it. */
export function safeDocument(doc: ReportDocument): ReportDocument {
  return safeDeep(doc);
}

/**
 * Text for a Markdown file, inline: every character Markdown or its HTML could read as markup is escaped
 * with a backslash (CommonMark renders it as the character itself), so user text cannot become raw HTML
 * (`<script>`, `<iframe>`), a link (`[x](javascript:…)`, `<https://…>`), an image (`![](https://…)`), code or
 * emphasis. Chinese prose is left as it is.
 */
export function markdownText(s: string): string {
  return s.replace(/[\\`*_[\]<>()!&|~#{}]/g, "\\$&");
}

/** As markdownText, for a line of its own: also what would make it a list item, quote or heading at its start. */
export function markdownLine(s: string): string {
  return markdownText(s).replace(/^(\s*)([-+=]|\d+[.)])(?=\s|$)/, "$1\\$2");
}
