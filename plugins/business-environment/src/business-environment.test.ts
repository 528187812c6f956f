import {
  computeMetrics,
  itemsToParagraphs,
  migrateData,
  renderSection,
  runChecks,
  type Block,
} from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { demo2024, jingzhupu2023, jingzhupu2023v1 } from "./fixtures.ts";
import plugin, { type BusinessEnvironment } from "./index.ts";
import { businessEnvironmentDefaults } from "./schema.ts";

const blockText = (b: Block) =>
  b.type === "items" ? itemsToParagraphs(b).join("\n") : "text" in b ? b.text : "";
const text = (data: unknown) => renderSection(plugin, data, TEST_RENDER_CONTEXT).map(blockText).join("\n");
const ids = (data: BusinessEnvironment, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);

describe("business-environment renderer", () => {
  it("reads exactly like the reference report for 荆竹铺镇 2023", () => {
    expect(text(jingzhupu2023)).toBe(
      "镇政府高度重视招商引资工作，持续在优化营商环境上下功夫，所有项目全部由镇主要领导亲自安排部署，" +
        "在行政审批、商事制度、投资项目审批上主动服务。及时调处化解各类营商纠纷。" +
        "今年组织应急办、司法所、镇工会开展“送法进企业”活动1次，切实提高了企业职工的法律常识。" +
        "在全镇认真开展扫黑除恶专项斗争，认真排查各类社会不稳定因素，营造了风清气正的营商环境。",
    );
    expect(renderSection(plugin, jingzhupu2023, TEST_RENDER_CONTEXT)).toHaveLength(1);
  });

  it("prints every figure of the 2024 demo and its further paragraph", () => {
    const blocks = renderSection(plugin, demo2024, TEST_RENDER_CONTEXT);
    expect(blocks).toHaveLength(2);
    const out = text(demo2024);
    expect(out).toContain("在行政审批、商事制度、投资项目审批、企业开办上主动服务。");
    expect(out).toContain("受理各类营商纠纷6件，及时调处化解6件。");
    expect(out).toContain("受理企业诉求24条，办结24条，办结率100%。");
    expect(out).toContain(
      "今年组织司法所、派出所、市场监管所、律师事务所开展“送法进企业”活动3次，走进企业12家，帮助企业排查法律风险隐患9处。" +
        "为30余家企业开展“法治体检”，提出法律意见建议45条。",
    );
    expect(out.split("\n")[1]).toBe("开展涉企行政检查规范化专项行动，杜绝多头检查、重复检查。");
  });

  it("prints a resolved count without a received count, and no 及时 when not claimed", () => {
    const d = { ...jingzhupu2023, disputes: { handled: false, received: null, resolved: 4 } };
    expect(text(d)).toContain("上主动服务。调处化解各类营商纠纷4件。今年");
  });

  it("reads 无 for 0/0 enterprise requests, never 0% or 100%", () => {
    const out = text({ ...jingzhupu2023, requests: { numerator: 0, denominator: 0 } });
    expect(out).toContain("全年无企业诉求事项。");
    expect(out).not.toMatch(/办结率|%/);
  });

  it("leaves out the activity sentence when no activity was held, without a dangling effect clause", () => {
    const d = {
      ...jingzhupu2023,
      lawToEnterprise: { ...jingzhupu2023.lawToEnterprise, events: 0, effect: "" },
    };
    const out = text(d);
    expect(out).not.toMatch(/送法进企业|，。|。。/);
  });

  it("writes the activity without a count when only the organisers are entered", () => {
    const d = { ...jingzhupu2023, lawToEnterprise: { ...jingzhupu2023.lawToEnterprise, events: null } };
    expect(text(d)).toContain(
      "今年组织应急办、司法所、镇工会开展“送法进企业”活动，切实提高了企业职工的法律常识。",
    );
  });

  it("renders nothing for an empty section", () => {
    expect(renderSection(plugin, businessEnvironmentDefaults, TEST_RENDER_CONTEXT)).toEqual([]);
  });
});

