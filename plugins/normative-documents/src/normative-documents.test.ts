import { computeMetrics, formatRate, migrateData, renderSection, runChecks } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT, levelContext, expectUpgradeKeepsRendering } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import {
  asV2,
  demo2024,
  demo2024v2,
  fixtures,
  jingzhupu2023,
  jingzhupu2023v1,
  noneIssued,
  statedFiling,
} from "./fixtures.ts";
import plugin, { type NormativeDocuments } from "./index.ts";
import { normativeDocumentsDefaults } from "./schema.ts";
import { V2_RENDERED } from "./v2-rendered.ts";

const paragraphs = (data: unknown, ctx = TEST_RENDER_CONTEXT) =>
  renderSection(plugin, data, ctx).map((b) => ("text" in b ? b.text : ""));
const text = (data: unknown) => paragraphs(data).join("\n");
const ids = (data: unknown, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);

describe("normative-documents renderer", () => {
  it("reads exactly like the reference report for 荆竹铺镇 2023", () => {
    expect(paragraphs(jingzhupu2023)).toEqual([
      "全镇规范性文件报备工作正常开展，规范性文件报备率达100%，没有被上级机关责令纠正情况。所有文件有专门工作人员登记备案，妥善保管。",
    ]);
  });

  it("writes the counts, the clean-up and further paragraphs when asked to", () => {
    expect(paragraphs(demo2024)).toEqual([
      "全镇规范性文件报备工作正常开展，全年制发规范性文件4件，均经合法性审查，报送备案4件，报备率达100%，没有被上级机关责令纠正情况。" +
        "镇党委、镇政府出台的26件各类文件全部经过合法性审查，审查镇政府签订的各类合同30余份。" +
        "开展规范性文件清理工作，共清理规范性文件12件，废止和宣布失效3件。所有文件有专门工作人员登记备案，妥善保管。",
      "严格落实规范性文件“三统一”制度，做到“有件必备、有备必审、有错必纠”。",
    ]);
  });

  it("writes both rates, or a rate below target, in the rates-only style", () => {
    expect(text({ ...jingzhupu2023, reviewed: 3 })).toContain("规范性文件合法性审查率、报备率均达100%，");
    expect(text({ ...jingzhupu2023, issued: 3, reviewed: 3, filed: 2 })).toContain(
      "规范性文件合法性审查率达100%，报备率为66.7%，",
    );
    expect(text({ ...demo2024, reviewed: 3, filed: 3, corrected: 1 })).toContain(
      "全年制发规范性文件4件，经合法性审查3件，报送备案3件，报备率为75%，被上级机关责令纠正1件。",
    );
  });

  it("says no documents were issued for 0/0 instead of printing 0% or 100%", () => {
    expect(text(noneIssued)).toBe(
      "全镇规范性文件报备工作正常开展，全年未制发规范性文件。" +
        "镇党委、镇政府出台的5件各类文件全部经过合法性审查，审查镇政府签订的各类合同8份。" +
        "所有文件有专门工作人员登记备案，妥善保管。",
    );
    expect(text({ ...noneIssued, figures: "rates" })).not.toMatch(/%/);
    expect(formatRate({ numerator: 0, denominator: 0 })).toBe("无");
    expect(computeMetrics(plugin, noneIssued).filingRate).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      lowerBound: false,
    });
  });

  it("follows the township's kind (乡 / 街道)", () => {
    const xiang = { ...TEST_RENDER_CONTEXT, org: { name: "某某乡", fullName: "某县某某乡人民政府" } };
    expect(paragraphs(jingzhupu2023, xiang)[0]).toMatch(/^全乡规范性文件报备工作正常开展，/);
  });

  it("renders nothing for an empty section", () => {
    expect(renderSection(plugin, normativeDocumentsDefaults, TEST_RENDER_CONTEXT)).toEqual([]);
  });
});

