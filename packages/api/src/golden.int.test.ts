/**
 * The reference report as a golden test: the demo's 2023 report of 荆竹铺镇, rendered from the stored
 * section data through the plugins' renderers, must carry the reference report's title, parts and sections
 * in the same order with the same numbering, every figure in order — and, line by line, its text.
 * The reference text is only read here, for comparison; nothing is rendered from it.
 */
import { readFileSync } from "node:fs";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeStoredReport, writeDocument } from "./services/documents.ts";
import { findReportByNames } from "./services/lookup.ts";
import { seedDemo } from "./services/demo.ts";

const reference = readFileSync(
  new URL("../../../docs/reference/jingzhupu-2023-report.txt", import.meta.url),
  "utf8",
);

/** Whitespace (PDF extraction artefacts) out, half-width brackets made full-width as in the documents. */
function normalise(text: string): string {
  return text.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
}

const refLines = reference.split("\n").map(normalise).filter(Boolean);
const PART = /^[一二三四五六七八九十]+、/;
const SECTION = /^（[一二三四五六七八九十]+）/;
const numbersIn = (s: string) => s.match(/\d+(\.\d+)?%?/g) ?? [];

let t: TestDatabase;
let markdown: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, sections, demoFixtures);
  const reportId = await findReportByNames(t.db, 2023, "荆竹铺镇");
  markdown = writeDocument(await composeStoredReport(t.db, sections, reportId), "md");
});
afterAll(() => t?.dispose());

describe("golden: the demo 2023 report of 荆竹铺镇 reproduces the reference report", () => {
  it("has the same issuer and title", () => {
    // (After the 草稿 mark: the demo report is not approved.)
    const lines = markdown.split("\n").filter((l) => l && !l.startsWith("**草稿**"));
    expect(normalise(lines[0]!)).toBe(refLines[0]);
    expect(lines[1]).toBe(`# ${refLines[1]}`);
  });

  it("has the same parts and sections, in order, with the same numbering", () => {
    const rendered = markdown
      .split("\n")
      .filter((l) => /^#{2,3} /.test(l))
      .map((l) => normalise(l.replace(/^#+ /, "")));
    const expected = refLines.filter((l) => PART.test(l) || SECTION.test(l));
    expect(expected.length).toBe(13); // 3 parts, 10 sections
    expect(rendered).toEqual(expected);
  });

  it("carries every figure of the reference, in order", () => {
    const text = normalise(markdown);
    let from = 0;
    for (const n of numbersIn(refLines.join(""))) {
      const at = text.indexOf(n, from);
      expect(at, `figure ${n} after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + n.length;
    }
  });

  it("reads like the reference: every line of the reference appears in the rendered text", () => {
    const text = normalise(markdown);
    const missing = refLines.filter((l) => !text.includes(l));
    expect(missing).toEqual([]);
  });
});
