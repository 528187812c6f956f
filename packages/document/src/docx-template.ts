/**
 * The report as a .docx file, fast: the docx library lays out every part once (styles, fonts, footers,
 * settings, the section properties, and each paragraph style and table shape with marker text); each report
 * then only fills its text into those XML templates and zips. The XML is the library's, byte for byte
 * (`docx-template.test.ts` compares the two writers' document.xml on reports of many shapes), at a fraction
 * of the cost of building and serialising the library's object model for every report of a batch.
 */
import { strFromU8, unzipSync } from "fflate";
import type { ReportDocument } from "./compose.ts";
import { prepareZipEntry, writeZip, type ZipEntry } from "./zip.ts";
import { DOCX_STYLE, docxModel, docxPieces, packDocx, type DocxPiece, type DocxTable } from "./docx.ts";
import { safeDocument } from "./safe-text.ts";

export * from "./docx.ts";

/** Text as the docx library escapes it (its escapeAll): XML's five entities, C0 controls removed. */
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
export const escapeXml = (text: string) => text.replace(ESCAPED, (c) => ESCAPES[c] ?? "");

const MARK = (name: string) => `NBMARK${name}NBEND`;
const TITLE = MARK("title");
const CREATOR = MARK("creator");
const STAMP = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;

/** `<tag>value</tag>`, or nothing for an empty value (as the library leaves it out). */
const element = (tag: string, value: string) => (value ? `<${tag}>${escapeXml(value)}</${tag}>` : "");

/** [before, after] around `marker` within the innermost `<open…>…</close>` element holding it. */
function around(xml: string, marker: string, open: string, close: string): [string, string] {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`docx template: ${marker} not found`);
  const start = xml.lastIndexOf(open, at);
  const end = xml.indexOf(close, at) + close.length;
  return [xml.slice(start, at), xml.slice(at + marker.length, end)];
}

interface Skeleton {
  /** Every part but document.xml and core.xml, as the library writes them, deflated once. */
  parts: ZipEntry[];
  /** document.xml up to and including <w:body>, and from <w:sectPr> to the end. */
  head: string;
  tail: string;
  /** docProps/core.xml with the marker title and creator. */
  core: string;
  paragraph: Map<string, [string, string]>;
  /** A bold run inside a body paragraph (a run-in heading), around its text. */
  boldRun: [string, string];
  headerRow: string;
  dataRow: string;
  headerCell: [string, string];
  dataCell: [string, string];
}

const STYLES = Object.values(DOCX_STYLE).filter((s) => s !== DOCX_STYLE.footer && s !== DOCX_STYLE.header);

async function layOut(pieces: DocxPiece[], draft = false) {
  const files = unzipSync(await packDocx(docxModel(pieces, { title: TITLE, creator: CREATOR, draft })));
  return { files, document: strFromU8(files["word/document.xml"]!) };
}

/** One skeleton per kind of document: final, and draft (its pages carry the 草稿 header). */
const skeletons = new Map<boolean, Promise<Skeleton>>();
const tableHeads = new Map<number, Promise<string>>();

