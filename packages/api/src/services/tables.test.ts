import { ProcedureError } from "@nianbao/sdk";
import { describe, expect, it } from "vitest";
import { decodeText, parseCsv, readTable } from "./tables.ts";

const file = (name: string, text: string) => ({ name, contentBase64: Buffer.from(text).toString("base64") });

describe("CSV parsing", () => {
  it("reads quoted fields with commas, quotes and newlines, CRLF and a last line without a newline", () => {
    expect(parseCsv('a,"b,1","c ""q"""\r\n"multi\nline",x,\r\nlast,1,2')).toEqual([
      ["a", "b,1", 'c "q"'],
      ["multi\nline", "x", ""],
      ["last", "1", "2"],
    ]);
  });

  it("reads tab-separated text (as copied from a spreadsheet)", () => {
    expect(parseCsv("日期\t当事人\n2023-01-01\t张某\n")).toEqual([
      ["日期", "当事人"],
      ["2023-01-01", "张某"],
    ]);
  });

  it("refuses an unclosed quote", () => {
    expect(() => parseCsv('a,"b\n')).toThrow(ProcedureError);
  });

  it("drops a UTF-8 BOM and reads GBK when the bytes are not UTF-8", () => {
    expect(decodeText(Buffer.from("\uFEFF日期"))).toBe("日期");
    expect(decodeText(Buffer.from("c8d5c6da", "hex"))).toBe("日期");
  });
});

describe("readTable", () => {
  const spec = {
    columns: {
      date: { headers: ["日期"] },
      who: { headers: ["当事人", "姓名"] },
      note: { headers: ["备注"], required: false },
    },
  };

  it("maps columns by header in any order, skips blank lines and keeps the file's row numbers", async () => {
    const rows = await readTable(
      file("a.csv", "\n 姓名 ,日期（必填）\n张某,2023-01-01\n,\n李某,2023-02-01\n"),
      spec,
    );
    expect(rows).toEqual([
      { row: 3, values: { date: "2023-01-01", who: "张某", note: "" } },
      { row: 5, values: { date: "2023-02-01", who: "李某", note: "" } },
    ]);
  });

  it("refuses an empty file, a file with no data, and too many rows", async () => {
    await expect(readTable({ name: "a.csv", contentBase64: "" }, spec)).rejects.toThrow("文件是空的");
    await expect(readTable(file("a.csv", "\n\n"), spec)).rejects.toThrow("文件中没有数据");
    await expect(
      readTable(file("a.csv", "日期,当事人\n1,2\n3,4\n"), { ...spec, maxRows: 1 }),
    ).rejects.toThrow("文件有2行数据，超过上限1行");
  });

  it("refuses a text file that is not CSV by name", async () => {
    await expect(readTable(file("a.docx", "日期,当事人"), spec)).rejects.toThrow("不支持的文件类型“a.docx”");
  });
});
