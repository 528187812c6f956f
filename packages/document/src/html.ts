import { blockRunParagraphs, mergeRuns, type Run } from "@nianbao/sdk";
import type { DocBlock, ReportDocument } from "./compose.ts";
import { FONT_STACK } from "./html-fonts.ts";
import { safeDocument } from "./safe-text.ts";

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/**
 * Styles approximating GB/T 9704: 仿宋 3号 body with a two-character indent and fixed 28pt lines,
 * 小标宋 2号 title, 黑体 一、 headings, 楷体 （一） headings, signature right-aligned. Scoped to `.nb-doc`
 * so that the web preview can use the same rules.
 */
export const DOCUMENT_CSS = `
.nb-doc { font-family: ${FONT_STACK.body};
  font-size: 16pt; line-height: 28pt; color: #000; background: #fff; max-width: 156mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; box-sizing: content-box; }
.nb-doc p { margin: 0; text-indent: 2em; text-align: justify; }
.nb-doc .nb-issuer-top { text-indent: 0; text-align: center; font-size: 16pt; margin-bottom: 8pt; }
.nb-doc h1 { font-family: ${FONT_STACK.title}; font-size: 22pt; line-height: 36pt;
  font-weight: normal; text-align: center; margin: 0 0 28pt; }
.nb-doc .nb-addressee { text-indent: 0; }
.nb-doc h2 { font-family: ${FONT_STACK.hei}; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; line-height: 28pt; }
.nb-doc h3 { font-family: ${FONT_STACK.kai}; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; line-height: 28pt; }
.nb-doc h4, .nb-doc h5 { font-size: 16pt; font-weight: bold; margin: 0; text-indent: 2em; line-height: 28pt; }
.nb-doc table { border-collapse: collapse; margin: 8pt auto; font-size: 12pt; line-height: 18pt; }
.nb-doc th, .nb-doc td { border: 1px solid #000; padding: 2pt 6pt; }
.nb-doc caption { font-weight: bold; }
.nb-doc .nb-placeholder { color: #888; font-style: italic; }
.nb-doc .nb-run-in { font-weight: bold; }
.nb-doc .nb-figure-missing { color: #b00; }
.nb-doc .nb-signature { text-indent: 0; text-align: right; padding-right: 4em; margin-top: 28pt; }
.nb-doc .nb-date { text-indent: 0; text-align: right; padding-right: 4em; }
.nb-doc .nb-signature + .nb-signature { margin-top: 0; }
.nb-doc .nb-doc-number { text-indent: 0; text-align: center; margin-bottom: 28pt; }
.nb-doc h3.nb-item { font-family: inherit; }
.nb-doc strong, .nb-doc b, .nb-doc th, .nb-doc caption, .nb-doc h4, .nb-doc h5 { font-family: ${FONT_STACK.bodyBold}; }
.nb-doc { position: relative; }
.nb-doc .nb-draft-mark { position: absolute; top: 8mm; right: 26mm; text-indent: 0; font-family: ${FONT_STACK.hei};
  font-size: 16pt; color: #c00; border: 1.5pt solid #c00; padding: 0 6pt; line-height: 24pt; }
/* The watermark is decoration: a pseudo-element, not text (screen readers and contrast checks skip it). */
.nb-doc.nb-draft::before { content: "草稿"; position: absolute; top: 110mm; left: 0; right: 0; text-align: center; pointer-events: none;
  font-family: ${FONT_STACK.hei}; font-size: 96pt; line-height: 1; color: rgba(0, 0, 0, 0.07); transform: rotate(-30deg); }
`;

/**
 * A paragraph's runs: a run-in heading in bold (the 仿宋 bold of the 1./（1） levels), a figure marked with its
 * catalog key (and as missing when its field is empty), plain text as it is.
 */
export function runsToHtml(runs: readonly Run[]): string {
  return mergeRuns(runs)
    .map((r) => {
      const text = escapeHtml(r.text);
      if (r.figure) {
        const cls = r.missing ? "nb-figure nb-figure-missing" : "nb-figure";
        return `<span class="${cls}" data-figure="${escapeHtml(r.figure)}">${text}</span>`;
      }
      return r.runIn ? `<strong class="nb-run-in">${text}</strong>` : text;
    })
    .join("");
}

