import {
  MAX_TABLE_ROWS,
  MAX_UPLOAD_BYTES,
  ProcedureError,
  formatBytes,
  type TableRow,
  type TableSpec,
  type UploadedFile,
} from "@nianbao/sdk";
import { readSheet } from "read-excel-file/node";

/**
 * The core decodes uploaded spreadsheets for plugins (a plugin may not import a spreadsheet library):
 * XLSX through read-excel-file, CSV through the small parser below (UTF-8 with or without BOM, GBK as saved
 * by Chinese Excel, quoted fields, CRLF). Every refusal is a ProcedureError with a Chinese message.
 */

type Cell = string | number | boolean | Date | null;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function decodeBase64(file: UploadedFile, maxBytes = MAX_UPLOAD_BYTES): Buffer {
  if (file.contentBase64.length > Math.ceil(maxBytes / 3) * 4 + 4) {
    throw new ProcedureError(`文件过大：上限为${formatBytes(maxBytes)}`);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.contentBase64))
    throw new ProcedureError("文件内容无法读取（编码不正确）");
  const bytes = Buffer.from(file.contentBase64, "base64");
  if (bytes.length === 0) throw new ProcedureError("文件是空的");
  if (bytes.length > maxBytes)
    throw new ProcedureError(`文件过大（${formatBytes(bytes.length)}）：上限为${formatBytes(maxBytes)}`);
  return bytes;
}

/** Text of a CSV file: UTF-8 (BOM dropped) or, when that is not valid UTF-8, GBK. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gbk", { fatal: true }).decode(bytes);
    } catch {
      throw new ProcedureError("无法识别文件的文字编码：请将 CSV 另存为 UTF-8 编码");
    }
  }
}

/** RFC 4180 CSV: quoted fields ("" inside quotes is a quote), commas or tabs, CRLF or LF, newlines in quotes. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep =
    !firstLine.includes(",") && firstLine.includes("\t")
      ? "\t"
      : firstLine.includes(",")
        ? ","
        : firstLine.includes("，")
          ? "，"
          : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === sep) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      if (c === "\r" && text[i + 1] === "\n") i++;
    } else field += c;
    i++;
  }
  if (quoted) throw new ProcedureError("CSV 文件格式不正确：有未闭合的引号");
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

async function sheetOf(file: UploadedFile, bytes: Buffer): Promise<Cell[][]> {
  const name = file.name.toLowerCase();
  if (startsWith(bytes, ZIP)) {
    try {
      return (await readSheet(bytes)) as unknown as Cell[][];
    } catch {
      throw new ProcedureError("无法读取该 Excel 文件：文件已损坏或不是 .xlsx 格式");
    }
  }
  if (startsWith(bytes, OLE) || name.endsWith(".xls")) {
    throw new ProcedureError("不支持旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后再导入");
  }
  const isText = !bytes.subarray(0, 4096).includes(0);
  if (!isText || !/\.(csv|txt)$/.test(name)) {
    throw new ProcedureError(`不支持的文件类型“${file.name}”：请上传 Excel（.xlsx）或 CSV 文件`);
  }
  return parseCsv(decodeText(bytes));
}

/** "日期（必填）", " 当事人* ", "Date:" → "日期", "当事人", "date". */
const normaliseHeader = (h: string) =>
  h
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[\s*：:]/g, "")
    .toLowerCase();

/** Decode an uploaded XLSX/CSV file into rows keyed by the spec's columns (the first non-empty row is the header). */
export async function readTable<K extends string>(
  file: UploadedFile,
  spec: TableSpec<K>,
): Promise<TableRow<K>[]> {
  const bytes = decodeBase64(file);
  const sheet = await sheetOf(file, bytes);
  const maxRows = spec.maxRows ?? MAX_TABLE_ROWS;
  const lines = sheet.map((cells, i) => ({ row: i + 1, cells: cells.map(cellText) }));
  const nonEmpty = lines.filter((l) => l.cells.some((c) => c !== ""));
  const header = nonEmpty[0];
  if (!header) throw new ProcedureError("文件中没有数据");

  const keys = Object.keys(spec.columns) as K[];
  const index = new Map<K, number>();
  const missing: string[] = [];
  const headers = header.cells.map(normaliseHeader);
  for (const key of keys) {
    const col = spec.columns[key];
    const at = headers.findIndex((h) => h !== "" && col.headers.some((name) => normaliseHeader(name) === h));
    if (at >= 0) index.set(key, at);
    else if (col.required !== false) missing.push(col.headers[0]!);
  }
  if (missing.length) {
    throw new ProcedureError(
      `第${header.row}行（表头）缺少列：${missing.join("、")}。表头须包含：${keys
        .filter((k) => spec.columns[k].required !== false)
        .map((k) => spec.columns[k].headers[0])
        .join("、")}`,
    );
  }
  const data = nonEmpty.slice(1);
  if (data.length > maxRows)
    throw new ProcedureError(`文件有${data.length}行数据，超过上限${maxRows}行：请分批导入或删减后再试`);
  return data.map((l) => ({
    row: l.row,
    values: Object.fromEntries(
      keys.map((k) => [k, index.has(k) ? (l.cells[index.get(k)!] ?? "") : ""]),
    ) as Record<K, string>,
  }));
}