function loadSkeleton(draft: boolean): Promise<Skeleton> {
  let skeleton = skeletons.get(draft);
  if (skeleton) return skeleton;
  skeleton = (async () => {
    const sampleTable: DocxTable = { columns: [MARK("th")], rows: [[MARK("td")]] };
    const { files, document } = await layOut(
      [
        ...STYLES.map((style) => ({ style, text: MARK(style) })),
        { style: DOCX_STYLE.body, text: MARK("bold"), runs: [{ text: MARK("bold"), runIn: true }] },
        { table: sampleTable },
      ],
      draft,
    );
    const bodyAt = document.indexOf("<w:body>") + "<w:body>".length;
    const sectAt = document.lastIndexOf("<w:sectPr>");
    const th = around(document, MARK("th"), "<w:tc>", "</w:tc>");
    const td = around(document, MARK("td"), "<w:tc>", "</w:tc>");
    const grid = document.indexOf("</w:tblGrid>") + "</w:tblGrid>".length;
    const rows = document.slice(grid, document.indexOf("</w:tbl>"));
    const core = strFromU8(files["docProps/core.xml"]!);
    const parts = Object.entries(files).filter(
      ([name]) => name !== "word/document.xml" && name !== "docProps/core.xml",
    );
    for (const [name, data] of parts)
      if (strFromU8(data).includes("NBMARK")) throw new Error(`docx template: report text in ${name}`);
    return {
      parts: parts.map(([name, data]) => prepareZipEntry(name, data)),
      head: document.slice(0, bodyAt),
      tail: document.slice(sectAt),
      core,
      paragraph: new Map(STYLES.map((style) => [style, around(document, MARK(style), "<w:p>", "</w:p>")])),
      boldRun: around(document, MARK("bold"), "<w:r>", "</w:r>"),
      headerRow: rows.slice(0, rows.indexOf("<w:tc>")),
      dataRow: rows.slice(rows.indexOf("</w:tr>") + "</w:tr>".length, rows.lastIndexOf("<w:tc>")),
      headerCell: th,
      dataCell: td,
    };
  })();
  skeletons.set(draft, skeleton);
  return skeleton;
}

/** `<w:tbl>` … `</w:tblGrid>` for a table of `n` columns (the grid widths are the library's). */
function tableHead(n: number): Promise<string> {
  let head = tableHeads.get(n);
  if (!head) {
    head = layOut([{ table: { columns: Array.from({ length: n }, () => "x"), rows: [] } }]).then(
      ({ document }) => {
        const start = document.indexOf("<w:tbl>");
        return document.slice(start, document.indexOf("</w:tblGrid>", start) + "</w:tblGrid>".length);
      },
    );
    tableHeads.set(n, head);
  }
  return head;
}

async function bodyXml(sk: Skeleton, pieces: DocxPiece[]): Promise<string> {
  let out = "";
  for (const piece of pieces) {
    if ("table" in piece) {
      const { columns, rows } = piece.table;
      out += await tableHead(columns.length);
      out += sk.headerRow;
      for (const c of columns) out += sk.headerCell[0] + escapeXml(c) + sk.headerCell[1];
      out += "</w:tr>";
      for (const r of rows) {
        out += sk.dataRow;
        for (let i = 0; i < columns.length; i++)
          out += sk.dataCell[0] + escapeXml(r[i] ?? "") + sk.dataCell[1];
        out += "</w:tr>";
      }
      out += "</w:tbl>";
    } else {
      const p = sk.paragraph.get(piece.style);
      if (!p) throw new Error(`docx template: no paragraph style ${piece.style}`);
      if (!piece.runs) {
        out += p[0] + escapeXml(piece.text) + p[1];
        continue;
      }
      // Runs: the paragraph's own plain run template for plain text, the bold run's for a run-in heading.
      const runAt = p[0].lastIndexOf("<w:r>");
      const plainOpen = p[0].slice(runAt);
      const plainClose = p[1].slice(0, p[1].indexOf("</w:r>") + "</w:r>".length);
      out += p[0].slice(0, runAt);
      for (const r of piece.runs) {
        out += r.runIn
          ? sk.boldRun[0] + escapeXml(r.text) + sk.boldRun[1]
          : plainOpen + escapeXml(r.text) + plainClose;
      }
      out += p[1].slice(plainClose.length);
    }
  }
  return out;
}

/** The report as the bytes of a .docx file (the same XML as `toDocxWithLibrary`). */
export async function toDocx(unsafe: ReportDocument): Promise<Uint8Array> {
  const doc = safeDocument(unsafe);
  const sk = await loadSkeleton(doc.draft ?? false);
  const now = new Date().toISOString();
  const core = sk.core
    .replace(`<dc:title>${TITLE}</dc:title>`, () => element("dc:title", doc.title))
    .replace(`<dc:creator>${CREATOR}</dc:creator>`, () => element("dc:creator", doc.issuer))
    .replace(STAMP, now);
  return writeZip([
    prepareZipEntry("word/document.xml", sk.head + (await bodyXml(sk, docxPieces(doc))) + sk.tail),
    prepareZipEntry("docProps/core.xml", core),
    ...sk.parts,
  ]);
}
