import { computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { demo2024, jingzhupu2023, sparse } from "./fixtures.ts";
import plugin from "./index.ts";
import { overviewDefaults } from "./schema.ts";

const text = (data: unknown, year = 2023) =>
  renderSection(plugin, data, { ...TEST_RENDER_CONTEXT, year })
    .map((b) => ("text" in b ? b.text : ""))
    .join("\n");

const ids = (data: unknown, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);

describe("overview renderer", () => {
  it("reads exactly like the reference report's opening for 荆竹铺镇 2023", () => {
    expect(text(jingzhupu2023)).toBe(
      "2023年，我镇法治政府建设工作在市委、市政府的正确领导下，以党的十九大精神为指导，" +
        "坚持以建设“职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信”的法治政府为目标，" +
        "以全面推进政府工作规范化、程序化、法治化为重点，全面落实《武冈市创建全国法治政府建设示范市指标体系责任分解表》，" +
        "在完善行政决策、加强规范性文件管理、规范行政执法及接受评议监督等方面扎实工作，法治政府建设各项工作顺利开展。" +
        "现将我镇2023年法治政府建设工作报告如下：",
    );
  });

  it("is one paragraph", () => {
    const blocks = renderSection(plugin, jingzhupu2023, TEST_RENDER_CONTEXT);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.type).toBe("paragraph");
  });

  it("takes the year from the report and prints several documents without 、 between them", () => {
    const out = text(demo2024, 2024);
    expect(out.startsWith("2024年，我镇法治政府建设工作在市委、市政府的正确领导下，")).toBe(true);
    expect(out).toContain(
      "全面落实《法治政府建设实施纲要（2021—2025年）》《武冈市2024年法治政府建设工作要点》，",
    );
    expect(out).toContain(
      "在依法科学民主决策、规范行政执法及化解矛盾纠纷等方面扎实工作，法治政府建设取得新成效。",
    );
    expect(out).toContain(
      "全年未发生因违法行政引发的重大群体性事件。现将我镇2024年法治政府建设工作报告如下：",
    );
  });

  it("uses the township's own subject and leaves out parts not entered", () => {
    expect(text(sparse)).toBe(
      "2023年，本镇法治政府建设工作以习近平法治思想为指导，各项工作有序推进。现将本镇2023年法治政府建设工作报告如下：",
    );
  });

  it("does not print a frame twice when the township typed it, nor 《》 twice", () => {
    const d = {
      ...jingzhupu2023,
      leadership: "在市委、市政府的正确领导下",
      guidingIdeology: "以党的十九大精神为指导",
      goal: "坚持以建设“职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信”的法治政府为目标",
      focus: "以全面推进政府工作规范化、程序化、法治化为重点",
      documents: [{ title: "《武冈市创建全国法治政府建设示范市指标体系责任分解表》" }],
    };
    expect(text(d)).toBe(text(jingzhupu2023));
  });

  it("a single key area reads 在…等方面; blank rows are left out", () => {
    const d = {
      ...jingzhupu2023,
      keyAreas: [{ area: "规范行政执法" }, { area: " " }],
      documents: [{ title: "" }],
    };
    const out = text(d);
    expect(out).toContain("以全面推进政府工作规范化、程序化、法治化为重点，在规范行政执法等方面扎实工作，");
    expect(out).not.toContain("全面落实");
  });

  it("prints only the closing sentence for an empty section, and 我镇 when the subject is cleared", () => {
    expect(text(overviewDefaults)).toBe("现将我镇2023年法治政府建设工作报告如下：");
    expect(text({ ...overviewDefaults, subject: "" })).toBe("现将我镇2023年法治政府建设工作报告如下：");
    expect(text({ ...overviewDefaults, summary: "各项工作顺利开展" })).toBe(
      "2023年，我镇各项工作顺利开展。现将我镇2023年法治政府建设工作报告如下：",
    );
  });
});

describe("overview metrics and checks", () => {
  it("counts key work areas and documents", () => {
    const m = computeMetrics(plugin, jingzhupu2023);
    expect(m.keyAreas).toEqual({ value: 4, numerator: null, denominator: null, lowerBound: false });
    expect(m.documents).toEqual({ value: 1, numerator: null, denominator: null, lowerBound: false });
    expect(computeMetrics(plugin, overviewDefaults).keyAreas!.value).toBe(0);
    expect(computeMetrics(plugin, { ...jingzhupu2023, documents: [{ title: "" }] }).documents!.value).toBe(0);
  });

  it("the reference content passes every check with default settings", () => {
    expect(ids(jingzhupu2023)).toEqual([]);
    expect(ids(demo2024)).toEqual([]);
  });

  it("warns on blank and duplicate rows", () => {
    expect(ids({ ...jingzhupu2023, documents: [{ title: "" }] })).toEqual(["warning:document-blank"]);
    expect(ids({ ...jingzhupu2023, keyAreas: [{ area: "" }] })).toEqual(["warning:key-area-blank"]);
    expect(ids({ ...jingzhupu2023, documents: [{ title: "甲" }, { title: "《甲》" }] })).toEqual([
      "warning:document-duplicate",
    ]);
    expect(ids({ ...jingzhupu2023, keyAreas: [{ area: "乙" }, { area: "乙" }] })).toEqual([
      "warning:key-area-duplicate",
    ]);
  });

  it("warns when a document the year requires is not named", () => {
    const settings = { requiredDocuments: ["《法治政府建设实施纲要（2021—2025年）》"] };
    const results = runChecks(plugin, jingzhupu2023, settings);
    expect(results).toEqual([
      {
        id: "required-documents",
        level: "warning",
        path: "documents",
        message: "未写明落实本年度要求的文件：《法治政府建设实施纲要（2021—2025年）》",
      },
    ]);
    expect(ids(demo2024, settings)).toEqual([]);
  });

  it("warns when the guiding ideology is not this year's (the reference still names 十九大 in 2023)", () => {
    expect(ids(jingzhupu2023, { expectedIdeology: "二十大" })).toEqual(["warning:ideology-outdated"]);
    expect(ids(demo2024, { expectedIdeology: "二十大" })).toEqual([]);
    expect(ids(overviewDefaults, { expectedIdeology: "二十大" })).toEqual([]);
  });

  it("warns on leftover placeholders", () => {
    expect(ids({ ...jingzhupu2023, subject: "XX镇" })).toEqual(["warning:placeholder-left"]);
    expect(ids({ ...jingzhupu2023, summary: "***" })).toEqual(["warning:placeholder-left"]);
  });
});
