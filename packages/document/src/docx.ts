import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphStyleOptions,
} from "docx";
import { blockRunParagraphs, mergeRuns, type Run } from "@nianbao/sdk";
import type { DocBlock, ReportDocument } from "./compose.ts";
import { safeDocument } from "./safe-text.ts";

/**
 * The report as a Word document laid out as GB/T 9704-2012 prescribes for official documents: A4 with the
 * standard's margins, 小标宋 2号 title, 仿宋 3号 body with a two-character first-line indent and fixed line
 * spacing, 黑体 一、 headings, 楷体 （一） headings, "— 1 —" page numbers in 宋体 4号 (odd pages right, even
 * pages left), the signature and date right-aligned. Written from the same blocks as the HTML and Markdown:
 * no plugin knows about DOCX. Pure (no I/O): it returns the file's bytes.
 */

/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * TWIPS_PER_MM);

/** The page geometry: A4; top 37 mm, binding (left) 28 mm, type area 156 × 225 mm. */
export const DOCX_PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(22) },
} as const;

/** Font names as Chinese government Word templates name them; Word and LibreOffice substitute missing ones. */
export const DOCX_FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
} as const;

/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;
/** Fixed line spacing in twips: 22 lines fill the 225 mm type area (28.9 pt). */
export const DOCX_LINE = 578;
/** One character of body text (16 pt) in twips. */
const CHAR = 320;

function fonts(name: string) {
  // East Asian font first of all (it is what Word and LibreOffice use for CJK); the same for Latin so digits match.
  return { eastAsia: name, ascii: name, hAnsi: name, cs: name, hint: "eastAsia" as const };
}

const exact = (line: number = DOCX_LINE) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

/** Style ids used by the writer (tests and anyone post-processing the file read them). */
export const DOCX_STYLE = {
  body: "Normal",
  title: "Title",
  heading1: "Heading1",
  heading2: "Heading2",
  heading3: "Heading3",
  heading4: "Heading4",
  issuerTop: "NbIssuerTop",
  addressee: "NbAddressee",
  signature: "NbSignature",
  date: "NbDate",
  tableText: "NbTableText",
  caption: "NbCaption",
  placeholder: "NbPlaceholder",
  footer: "Footer",
} as const;

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: DOCX_STYLE.body,
    name: "Normal",
    quickFormat: true,
    run: { font: fonts(DOCX_FONTS.body), size: SIZE.body, language: { eastAsia: "zh-CN" } },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      spacing: exact(),
      indent: { firstLineChars: 200, firstLine: 2 * CHAR },
    },
  },
  {
    id: DOCX_STYLE.title,
    name: "Title",
    basedOn: DOCX_STYLE.body,
    next: DOCX_STYLE.body,
    quickFormat: true,
    run: { font: fonts(DOCX_FONTS.title), size: SIZE.title },
    paragraph: {
      alignment: AlignmentType.CENTER,
      indent: { firstLineChars: 0, firstLine: 0 },
      // A 2号 line needs more than the body's 28.9 pt; one empty body line follows the title.
      spacing: { line: 720, lineRule: LineRuleType.EXACT, before: 0, after: DOCX_LINE },
      outlineLevel: 0,
    },
  },
  ...(
    [
      [DOCX_STYLE.heading1, "heading 1", DOCX_FONTS.heading1, false, 0],
      [DOCX_STYLE.heading2, "heading 2", DOCX_FONTS.heading2, false, 1],
      [DOCX_STYLE.heading3, "heading 3", DOCX_FONTS.body, true, 2],
      [DOCX_STYLE.heading4, "heading 4", DOCX_FONTS.body, true, 3],
    ] as const
  ).map(([id, name, font, bold, outlineLevel]): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: DOCX_STYLE.body,
    next: DOCX_STYLE.body,
    quickFormat: true,
    run: { font: fonts(font), size: SIZE.body, bold, color: "000000" },
    paragraph: { spacing: exact(), keepNext: true, outlineLevel },
  })),
  {
    id: DOCX_STYLE.issuerTop,
    name: "Issuer above title",
    basedOn: DOCX_STYLE.body,
    paragraph: { alignment: AlignmentType.CENTER, indent: { firstLineChars: 0, firstLine: 0 } },
  },
  {
    id: DOCX_STYLE.addressee,
    name: "Addressee",
    basedOn: DOCX_STYLE.body,
    paragraph: { indent: { firstLineChars: 0, firstLine: 0 } },
  },
  {
    id: DOCX_STYLE.signature,
    name: "Signature",
    basedOn: DOCX_STYLE.body,
    paragraph: {
      alignment: AlignmentType.RIGHT,
      indent: { firstLineChars: 0, firstLine: 0, right: 4 * CHAR },
      spacing: { ...exact(), before: 2 * DOCX_LINE },
      keepNext: true,
    },
  },
  {
    id: DOCX_STYLE.date,
    name: "Date",
    basedOn: DOCX_STYLE.body,
    paragraph: {
      alignment: AlignmentType.RIGHT,
      indent: { firstLineChars: 0, firstLine: 0, right: 4 * CHAR },
    },
  },
  {
    id: DOCX_STYLE.tableText,
    name: "Table text",
    basedOn: DOCX_STYLE.body,
    run: { size: SIZE.table },
    paragraph: {
      alignment: AlignmentType.CENTER,
      indent: { firstLineChars: 0, firstLine: 0 },
      spacing: { line: 360, lineRule: LineRuleType.EXACT },
    },
  },
  {
    id: DOCX_STYLE.caption,
    name: "caption",
    basedOn: DOCX_STYLE.body,
    next: DOCX_STYLE.body,
    run: { bold: true },
    paragraph: {
      alignment: AlignmentType.CENTER,
      indent: { firstLineChars: 0, firstLine: 0 },
      keepNext: true,
    },
  },
  {
    id: DOCX_STYLE.placeholder,
    name: "Placeholder",
    basedOn: DOCX_STYLE.body,
    run: { italics: true, color: "888888" },
  },
  {
    id: DOCX_STYLE.footer,
    name: "footer",
    run: { font: fonts(DOCX_FONTS.pageNumber), size: SIZE.pageNumber },
    paragraph: {
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      indent: { firstLineChars: 0, firstLine: 0 },
    },
  },
];

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
        return [p(DOCX_STYLE.heading2, b.numbering + b.text)];
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
    p(DOCX_STYLE.title, doc.title),
    ...(doc.addressee ? [p(DOCX_STYLE.addressee, doc.addressee)] : []),
    ...doc.body.flatMap(block),
    p(DOCX_STYLE.signature, doc.issuer),
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

/** The docx object model of pieces (exposed for tests and for callers that pack it themselves). */
export function docxModel(pieces: DocxPiece[], meta: { title: string; creator: string }): Document {
  const children = pieces.map((x) => ("table" in x ? tableOf(x.table) : x.runs ? runsParagraph(x.style, x.runs) : para(x.style, x.text)));
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
        footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
        children,
      },
    ],
  });
}

/** The docx object model of the report. */
export function toDocxDocument(unsafe: ReportDocument): Document {
  const doc = safeDocument(unsafe);
  return docxModel(docxPieces(doc), { title: doc.title, creator: doc.issuer });
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
