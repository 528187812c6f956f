/**
 * The reference report (荆竹铺镇 2023) imports with every heading matched to its section, its figures bound to
 * the fields the demo's structured data uses, and its rendered text equal to the original apart from
 * whitespace and the width of punctuation — from the text, from a DOCX the platform writes, and from a DOCX
 * LibreOffice makes of the text.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { referenceOutline2023 } from "@nianbao/document";
import { toDocx } from "@nianbao/document/docx";
import { demoReport2023 } from "@nianbao/document/testing";
import { sections } from "@nianbao/sections";
import { describe, expect, it } from "vitest";
import { docxToText } from "./docx.ts";
import { comparable, firstDifference, importReport } from "./index.ts";

const reference = readFileSync(
  new URL("../../../docs/reference/jingzhupu-2023-report.txt", import.meta.url),
  "utf8",
);
const org = { name: "荆竹铺镇", parentName: "武冈市", kind: "township" as const };
const run = (text: string) =>
  importReport({ text, template: referenceOutline2023, registry: sections, year: 2023, org });

const EXPECTED_SECTIONS = referenceOutline2023.parts.flatMap((p) => p.sections.map((s) => s.key));
const EXPECTED_BOUND: Array<[string, string, string]> = [
  ["legal-study", "4次", "metric:studySessions"],
  // A stated percentage with 以上 (government-functions v3 keeps it; the demo enters the counts behind it).
  ["government-functions", "80%以上", "metric:oneWindowRate"],
  // "规范性文件报备率达100%" with no counts: normative-documents v3's stated 报备率.
  ["normative-documents", "达100%", "metric:filingRate"],
  ["decision-making", "1名", "metric:legalAdvisers"],
  ["business-environment", "1次", "metric:lawToEnterpriseEvents"],
  ["disclosure", "17个", "metric:villageDisclosure"],
  ["dispute-resolution", "37起", "metric:disputesMediated"],
];

/** The report as it prints without the signature and date the platform always adds (the reference text has none). */
const body = (rendered: string) =>
  rendered.replace(/\n+武冈市荆竹铺镇人民政府\s*(\n+\d{4}年\d{1,2}月\d{1,2}日)?\s*$/, "\n");

function checkImport(text: string, label: string) {
  const r = run(text);
  const matched = r.units
    .filter((u) => u.match.target.kind === "section")
    .map((u) => (u.match.target as { sectionKey: string }).sectionKey);
  expect(matched, label).toEqual(EXPECTED_SECTIONS);
  for (const [key, figure, field] of EXPECTED_BOUND) {
    const f = r.figures.find((x) => x.sectionKey === key && x.text.includes(figure));
    expect(f, `${label} ${figure}`).toMatchObject({ status: "bound", key: field });
  }
  // Nothing bound to a field the demo does not use for it.
  for (const f of r.figures.filter((x) => x.status === "bound")) {
    expect(
      EXPECTED_BOUND.some(([, , field]) => field === f.key),
      `${label} ${f.text}`,
    ).toBe(true);
  }
  expect(r.sections["dispute-resolution"]!.data).toMatchObject({ mediated: { value: 37 } });
  expect(r.sections["legal-study"]!.data).toMatchObject({ centralGroup: { sessions: 4 } });
  expect(r.sections["government-functions"]!.data).toMatchObject({
    oneWindow: { rate: { numerator: null, denominator: null, percent: 80, percentQualifier: "以上" } },
  });
  expect(r.sections["normative-documents"]!.data).toMatchObject({
    filed: null,
    filingPercent: { percent: 100, percentQualifier: "" },
  });
  expect(r.sections["disclosure"]!.data).toMatchObject({
    villageDisclosure: { numerator: 17, denominator: 17 },
  });
  return r;
}

describe("the reference report imports", () => {
  it("from its text: every heading matched, figures bound, the rendered text equal to the original", () => {
    const r = checkImport(reference, "txt");
    expect(r.front).toMatchObject({
      title: "2023年荆竹铺镇法治政府建设年度报告",
      issuers: ["武冈市荆竹铺镇人民政府"],
      org: "荆竹铺镇",
      year: 2023,
    });
    const diff = firstDifference(r.original, body(r.rendered));
    console.log(
      `reference (txt): original ${comparable(r.original).length} chars, rendered ${comparable(r.rendered).length} chars, ` +
        `text preserved ${r.summary.textPreserved}, first difference: ${diff ? JSON.stringify(diff) : "none"}`,
    );
    expect(diff).toBeNull();
    expect(r.summary).toMatchObject({ sections: { found: 13, matched: 13 }, textPreserved: 1 });
    for (const u of r.units.filter((x) => x.kind === "section"))
      expect(u.match.reason).toMatch(/ → .+, heading 1\.00$/);
  });

  it("from the DOCX the platform writes", async () => {
    const text = await docxToText(await toDocx(demoReport2023()));
    const r = checkImport(text, "platform docx");
    const diff = firstDifference(reference, body(r.rendered));
    console.log(
      `reference (platform DOCX): text preserved ${r.summary.textPreserved}, first difference from the original: ${diff ? JSON.stringify(diff) : "none"}`,
    );
    expect(diff).toBeNull();
  });

  it.runIf(existsSync("/usr/bin/soffice"))(
    "from a DOCX LibreOffice makes of the text",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "nb-import-"));
      writeFileSync(join(dir, "reference.txt"), reference);
      execFileSync(
        "soffice",
        ["--headless", "--convert-to", "docx", "--outdir", dir, join(dir, "reference.txt")],
        { stdio: "ignore", timeout: 120_000 },
      );
      const text = await docxToText(readFileSync(join(dir, "reference.docx")));
      const r = checkImport(text, "libreoffice docx");
      const diff = firstDifference(reference, body(r.rendered));
      console.log(
        `reference (LibreOffice DOCX): text preserved ${r.summary.textPreserved}, first difference from the original: ${diff ? JSON.stringify(diff) : "none"}`,
      );
      expect(diff).toBeNull();
    },
    180_000,
  );
});