describe("business-environment metrics and checks", () => {
  it("computes the section's figures", () => {
    const m = computeMetrics(plugin, jingzhupu2023);
    expect(m.lawToEnterpriseEvents).toEqual({
      value: 1,
      numerator: null,
      denominator: null,
      lowerBound: false,
    });
    expect(m.enterprisesReached!.value).toBeNull();
    expect(m.disputesResolved!.value).toBeNull();
    expect(m.requestsResolved).toEqual({
      value: null,
      numerator: null,
      denominator: null,
      lowerBound: false,
    });
    const n = computeMetrics(plugin, demo2024);
    expect(n.enterprisesReached!.value).toBe(12);
    expect(n.disputesResolved!.value).toBe(6);
    expect(n.requestsResolved).toEqual({ value: 100, numerator: 24, denominator: 24, lowerBound: false });
  });

  it("the reference content and the demo pass every check", () => {
    expect(runChecks(plugin, jingzhupu2023, {})).toEqual([]);
    expect(runChecks(plugin, demo2024, {})).toEqual([]);
  });

  it("refuses more disputes resolved than received", () => {
    const d = { ...demo2024, disputes: { handled: true, received: 6, resolved: 7 } };
    expect(runChecks(plugin, d, {}).find((r) => r.id === "disputes-resolved-within-received")).toMatchObject({
      level: "error",
      path: "disputes.resolved",
    });
  });

  it("warns when the year's targets are missed, using the year's settings", () => {
    const d = {
      ...demo2024,
      requests: { numerator: 20, denominator: 24 },
      lawToEnterprise: { ...demo2024.lawToEnterprise, events: 1 },
    };
    expect(ids(d, { minLawToEnterpriseEvents: 2 })).toEqual([
      "warning:lawToEnterpriseEvents-below-target",
      "warning:requestsResolved-below-target",
    ]);
    expect(ids(d, { minLawToEnterpriseEvents: 1, targetRequestRate: 80 })).toEqual([]);
    expect(runChecks(plugin, d, { minLawToEnterpriseEvents: 2 })[0]!.message).toContain("不少于2次");
  });

  it("warns when enterprises reached do not match the activities", () => {
    const none = { ...demo2024, lawToEnterprise: { ...demo2024.lawToEnterprise, events: 0, enterprises: 5 } };
    expect(ids(none, { minLawToEnterpriseEvents: 0 })).toEqual(["warning:enterprises-match-events"]);
    const zero = { ...demo2024, lawToEnterprise: { ...demo2024.lawToEnterprise, enterprises: 0 } };
    expect(ids(zero)).toEqual(["warning:enterprises-match-events"]);
  });

  it("warns when disputes are claimed resolved but the figures say none", () => {
    const d = { ...demo2024, disputes: { handled: true, received: 0, resolved: 0 } };
    expect(ids(d)).toEqual(["warning:disputes-claim-matches-figures"]);
    expect(ids({ ...d, disputes: { handled: false, received: 0, resolved: 0 } })).toEqual([]);
  });
});

describe("business-environment v2 (法治体检)", () => {
  it("parses the v1 shape (the new fields default to empty) to what migrations[2] gives", () => {
    expect(plugin.version).toBe(2);
    expect(plugin.schema.parse(jingzhupu2023v1)).toEqual(migrateData(plugin, jingzhupu2023v1, 1));
  });

  it("counts firms as a lower bound and prints advice alone when no firm count is given", () => {
    const m = computeMetrics(plugin, demo2024);
    expect(m.legalCheckupFirms).toEqual({ value: 30, numerator: null, denominator: null, lowerBound: true });
    expect(m.legalCheckupSuggestions!.value).toBe(45);
    const adviceOnly = {
      ...jingzhupu2023,
      legalCheckups: { firms: { value: null, qualifier: "" as const }, suggestions: 5 },
    };
    expect(text(adviceOnly)).toContain("开展企业“法治体检”，提出法律意见建议5条。");
  });

  it("warns below the year's check-up target only when one is set", () => {
    expect(ids(demo2024)).not.toContain("warning:legalCheckupFirms-below-target");
    expect(ids(demo2024, { minLegalCheckupFirms: 40 })).toContain("warning:legalCheckupFirms-below-target");
  });
});