describe("normative-documents metrics and checks", () => {
  it("derives the filing rate from the counts", () => {
    const m = computeMetrics(plugin, jingzhupu2023);
    expect(m.issued).toEqual({ value: 3, numerator: null, denominator: null, lowerBound: false });
    expect(m.filingRate).toEqual({ value: 100, numerator: 3, denominator: 3, lowerBound: false });
    expect(m.reviewRate).toEqual({ value: null, numerator: null, denominator: null, lowerBound: false });
    expect(m.corrected!.value).toBe(0);
    const demo = computeMetrics(plugin, demo2024);
    expect(demo.cleaned!.value).toBe(12);
    expect(demo.repealed!.value).toBe(3);
  });

  it("the reference content and the demo pass every check", () => {
    expect(runChecks(plugin, jingzhupu2023, {})).toEqual([]);
    expect(runChecks(plugin, demo2024, {})).toEqual([]);
    expect(runChecks(plugin, noneIssued, {})).toEqual([]);
  });

  it("refuses parts larger than their whole", () => {
    expect(ids({ ...demo2024, filed: 5 })).toEqual(["error:filed-within-issued"]);
    expect(ids({ ...demo2024, reviewed: 5 })).toEqual(["error:reviewed-within-issued"]);
    expect(ids({ ...demo2024, cleanup: { done: true, cleaned: 2, repealed: 3 } })).toEqual([
      "error:repealed-within-cleaned",
    ]);
  });

  it("warns when the filing or review rate misses the year's target", () => {
    const d: NormativeDocuments = { ...demo2024, reviewed: 3, filed: 3 };
    expect(ids(d)).toEqual(["warning:filingRate-below-target", "warning:reviewRate-below-target"]);
    expect(ids(d, { targetFilingRate: 75, targetReviewRate: 75 })).toEqual([]);
  });

  it("warns about figures that do not fit together", () => {
    expect(ids({ ...demo2024, issued: null })).toEqual(["warning:issued-missing"]);
    expect(ids({ ...demo2024, corrected: 5 })).toEqual(["warning:corrected-exceeds-issued"]);
  });
});

describe("normative-documents v2 (legality review of all documents and of contracts)", () => {
  it("parses the v1 shape (the new fields default to empty) to what migrations[2] and [3] give", () => {
    expect(plugin.schema.parse(jingzhupu2023v1)).toEqual(migrateData(plugin, jingzhupu2023v1, 1));
  });

  it("prints partial review with its counts and rate, a stated percentage as stated, and nothing for 0/0", () => {
    const with_ = (documents: NormativeDocuments["legalityReview"]["documents"]) => ({
      ...demo2024,
      legalityReview: { documents, contracts: { value: null, qualifier: "" as const } },
    });
    expect(text(with_({ numerator: 11, denominator: 12, percent: null, percentQualifier: "" }))).toContain(
      "镇党委、镇政府出台各类文件12件，经合法性审查11件，审查率91.7%。",
    );
    expect(
      text(with_({ numerator: null, denominator: null, percent: 95, percentQualifier: "以上" })),
    ).toContain("镇党委、镇政府出台文件合法性审查率95%以上。");
    expect(text(with_({ numerator: 0, denominator: 0, percent: null, percentQualifier: "" }))).not.toMatch(
      /出台/,
    );
  });

  it("aggregates counted rates apart from stated ones and sums contracts as a lower bound", () => {
    const counted = computeMetrics(plugin, demo2024);
    expect(counted.documentsReviewRate).toEqual({
      value: 100,
      numerator: 26,
      denominator: 26,
      lowerBound: false,
    });
    expect(counted.documentsReviewed!.value).toBe(26);
    expect(counted.contractsReviewed).toEqual({
      value: 30,
      numerator: null,
      denominator: null,
      lowerBound: true,
    });
    const stated = {
      ...noneIssued,
      legalityReview: {
        ...noneIssued.legalityReview,
        documents: { numerator: null, denominator: null, percent: 100, percentQualifier: "" as const },
      },
    };
    expect(computeMetrics(plugin, stated).documentsReviewRate).toMatchObject({ value: 100, stated: true });
    expect(text(stated)).toContain("镇党委、镇政府出台文件合法性审查率达100%，审查镇政府签订的各类合同8份。");
  });

  it("warns when the review of all documents misses the year's target", () => {
    const partial = {
      ...demo2024,
      legalityReview: {
        ...demo2024.legalityReview,
        documents: { numerator: 20, denominator: 26, percent: null, percentQualifier: "" as const },
      },
    };
    expect(ids(partial)).toContain("warning:documentsReviewRate-below-target");
    expect(ids(partial, { targetDocumentsReviewRate: 70 })).not.toContain(
      "warning:documentsReviewRate-below-target",
    );
  });

  it("names a 街道's Party working committee and office", () => {
    const out = renderSection(plugin, demo2024, levelContext("街道"))
      .map((b) => ("text" in b ? b.text : ""))
      .join("");
    expect(out).toContain(
      "街道党工委、办事处出台的26件各类文件全部经过合法性审查，审查街道办事处签订的各类合同30余份",
    );
  });
});

