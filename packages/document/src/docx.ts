import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { blockRunParagraphs, mergeRuns, type Run } from "@nianbao/sdk";
import type { DocBlock, ReportDocument } from "./compose.ts";
import { DOCX_FONTS, DOCX_PAGE, DOCX_STYLE, paragraphStyles, SIZE } from "./docx-styles.ts";
import { safeDocument } from "./safe-text.ts";

export { DOCX_FONTS, DOCX_LINE, DOCX_PAGE, DOCX_STYLE } from "./docx-styles.ts";

/**
 * The report as a Word document laid out as GB/T 9704-2012 prescribes for official documents: A4 with the
 * standard's margins, 小标宋 2号 title, 仿宋 3号 body with a two-character first-line indent and fixed line
 * spacing, 黑体 一、 headings, 楷体 （一） headings, "— 1 —" page numbers in 宋体 4号 (odd pages right, even
 * pages left), the signature and date right-aligned. Written from the same blocks as the HTML and Markdown:
 * no plugin knows about DOCX. Pure (no I/O): it returns the file's bytes.
 */

const para = (style: string, text: string) => new Paragraph({ style, children: [new TextRun(text)] });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/** A table as the docx model: caption, header row, data rows (cells as the writer lays them out). */
export type DocxTable = Pick<Extract<DocBlock, { type: "table" }>, "columns" | "rows">;

function tableOf(b: DocxTable): Table {
  const cell = (text: string, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({ style: DOCX_STYLE.tableText, children: [new TextRun({ text, bold: header })] }),
      ],
      margins: { left: 100, right: 100 },
    });
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: b.columns.map((c) => cell(c, true)) }),
    ...b.rows.map(
      (r) => new TableRow({ cantSplit: true, children: b.columns.map((_, i) => cell(r[i] ?? "", false)) }),
    ),
  ];
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
  });
}

/**
 * One piece of the document body: a paragraph in one of our styles (with `runs` when part of it prints
 * differently: a run-in heading in bold), or a table.
 */
export type DocxPiece = { style: string; text: string; runs?: Run[] } | { table: DocxTable };

/** A body paragraph from runs: plain text, with `runs` kept only when a run-in heading needs its own run. */
function runsPiece(style: string, runs: readonly Run[]): DocxPiece {
  const merged = mergeRuns(runs);
  const text = merged.map((r) => r.text).join("");
  return merged.some((r) => r.runIn) ? { style, text, runs: merged } : { style, text };
}

/**
 * The report's body as the writer lays it out, in order: the one place that decides which block becomes
 * which paragraph style (both the docx model below and the templated writer in docx-template.ts read it).
 */
export function docxPieces(unsafe: ReportDocument): DocxPiece[] {
  const doc = safeDocument(unsafe);
  const p = (style: string, text: string): DocxPiece => ({ style, text });
  const block = (b: DocBlock): DocxPiece[] => {
    switch (b.type) {
      case "part-heading":
        return [p(DOCX_STYLE.heading1, b.numbering + b.text)];
      case "section-heading":
        return [p(b.item ? DOCX_STYLE.itemHeading : DOCX_STYLE.heading2, b.numbering + b.text)];
      case "sub-heading":
        return [p(b.level === 3 ? DOCX_STYLE.heading3 : DOCX_STYLE.heading4, b.numbering + b.text)];
      case "placeholder":
        return [p(DOCX_STYLE.placeholder, b.text)];
      case "paragraph":
      case "items":
      case "figures":
        return blockRunParagraphs(b).map((runs) => runsPiece(DOCX_STYLE.body, runs));
      case "table":
        return [...(b.caption ? [p(DOCX_STYLE.caption, b.caption)] : []), { table: b }];
    }
  };
  return [
    ...(doc.showIssuerAboveTitle ? [p(DOCX_STYLE.issuerTop, doc.issuer)] : []),
    ...(doc.docNumber ? [p(DOCX_STYLE.docNumber, doc.docNumber)] : []),
    p(DOCX_STYLE.title, doc.title),
    ...(doc.addressee ? [p(DOCX_STYLE.addressee, doc.addressee)] : []),
    ...doc.body.flatMap(block),
    ...(doc.issuers ?? [doc.issuer]).map((i, n) =>
      p(n === 0 ? DOCX_STYLE.signature : DOCX_STYLE.signatureMore, i),
    ),
    ...(doc.date ? [p(DOCX_STYLE.date, doc.date)] : []),
  ];
}