function blockToHtml(b: DocBlock): string {
  switch (b.type) {
    case "part-heading":
      return `<h2>${escapeHtml(b.numbering + b.text)}</h2>`;
    case "section-heading":
      return `<h3${b.item ? ` class="nb-item"` : ""} data-section="${escapeHtml(b.sectionKey)}"${b.added ? ` data-added="true"` : ""}>${escapeHtml(b.numbering + b.text)}</h3>`;
    case "sub-heading":
      return `<${b.level === 3 ? "h4" : "h5"}>${escapeHtml(b.numbering + b.text)}</${b.level === 3 ? "h4" : "h5"}>`;
    case "placeholder":
      return `<p class="nb-placeholder" data-section="${escapeHtml(b.sectionKey)}">${escapeHtml(b.text)}</p>`;
    case "paragraph":
    case "items":
    case "figures":
      return blockRunParagraphs(b)
        .map((p) => `<p>${runsToHtml(p)}</p>`)
        .join("\n");
    case "table":
      return [
        "<table>",
        b.caption ? `<caption>${escapeHtml(b.caption)}</caption>` : "",
        `<thead><tr>${b.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr></thead>`,
        `<tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("")}</tbody>`,
        "</table>",
      ].join("");
  }
}

/** The report body as an HTML fragment inside `<article class="nb-doc">`. */
export function toHtmlFragment(unsafe: ReportDocument): string {
  const doc = safeDocument(unsafe);
  return [
    `<article class="nb-doc${doc.draft ? " nb-draft" : ""}">`,
    doc.draft ? `<p class="nb-draft-mark">草稿</p>` : "",
    doc.showIssuerAboveTitle ? `<p class="nb-issuer-top">${escapeHtml(doc.issuer)}</p>` : "",
    doc.docNumber ? `<p class="nb-doc-number">${escapeHtml(doc.docNumber)}</p>` : "",
    `<h1>${escapeHtml(doc.title)}</h1>`,
    doc.addressee ? `<p class="nb-addressee">${escapeHtml(doc.addressee)}</p>` : "",
    ...doc.body.map(blockToHtml),
    ...(doc.issuers ?? [doc.issuer]).map((i) => `<p class="nb-signature">${escapeHtml(i)}</p>`),
    doc.date ? `<p class="nb-date">${escapeHtml(doc.date)}</p>` : "",
    `</article>`,
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * Pages for print and PDF (the same rules as the preview, plus the page): A4 with GB/T 9704's margins, and
 * the page numbers "— 1 —" in 4号 宋体 drawn in the page's margin boxes — odd (right-hand) pages at the
 * right, even (left-hand) pages at the left, one character in from the type area, 7 mm below it. Chromium
 * (131+) draws margin boxes when printing and when writing a PDF; the sheet's own padding is dropped in print.
 */
export const PAGE_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font-family: ${FONT_STACK.song}; font-size: 14pt; vertical-align: top; padding-top: 7mm; padding-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font-family: ${FONT_STACK.song}; font-size: 14pt; vertical-align: top; padding-top: 7mm; padding-left: 1em; } }
@media print {
  html, body { background: #fff; margin: 0; }
  .nb-doc { padding: 0; max-width: none; margin: 0; }
  .nb-doc h2, .nb-doc h3, .nb-doc h4, .nb-doc h5, .nb-doc caption { break-after: avoid; }
  .nb-doc tr { break-inside: avoid; }
  .nb-doc p { orphans: 2; widows: 2; }
  /* A draft's watermark repeats on every printed page (a fixed element prints on each page); its 草稿 mark
     moves to the page's top margin box (DRAFT_PAGE_CSS). */
  .nb-doc .nb-draft-mark { display: none; }
  .nb-doc.nb-draft::before { position: fixed; top: 90mm; }
}
`;

/** A draft's pages: 草稿 in the top right margin box of every page, in red 黑体. */
export const DRAFT_PAGE_CSS = `
@page { @top-right { content: "草稿"; font-family: ${FONT_STACK.hei}; font-size: 16pt; color: #c00;
  vertical-align: bottom; padding-bottom: 8mm; } }
`;

/** A standalone HTML document of the report, printable from a browser and the source of the PDF. */
export function toHtml(unsafe: ReportDocument): string {
  const doc = safeDocument(unsafe);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
<style>
body { margin: 0; background: #f3f3f3; }
${DOCUMENT_CSS}
${PAGE_CSS}${doc.draft ? DRAFT_PAGE_CSS : ""}
</style>
</head>
<body>
${toHtmlFragment(doc)}
</body>
</html>
`;
}
