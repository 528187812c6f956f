import { computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { demo2024, jingzhupu2023 } from "./fixtures.ts";
import plugin, { type DecisionMaking } from "./index.ts";
import { decisionMakingDefaults } from "./schema.ts";

const paragraphs = (data: unknown, ctx = TEST_RENDER_CONTEXT) =>
  renderSection(plugin, data, ctx).map((b) => ("text" in b ? b.text : ""));
const text = (data: unknown) => paragraphs(data).join("\n");
const ids = (data: unknown, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);

describe("decision-making renderer", () => {
  it("reads exactly like the reference report for 荆竹铺镇 2023", () => {
    expect(paragraphs(jingzhupu2023)).toEqual([
      "党委政府在年初结合工作实际、紧扣发展目标确定年度法治政府建设工作计划和目标任务。" +
        "继续强化重大决策的审查制度，在涉及镇域内经济社会发展和群众利益的重大问题上，始终坚持由分管部门提出议案，" +
        "主管领导先期审查，最后提交班子讨论决定的制度和程序，防止了行政决策的随意性，提高了行政决策的水平。" +
        "同时镇政府聘请专门公职法律顾问1名。在镇政府债权债务案件中发挥了积极作用。",
    ]);
  });

  it("prints major decisions, their steps and the advisers' figures when filled in", () => {
    expect(paragraphs(demo2024)).toEqual([
      "党委政府在年初结合工作实际、紧扣发展目标确定年度法治政府建设工作计划和目标任务。" +
        "严格执行重大行政决策程序规定，在涉及镇域内经济社会发展和群众利益的重大问题上，坚持由分管部门提出议案，" +
        "主管领导先期审查，最后提交班子讨论决定。" +
        "全年作出重大行政决策2项，均严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定五项法定程序。" +
        "同时镇政府聘请法律顾问2名。为镇政府合同审查、信访化解等工作提供了专业法律支持。" +
        "法律顾问全年出具法律意见书12份，审查各类合同30余件。",
      "建立重大行政决策事项目录管理制度，按年度向社会公布。",
    ]);
  });

  it("writes the steps as a system when no decision was made, and the adviser alone without 同时", () => {
    const d: DecisionMaking = {
      ...decisionMakingDefaults,
      majorDecisions: 0,
      steps: { ...decisionMakingDefaults.steps, legalityReview: true, collectiveDecision: true },
    };
    expect(text(d)).toBe("全年无重大行政决策事项，严格落实重大行政决策合法性审查、集体讨论决定程序。");
    expect(
      text({
        ...decisionMakingDefaults,
        advisers: { kind: "", count: 2 },
        legalOpinions: { value: 5, qualifier: "", unit: "次" },
      }),
    ).toBe("镇政府聘请法律顾问2名。法律顾问全年提供法律意见5次。");
  });

  it("follows the township's kind (街道)", () => {
    const street = { ...TEST_RENDER_CONTEXT, org: { name: "城西街道", fullName: "某市城西街道办事处" } };
    const out = paragraphs(jingzhupu2023, street)[0]!;
    expect(out).toMatch(/^街道党工委、办事处在年初/);
    expect(out).toContain("同时街道办事处聘请专门公职法律顾问1名。");
  });

  it("renders nothing for an empty section", () => {
    expect(renderSection(plugin, decisionMakingDefaults, TEST_RENDER_CONTEXT)).toEqual([]);
  });
});

describe("decision-making metrics and checks", () => {
  it("computes the metrics of the reference content", () => {
    const m = computeMetrics(plugin, jingzhupu2023);
    expect(m.legalAdvisers).toEqual({ value: 1, numerator: null, denominator: null, lowerBound: false });
    expect(m.majorDecisions!.value).toBeNull();
    expect(m.legalOpinionsGiven!.value).toBeNull();
  });

  it("keeps opinion units apart and qualifiers as lower bounds", () => {
    const m = computeMetrics(plugin, demo2024);
    expect(m.majorDecisions!.value).toBe(2);
    expect(m.legalOpinionsWritten).toEqual({
      value: 12,
      numerator: null,
      denominator: null,
      lowerBound: false,
    });
    expect(m.legalOpinionsGiven!.value).toBeNull();
    expect(m.contractsReviewed).toEqual({ value: 30, numerator: null, denominator: null, lowerBound: true });
  });

  it("the reference content and the demo pass every check", () => {
    expect(runChecks(plugin, jingzhupu2023, {})).toEqual([]);
    expect(runChecks(plugin, demo2024, {})).toEqual([]);
  });

  it("warns when major decisions lack legality review or collective decision", () => {
    const noReview = { ...demo2024, steps: { ...demo2024.steps, legalityReview: false } };
    const noCollective = { ...demo2024, steps: { ...demo2024.steps, collectiveDecision: false } };
    expect(ids(noReview)).toEqual(["warning:decisions-need-review-and-collective-decision"]);
    expect(ids(noCollective)).toEqual(["warning:decisions-need-review-and-collective-decision"]);
    expect(ids({ ...noReview, majorDecisions: 0 })).toEqual([]);
  });

  it("warns when fewer advisers than the year's requirement", () => {
    expect(ids(jingzhupu2023, { minLegalAdvisers: 2 })).toEqual(["warning:legalAdvisers-below-target"]);
    expect(ids({ ...jingzhupu2023, advisers: { kind: "法律顾问", count: 0 }, adviserWork: "" })).toEqual([
      "warning:legalAdvisers-below-target",
    ]);
  });

  it("warns when the advisers' work is reported without advisers", () => {
    expect(ids({ ...demo2024, advisers: { kind: "法律顾问", count: null } })).toEqual([
      "warning:adviser-work-without-advisers",
    ]);
  });
});