/**
 * A body paragraph from runs. A run-in heading prints as the 1./（1） levels of GB/T 9704 require (仿宋, bold,
 * like the Heading3 style) inside the paragraph; figures print their value as plain body text.
 */
function runsParagraph(style: string, runs: readonly Run[]): Paragraph {
  return new Paragraph({
    style,
    children: runs.map((r) => new TextRun(r.runIn ? { text: r.text, bold: true } : r.text)),
  });
}

/** "— 1 —": odd pages right, even pages left, each one character in from the edge of the type area. */
function pageNumberFooter(alignment: "left" | "right"): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: DOCX_STYLE.footer,
        alignment: alignment === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === "right" ? { right: SIZE.pageNumber * 10 } : { left: SIZE.pageNumber * 10 },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

/** The 草稿 mark at the top right of every page of a report not yet approved. */
export const DRAFT_MARK = "草稿";

function draftHeader(): Header {
  return new Header({
    children: [new Paragraph({ style: DOCX_STYLE.header, children: [new TextRun(DRAFT_MARK)] })],
  });
}

/** The docx object model of pieces (exposed for tests and for callers that pack it themselves). */
export function docxModel(
  pieces: DocxPiece[],
  meta: { title: string; creator: string; draft?: boolean },
): Document {
  const children = pieces.map((x) =>
    "table" in x ? tableOf(x.table) : x.runs ? runsParagraph(x.style, x.runs) : para(x.style, x.text),
  );
  return new Document({
    title: meta.title,
    creator: meta.creator,
    evenAndOddHeaderAndFooters: true,
    styles: { paragraphStyles },
    sections: [
      {
        properties: {
          page: {
            size: { width: DOCX_PAGE.width, height: DOCX_PAGE.height },
            margin: DOCX_PAGE.margin,
          },
        },
        ...(meta.draft ? { headers: { default: draftHeader(), even: draftHeader() } } : {}),
        footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
        children,
      },
    ],
  });
}

/** The docx object model of the report. */
export function toDocxDocument(unsafe: ReportDocument): Document {
  const doc = safeDocument(unsafe);
  return docxModel(docxPieces(doc), { title: doc.title, creator: doc.issuer, draft: doc.draft ?? false });
}

/**
 * The font table, as Word writes it for these fonts: each with its GB2312 character set (86), its PANOSE
 * class and an alternate name, so that a machine without 仿宋_GB2312 or 方正小标宋简体 substitutes the
 * nearest font it has (仿宋, 楷体, 宋体 …; a serif for 仿宋 and 楷体, a sans for 黑体) instead of a default.
 */
const FONT_TABLE: ReadonlyArray<{
  name: string;
  altName: string;
  panose: string;
  family: "roman" | "swiss";
}> = [
  { name: DOCX_FONTS.body, altName: "仿宋", panose: "02010609030101010101", family: "roman" },
  { name: DOCX_FONTS.title, altName: "宋体", panose: "02000000000000000000", family: "roman" },
  { name: DOCX_FONTS.heading1, altName: "SimHei", panose: "02010609060101010101", family: "swiss" },
  { name: DOCX_FONTS.heading2, altName: "楷体", panose: "02010609030101010101", family: "roman" },
  { name: DOCX_FONTS.pageNumber, altName: "SimSun", panose: "02010600030101010101", family: "roman" },
];

const fontTableXml =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/>` +
      `<w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
  ).join("") +
  `</w:fonts>`;

/** Packs a docx model with our font table: the bytes of a .docx file. */
export async function packDocx(model: Document): Promise<Uint8Array> {
  return new Uint8Array(
    await Packer.pack(model, "arraybuffer", false, [{ path: "word/fontTable.xml", data: fontTableXml }]),
  );
}

/**
 * The report as the bytes of a .docx file, written through the docx library's object model: the
 * reference for `toDocx` (docx-template.ts), which writes the same XML from templates taken from it.
 */
export async function toDocxWithLibrary(doc: ReportDocument): Promise<Uint8Array> {
  return packDocx(toDocxDocument(doc));
}
