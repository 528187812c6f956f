/**
 * The DOCX of the demo 2023 report, read back as what it is — a zip of XML — and checked against GB/T 9704:
 * page size and margins, the styles and East Asian fonts of title, body and both heading levels, the
 * "— 1 —" page-number footers (odd right, even left), and every heading of the reference report in order.
 */
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { toDocx } from "./docx-template.ts";
import { reportFileName } from "./file-name.ts";
import { demoReport2023 } from "./testing/demo-report.ts";

const reference = readFileSync(
  new URL("../../../docs/reference/jingzhupu-2023-report.txt", import.meta.url),
  "utf8",
);
const normalise = (text: string) => text.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
const refLines = reference.split("\n").map(normalise).filter(Boolean);

let files: Record<string, string>;

beforeAll(async () => {
  const bytes = await toDocx(demoReport2023());
  files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
});

/** The XML of one style in styles.xml. */
function style(id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(
    files["word/styles.xml"]!,
  );
  expect(m, `style ${id}`).not.toBeNull();
  return m![1]!;
}

/** Every paragraph of document.xml as its style id and text. */
function paragraphs(): Array<{ style: string | null; text: string }> {
  const xml = files["word/document.xml"]!;
  return [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? null,
    text: [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  }));
}

const attr = (xml: string, tag: string, name: string) =>
  new RegExp(`<${tag} [^>]*${name}="([^"]*)"`).exec(xml)?.[1];