describe("normative-documents v3 (报备率 stated when the documents filed are unknown)", () => {
  it("upgrades v2 data to exactly the current fixtures, which render byte-identically for 镇, 乡 and 街道", () => {
    expect(plugin.version).toBe(3);
    expect(migrateData(plugin, demo2024v2, 2)).toEqual(demo2024);
    expect(plugin.schema.parse(demo2024v2)).toEqual(demo2024);
    expect(Object.keys(V2_RENDERED)).toEqual(["jingzhupu2023", "demo2024", "noneIssued"]);
    expectUpgradeKeepsRendering(plugin, {
      fromVersion: 2,
      fixtures: fixtures.valid,
      rendered: V2_RENDERED,
      toPrevious: asV2,
    });
  });

  it("prints a stated 报备率 as reports write it, in both styles", () => {
    expect(text(statedFiling)).toBe("全镇规范性文件报备工作正常开展，全年制发规范性文件3件，报备率达100%。");
    const above = { ...statedFiling, filingPercent: { percent: 90, percentQualifier: "以上" as const } };
    expect(text(above)).toContain("报备率达90%以上");
    const exact = { ...statedFiling, filingPercent: { percent: 95, percentQualifier: "" as const } };
    expect(text(exact)).toContain("报备率为95%");
    const near = { ...statedFiling, filingPercent: { percent: 90, percentQualifier: "近" as const } };
    expect(text(near)).toContain("报备率近90%");
    expect(text({ ...statedFiling, figures: "rates" })).toBe(
      "全镇规范性文件报备工作正常开展，规范性文件报备率达100%。",
    );
    expect(text({ ...statedFiling, figures: "rates", reviewed: 3 })).toContain(
      "规范性文件合法性审查率、报备率均达100%",
    );
  });

  it("flags the filing rate stated alone as stated; counts win over a percentage", () => {
    expect(computeMetrics(plugin, statedFiling).filingRate).toEqual({
      value: 100,
      numerator: null,
      denominator: null,
      lowerBound: false,
      stated: true,
    });
    const above = { ...statedFiling, filingPercent: { percent: 90, percentQualifier: "以上" as const } };
    expect(computeMetrics(plugin, above).filingRate).toMatchObject({
      value: 90,
      lowerBound: true,
      stated: true,
    });
    expect(computeMetrics(plugin, demo2024).filingRate).toEqual({
      value: 100,
      numerator: 4,
      denominator: 4,
      lowerBound: false,
    });
  });

  it("refuses a stated percentage beside both counts, and checks a stated rate against the target", () => {
    const both = { ...demo2024, filingPercent: { percent: 100, percentQualifier: "" as const } };
    expect(runChecks(plugin, both, {}).find((r) => r.id === "filing-percent-beside-counts")).toMatchObject({
      level: "error",
      path: "filingPercent.percent",
    });
    expect(text(both)).toBe(text(demo2024));
    expect(runChecks(plugin, statedFiling, {})).toEqual([]);
    const low = { ...statedFiling, filingPercent: { percent: 80, percentQualifier: "" as const } };
    expect(runChecks(plugin, low, {}).map((r) => r.id)).toEqual(["filingRate-below-target"]);
  });
});
