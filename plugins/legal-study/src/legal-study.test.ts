import { computeMetrics, migrateData, renderSection, runChecks, type TownshipLevel } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT, levelContext, expectUpgradeKeepsRendering } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import {
  asV3,
  demo2024,
  fixtures,
  jingzhupu2023,
  jingzhupu2023v1,
  jingzhupu2023v2,
  jingzhupu2023v3,
  partialYear,
  statedRates,
} from "./fixtures.ts";
import plugin from "./index.ts";
import { legalStudyDefaults } from "./schema.ts";
import { V3_RENDERED } from "./v3-rendered.ts";

const text = (data: unknown) =>
  renderSection(plugin, data, TEST_RENDER_CONTEXT)
    .map((b) => ("text" in b ? b.text : ""))
    .join("\n");

describe("legal-study renderer", () => {
  it("reads like the reference report for 荆竹铺镇 2023", () => {
    expect(text(jingzhupu2023)).toBe(
      "镇党委政府高度重视法治工作，镇党委理论学习中心组每季度学法常态化，安排法律知识的学习4次，" +
        "积极组织全镇干部参加人民调解、执法网络培训班，参与率100%。镇机关全体干部日常学法常态化，全部通过普法考试。" +
        "通过学习，进一步增强了领导干部的法律素质，提升了依法行政的能力。",
    );
  });

  it("prints every figure of a fuller year and its further paragraphs", () => {
    const out = text(partialYear);
    expect(out).toContain("镇党委理论学习中心组安排法律知识的学习2次");
    expect(out).toContain("组织镇村干部参加法律知识培训3场，参与率90%");
    expect(out).toContain("坚持会前学法6次");
    expect(out).toContain("组织网上学法考试1次，参考率90%、合格率95.6%，学法培训考试覆盖镇村干部200余人。");
    expect(out).toContain("领导干部带头讲法2次。");
    expect(out.split("\n")).toEqual(
      expect.arrayContaining(["开展“八五”普法中期自查。", "组织宪法宣传周活动。"]),
    );
  });

  it("renders nothing for an empty section", () => {
    expect(renderSection(plugin, legalStudyDefaults, TEST_RENDER_CONTEXT)).toEqual([]);
  });

  it("says 参考率、合格率均达100% when both are full", () => {
    const d = {
      ...jingzhupu2023,
      exam: {
        name: "普法考试",
        participation: { numerator: 10, denominator: 10 },
        pass: { numerator: 10, denominator: 10 },
      },
    };
    expect(text(d)).toContain("普法考试参考率、合格率均达100%");
  });

  it("leaves out a 0/0 training rate rather than printing 0% or 100%", () => {
    const d = {
      ...jingzhupu2023,
      training: { ...jingzhupu2023.training, participation: { numerator: 0, denominator: 0 } },
    };
    expect(text(d)).not.toMatch(/参与率/);
  });
});

describe("legal-study metrics and checks", () => {
  it("stores rates as numerator and denominator", () => {
    const m = computeMetrics(plugin, jingzhupu2023);
    expect(m.studySessions).toEqual({ value: 4, numerator: null, denominator: null, lowerBound: false });
    expect(m.trainingParticipation).toEqual({
      value: 100,
      numerator: 86,
      denominator: 86,
      lowerBound: false,
    });
    expect(m.examParticipation!.value).toBeNull();
  });

  it("warns when the year's targets are missed, using the year's settings", () => {
    const ids = runChecks(plugin, partialYear, {}).map((r) => `${r.level}:${r.id}`);
    expect(ids).toEqual([
      "warning:studySessions-below-target",
      "warning:trainingParticipation-below-target",
      "warning:examPass-below-target",
    ]);
    expect(
      runChecks(plugin, partialYear, {
        minStudySessions: 2,
        targetParticipationRate: 90,
        targetPassRate: 95,
      }),
    ).toEqual([]);
  });

  it("refuses a pass rate whose denominator is not the number who sat", () => {
    const d = { ...partialYear, exam: { ...partialYear.exam, pass: { numerator: 40, denominator: 44 } } };
    const results = runChecks(plugin, d, {});
    expect(results.find((r) => r.id === "exam-sat-matches")).toMatchObject({
      level: "error",
      path: "exam.pass.denominator",
    });
  });

  it("the reference content passes every check", () => {
    expect(runChecks(plugin, jingzhupu2023, {})).toEqual([]);
  });
});

