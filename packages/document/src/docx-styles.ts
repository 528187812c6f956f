import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from "docx";

/** The page, fonts, sizes and paragraph styles of the report's Word document (GB/T 9704-2012). */

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
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;
/** Fixed line spacing in twips: 22 lines fill the 225 mm type area (28.9 pt). */
export const DOCX_LINE = 578;
/** One character of body text (16 pt) in twips. */
export const CHAR = 320;

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
  docNumber: "NbDocNumber",
  signatureMore: "NbSignatureMore",
  itemHeading: "NbItemHeading",
  footer: "Footer",
  header: "Header",
} as const;

export const paragraphStyles: IParagraphStyleOptions[] = [
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
    id: DOCX_STYLE.signatureMore,
    name: "Signature (joint issuer)",
    basedOn: DOCX_STYLE.body,
    paragraph: {
      alignment: AlignmentType.RIGHT,
      indent: { firstLineChars: 0, firstLine: 0, right: 4 * CHAR },
      keepNext: true,
    },
  },
  {
    id: DOCX_STYLE.docNumber,
    name: "Document number",
    basedOn: DOCX_STYLE.body,
    next: DOCX_STYLE.title,
    paragraph: {
      alignment: AlignmentType.CENTER,
      indent: { firstLineChars: 0, firstLine: 0 },
      spacing: { ...exact(), after: DOCX_LINE },
      keepNext: true,
    },
  },
  {
    id: DOCX_STYLE.itemHeading,
    name: "Item heading",
    basedOn: DOCX_STYLE.body,
    next: DOCX_STYLE.body,
    paragraph: { keepNext: true, outlineLevel: 1 },
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
    id: DOCX_STYLE.header,
    name: "header",
    run: { font: fonts(DOCX_FONTS.heading1), size: SIZE.body, color: "C00000" },
    paragraph: {
      alignment: AlignmentType.RIGHT,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      indent: { firstLineChars: 0, firstLine: 0 },
    },
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
