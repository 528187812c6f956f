/**
 * The templated DOCX writer writes what the docx library writes: the same document.xml byte for byte, the
 * same styles, fonts, footers and settings, on reports of many shapes (every block type and paragraph
 * style, tables of one to six columns with ragged rows, empty and hostile text, with and without
 * addressee, issuer line, 文号, joint issuers, date and the draft header), only faster.
 */
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { DocBlock, ReportDocument } from "./compose.ts";
import { toDocx, toDocxWithLibrary } from "./docx-template.ts";
import { demoReport2023 } from "./testing/demo-report.ts";

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  return { int, pick };
}

const SNIPPETS = [
  "",
  "荆竹铺镇",
  "全年办理行政复议案件1500余件，同比增长12.5%",
  "a & b < c > d \"quoted\" 'single'",
  "控制字符\u0001\u0008\u000b\u000c\u001f保留\t制表与\n换行",
  "  前后空格  ",
  "😀 emoji 与 𠀀 扩展区",
  "]]> <![CDATA[ &amp; already escaped",
  "一是严格落实；二是全面规范。",
];

function randomDoc(seed: number): ReportDocument {
  const r = random(seed);
  const text = () => Array.from({ length: 1 + r.int(3) }, () => r.pick(SNIPPETS)).join("");
  const block = (): DocBlock => {
    switch (r.int(8)) {
      case 0:
        return { type: "part-heading", numbering: "一、", text: text() };
      case 1:
        return r.int(3)
          ? { type: "section-heading", numbering: "（一）", text: text(), sectionKey: "k" }
          : {
              type: "section-heading",
              numbering: "1、",
              text: text(),
              sectionKey: "k",
              item: true,
              added: r.int(2) === 1,
            };
      case 2:
        return { type: "sub-heading", level: r.pick([3, 4] as const), numbering: "1.", text: text() };
      case 3:
        return { type: "placeholder", text: text(), sectionKey: "k" };
      case 4: {
        const cols = 1 + r.int(6);
        return {
          type: "table",
          ...(r.int(2) ? { caption: text() } : {}),
          columns: Array.from({ length: cols }, text),
          rows: Array.from({ length: r.int(4) }, () => Array.from({ length: r.int(cols + 2) }, text)),
        };
      }
      case 5:
        return {
          type: "items",
          style: r.pick(["yishi", "decimal"] as const),
          layout: r.pick(["inline", "paragraphs"] as const),
          ...(r.int(2) ? { intro: text() } : {}),
          items: Array.from({ length: 1 + r.int(4) }, () => ({
            text: text(),
            ...(r.int(2) ? { lead: text() } : {}),
          })),
        };
      case 6:
        return {
          type: "figures",
          items: Array.from({ length: 1 + r.int(3) }, () => ({ label: text(), value: text() })),
        };
      default:
        return { type: "paragraph", text: text() };
    }
  };
  const issuers = Array.from({ length: 1 + r.int(3) }, text);
  return {
    title: text() || "标题",
    issuer: issuers.join(" "),
    ...(r.int(2) ? { issuers } : {}),
    showIssuerAboveTitle: r.int(2) === 1,
    ...(r.int(2) ? { docNumber: r.int(3) ? "荆政发〔2025〕3号" : text() || null } : {}),
    addressee: r.int(2) ? text() : null,
    body: Array.from({ length: r.int(25) }, block),
    date: r.int(3) ? "2024年1月15日" : null,
    ...(r.int(2) ? { draft: r.int(2) === 1 } : {}),
  };
}

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [
      name,
      // The creation and modification times are those of the moment of writing.
      strFromU8(data).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, "T"),
    ]),
  );
}

describe("templated DOCX writer", () => {
  it("writes the demo report exactly as the docx library does", async () => {
    const doc = demoReport2023();
    expect(await parts(await toDocx(doc))).toEqual(await parts(await toDocxWithLibrary(doc)));
  });

  it("writes reports of many shapes exactly as the docx library does", async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const doc = randomDoc(seed);
      const ours = await parts(await toDocx(doc));
      const library = await parts(await toDocxWithLibrary(doc));
      expect(Object.keys(ours).sort(), `seed ${seed}`).toEqual(Object.keys(library).sort());
      for (const name of Object.keys(library))
        expect(ours[name], `seed ${seed}: ${name}`).toBe(library[name]);
    }
  });

  it("keeps report text out of the shared parts: two reports differ only in their own text", async () => {
    const a = await parts(await toDocx(demoReport2023({ name: "荆竹铺镇", parentName: "武冈市" })));
    const b = await parts(await toDocx(demoReport2023({ name: "水西门街道", parentName: "武冈市" })));
    expect(a["word/styles.xml"]).toBe(b["word/styles.xml"]);
    expect(a["word/document.xml"]).toContain("荆竹铺镇");
    expect(b["word/document.xml"]).toContain("水西门街道");
    expect(b["word/document.xml"]).not.toContain("荆竹铺镇");
    expect(b["docProps/core.xml"]).toContain("水西门街道");
  });

  it("marks every page of a draft 草稿 in its headers, and a final report not at all", async () => {
    const draft = await parts(await toDocx({ ...demoReport2023(), draft: true }));
    const final = await parts(await toDocx(demoReport2023()));
    const headers = (p: Record<string, string>) =>
      Object.keys(p).filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers(draft).length).toBe(2); // odd and even pages
    for (const h of headers(draft)) expect(draft[h]).toContain("草稿");
    expect(draft["word/document.xml"]).toMatch(/<w:headerReference w:type="default"/);
    expect(draft["word/document.xml"]).toMatch(/<w:headerReference w:type="even"/);
    expect(headers(final)).toEqual([]);
    expect(JSON.stringify(final)).not.toContain("草稿");
  });
});