describe("legal-study demo 2024", () => {
  it("prints every figure of the 2024 demo", async () => {
    const { demo2024 } = await import("./fixtures.ts");
    const out = text(demo2024);
    expect(out).toContain("安排法律知识的学习5次");
    expect(out).toContain("积极组织镇村干部参加民法典、行政执法网络培训班，共举办培训4场，参与率94.7%");
    expect(out).toContain(
      "坚持会前学法12次、集体学法6次，镇机关全体干部日常学法常态化，组织年度学法考试2次，参考率、合格率均达100%，学法培训考试覆盖镇村干部150余人。",
    );
    expect(out).toContain("领导干部带头讲法3次");
  });
});

describe("legal-study v3 (collective study, cadres covered, exams held)", () => {
  it("parses the v2 shape (the new fields default to empty) to what migrations[3] and [4] give", () => {
    expect(plugin.schema.parse(jingzhupu2023v2)).toEqual(migrateData(plugin, jingzhupu2023v2, 2));
  });

  it("stores the qualified head count as a lower bound and the exams and sessions as counts", () => {
    const m = computeMetrics(plugin, demo2024);
    expect(m.cadresCovered).toEqual({ value: 150, numerator: null, denominator: null, lowerBound: true });
    expect(m.preMeetingStudy!.value).toBe(12);
    expect(m.collectiveStudy!.value).toBe(6);
    expect(m.examsHeld!.value).toBe(2);
  });

  it("warns below the year's collective-study target only when one is set", () => {
    const ids = (settings: unknown) => runChecks(plugin, demo2024, settings).map((r) => r.id);
    expect(ids({})).not.toContain("collectiveStudy-below-target");
    expect(ids({ minCollectiveStudy: 12 })).toContain("collectiveStudy-below-target");
  });

  it("prints 集体学法 alone, and the exam name once when no count of exams is given", () => {
    const d = {
      ...demo2024,
      collectiveStudy: { beforeMeetings: null, sessions: 4 },
      exam: { ...demo2024.exam, held: null },
    };
    expect(text(d)).toContain(
      "开展集体学法4次，镇机关全体干部日常学法常态化，年度学法考试参考率、合格率均达100%",
    );
    expect(text(d)).not.toContain("会前学法");
  });

  it("names a 街道's cadres with the street's level words", () => {
    const out = renderSection(plugin, demo2024, levelContext("街道"))
      .map((b) => ("text" in b ? b.text : ""))
      .join("");
    expect(out).toContain("覆盖街道社区干部150余人");
  });
});

describe("legal-study v2 (courses as rows)", () => {
  it("upgrades v1 data by splitting the course string, and the upgraded data reads exactly as filed", () => {
    const upgraded = migrateData(plugin, jingzhupu2023v1, 1);
    expect(upgraded).toEqual(jingzhupu2023);
    expect(text(upgraded)).toContain("积极组织全镇干部参加人民调解、执法网络培训班，参与率100%");
  });

  it("refuses v1-shaped data under v2 (the shape really changed)", () => {
    expect(plugin.schema.safeParse(jingzhupu2023v1).success).toBe(false);
  });

  it("counts courses and adds up their sessions when no total is given", () => {
    const noTotal = { ...demo2024, training: { ...demo2024.training, sessions: null } };
    const m = computeMetrics(plugin, noTotal);
    expect(m.trainingCourses!.value).toBe(2);
    expect(m.trainingSessions!.value).toBe(4);
    expect(text(noTotal)).toContain("积极组织镇村干部参加民法典、行政执法网络培训班，共举办培训4场");
  });
});