describe("DOCX writer (GB/T 9704)", () => {
  it("is a Word package with document, styles, settings and footers", () => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "word/document.xml",
        "word/styles.xml",
        "word/settings.xml",
      ]),
    );
    expect(files["[Content_Types].xml"]).toContain("wordprocessingml.document.main+xml");
  });

  it("lays out A4 with the standard's margins (top 37, left 28, right 26, bottom 35 mm)", () => {
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(files["word/document.xml"]!)![0];
    expect(attr(sect, "w:pgSz", "w:w")).toBe("11906");
    expect(attr(sect, "w:pgSz", "w:h")).toBe("16838");
    expect(attr(sect, "w:pgMar", "w:top")).toBe("2098"); // 37 mm in twips
    expect(attr(sect, "w:pgMar", "w:left")).toBe("1587"); // 28 mm
    expect(attr(sect, "w:pgMar", "w:right")).toBe("1474"); // 26 mm
    expect(attr(sect, "w:pgMar", "w:bottom")).toBe("1984"); // 35 mm
    // The type area is 156 × 225 mm.
    expect(Math.round(((11906 - 1587 - 1474) * 25.4) / 1440)).toBe(156);
    expect(Math.round(((16838 - 2098 - 1984) * 25.4) / 1440)).toBe(225);
  });

  it("sets the body: 3号 仿宋_GB2312 as East Asian font, two-character indent, fixed ~28.9 pt lines", () => {
    const body = style("Normal");
    expect(attr(body, "w:rFonts", "w:eastAsia")).toBe("仿宋_GB2312");
    expect(attr(body, "w:rFonts", "w:hint")).toBe("eastAsia");
    expect(attr(body, "w:sz", "w:val")).toBe("32");
    expect(attr(body, "w:ind", "w:firstLineChars")).toBe("200");
    expect(attr(body, "w:spacing", "w:lineRule")).toBe("exact");
    const line = Number(attr(body, "w:spacing", "w:line")) / 20;
    expect(line).toBeGreaterThanOrEqual(28);
    expect(line).toBeLessThanOrEqual(29);
    expect(attr(body, "w:lang", "w:eastAsia")).toBe("zh-CN");
  });

  it("lists the fonts with the GB2312 character set and a fallback name, for machines without them", () => {
    const table = files["word/fontTable.xml"]!;
    for (const [name, alt] of [
      ["仿宋_GB2312", "仿宋"],
      ["方正小标宋简体", "宋体"],
      ["黑体", "SimHei"],
      ["楷体_GB2312", "楷体"],
    ]) {
      const font = new RegExp(`<w:font w:name="${name}">([\\s\\S]*?)</w:font>`).exec(table)?.[1] ?? "";
      expect(font, name).toContain(`<w:altName w:val="${alt}"/>`);
      expect(font, name).toContain(`<w:charset w:val="86"/>`);
    }
  });

  it("sets the title 2号 方正小标宋简体, centred", () => {
    const title = style("Title");
    expect(attr(title, "w:rFonts", "w:eastAsia")).toBe("方正小标宋简体");
    expect(attr(title, "w:sz", "w:val")).toBe("44");
    expect(attr(title, "w:jc", "w:val")).toBe("center");
    expect(paragraphs().find((p) => p.style === "Title")!.text).toBe("2023年荆竹铺镇法治政府建设年度报告");
  });

  it("sets 一、 headings in 黑体 and （一） headings in 楷体_GB2312, 3号, not bold", () => {
    for (const [id, font] of [
      ["Heading1", "黑体"],
      ["Heading2", "楷体_GB2312"],
    ] as const) {
      const s = style(id);
      expect(attr(s, "w:rFonts", "w:eastAsia"), id).toBe(font);
      expect(attr(s, "w:sz", "w:val"), id).toBe("32");
      expect(s, id).not.toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
      expect(attr(s, "w:basedOn", "w:val"), id).toBe("Normal");
    }
  });

  it("numbers pages '— 1 —' in 4号 宋体 at the foot: odd pages right, even pages left", () => {
    expect(files["word/settings.xml"]).toContain("<w:evenAndOddHeaders");
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(files["word/document.xml"]!)![0];
    const rels = files["word/_rels/document.xml.rels"]!;
    const footerOf = (type: string) => {
      const rid =
        new RegExp(`<w:footerReference [^>]*w:type="${type}"[^>]*r:id="([^"]+)"`).exec(sect)?.[1] ??
        new RegExp(`<w:footerReference [^>]*r:id="([^"]+)"[^>]*w:type="${type}"`).exec(sect)?.[1];
      expect(rid, `${type} footer`).toBeDefined();
      const target =
        new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
      return files[`word/${target}`]!;
    };
    for (const [type, align] of [
      ["default", "right"],
      ["even", "left"],
    ] as const) {
      const footer = footerOf(type);
      expect(footer).toContain("Footer");
      expect(attr(footer, "w:jc", "w:val"), type).toBe(align);
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      const text = [...footer.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("|");
      expect(text).toBe("— | —");
    }
    const footerStyle = style("Footer");
    expect(attr(footerStyle, "w:rFonts", "w:eastAsia")).toBe("宋体");
    expect(attr(footerStyle, "w:sz", "w:val")).toBe("28");
  });

  it("has every heading of the reference report, in order, with its numbering", () => {
    const headings = paragraphs()
      .filter((p) => p.style === "Heading1" || p.style === "Heading2")
      .map((p) => normalise(p.text));
    const expected = refLines.filter(
      (l) => /^[一二三四五六七八九十]+、/.test(l) || /^（[一二三四五六七八九十]+）/.test(l),
    );
    expect(expected.length).toBe(13);
    expect(headings).toEqual(expected);
  });

  it("ends with the signature and date, right-aligned", () => {
    const ps = paragraphs();
    expect(ps.at(-2)).toEqual({ style: "NbSignature", text: "武冈市荆竹铺镇人民政府" });
    expect(ps.at(-1)).toEqual({ style: "NbDate", text: "2024年1月15日" });
    expect(attr(style("NbSignature"), "w:jc", "w:val")).toBe("right");
    expect(attr(style("NbDate"), "w:jc", "w:val")).toBe("right");
  });

  it("carries the body text, and writes a plugin's table as a Word table", async () => {
    expect(paragraphs().some((p) => p.style === "Normal" && p.text.includes("安排法律知识的学习4次"))).toBe(
      true,
    );
    const doc = demoReport2023();
    const withTable = {
      ...doc,
      body: [
        ...doc.body,
        {
          type: "table" as const,
          caption: "规范性文件清单",
          columns: ["文号", "名称"],
          rows: [["荆政发〔2023〕1号", "关于…的通知"]],
        },
      ],
    };
    const xml = strFromU8(unzipSync(await toDocx(withTable))["word/document.xml"]!);
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? "";
    expect(table).toContain("<w:tblHeader");
    expect(table).toContain("荆政发〔2023〕1号");
    expect(table.match(/<w:tr[ >]/g)).toHaveLength(2);
  });
});

describe("file names", () => {
  it("names a report as people do", () => {
    expect(reportFileName("荆竹铺镇", 2023, "docx")).toBe("荆竹铺镇2023年法治政府建设年度报告.docx");
    expect(reportFileName("A/B镇", 2024, ".pdf")).toBe("A_B镇2024年法治政府建设年度报告.pdf");
  });
});