describe("legal-study v4 (rates stated as percentages)", () => {
  const textAt = (data: unknown, level: TownshipLevel) =>
    renderSection(plugin, data, levelContext(level))
      .map((b) => ("text" in b ? b.text : ""))
      .join("\n");

  it("upgrades v3 data to exactly the current fixtures, which render byte-identically for 镇, 乡 and 街道", () => {
    expect(plugin.version).toBe(4);
    expect(migrateData(plugin, jingzhupu2023v3, 3)).toEqual(jingzhupu2023);
    expect(Object.keys(V3_RENDERED)).toEqual(["jingzhupu2023", "demo2024", "partialYear"]);
    expectUpgradeKeepsRendering(plugin, {
      fromVersion: 3,
      fixtures: fixtures.valid,
      rendered: V3_RENDERED,
      toPrevious: asV3,
    });
    expect(textAt(jingzhupu2023, "乡")).toContain("乡党委理论学习中心组每季度学法常态化");
  });

  it("prints a stated participation rate as reports write it", () => {
    const out = text(statedRates);
    expect(out).toContain("组织街道社区干部参加法律知识培训4场，参训率达98%");
    expect(out).toContain("组织学法考试1次，参考率100%、合格率98.5%");
    const qualified = (percent: number, percentQualifier: string) =>
      text({
        ...statedRates,
        training: {
          ...statedRates.training,
          participation: { numerator: null, denominator: null, percent, percentQualifier },
        },
      });
    expect(qualified(100, "")).toContain("参训率达100%");
    expect(qualified(90, "以上")).toContain("参训率达90%以上");
    expect(qualified(90, "近")).toContain("参训率近90%");
    expect(qualified(95, "左右")).toContain("参训率95%左右");
  });

  it("says 均达100% for two stated full rates, and not for a qualified 100%", () => {
    const full = { numerator: null, denominator: null, percent: 100, percentQualifier: "" };
    const d = { ...statedRates, exam: { ...statedRates.exam, pass: full } };
    expect(text(d)).toContain("参考率、合格率均达100%");
    const nearly = { ...d, exam: { ...d.exam, pass: { ...full, percentQualifier: "近" } } };
    expect(text(nearly)).toContain("参考率100%、合格率近100%");
  });

  it("flags the metrics of stated-only rates as stated, apart from counted rates", () => {
    const m = computeMetrics(plugin, statedRates);
    expect(m.trainingParticipation).toEqual({
      value: 98,
      numerator: null,
      denominator: null,
      lowerBound: false,
      stated: true,
    });
    expect(m.examPass).toMatchObject({ value: 98.5, stated: true });
    const above = computeMetrics(plugin, {
      ...statedRates,
      training: {
        ...statedRates.training,
        participation: { numerator: null, denominator: null, percent: 90, percentQualifier: "以上" },
      },
    });
    expect(above.trainingParticipation).toMatchObject({ value: 90, lowerBound: true, stated: true });
    expect(computeMetrics(plugin, demo2024).trainingParticipation).not.toHaveProperty("stated");
  });

  it("refuses a percentage typed beside the counts, and checks a stated pass rate against the target", () => {
    const both = {
      ...jingzhupu2023,
      training: {
        ...jingzhupu2023.training,
        participation: { ...jingzhupu2023.training.participation, percent: 100 },
      },
    };
    expect(plugin.schema.safeParse(both).success).toBe(false);
    const ids = runChecks(plugin, statedRates, {}).map((r) => r.id);
    expect(ids).toContain("examPass-below-target");
    expect(ids).not.toContain("exam-sat-matches");
    expect(runChecks(plugin, statedRates, { targetPassRate: 98 }).map((r) => r.id)).not.toContain(
      "examPass-below-target",
    );
  });
});
