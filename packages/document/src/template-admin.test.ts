import { sections } from "@nianbao/sections";
import { describe, expect, it } from "vitest";
import {
  diffTemplates,
  officialOutline,
  pinToInstalled,
  referenceOutline2023,
  validateTemplate,
  type YearTemplate,
} from "./index.ts";

const clone = (t: YearTemplate): YearTemplate => structuredClone(t);

describe("validateTemplate", () => {
  it("accepts both presets pinned to the installed plugins", () => {
    expect(validateTemplate(pinToInstalled(referenceOutline2023, sections), sections)).toEqual([]);
    expect(validateTemplate(pinToInstalled(officialOutline, sections), sections)).toEqual([]);
  });

  it("names an unknown plugin, a duplicate section, an empty part, a too-new version and bad settings", () => {
    const t = clone(referenceOutline2023);
    t.parts[1]!.sections[0]!.plugin = "no-such-plugin";
    t.parts[1]!.sections[1]!.key = "normative-documents";
    t.parts[2]!.sections = [];
    t.parts[1]!.sections[3]!.pluginVersion = 99;
    t.parts[1]!.sections[9]!.settings = { minMeetings: -5 };
    const issues = validateTemplate(t, sections);
    const messages = issues.map((i) => i.message);
    expect(messages).toContain("第2部分“工作开展情况”第1栏使用的栏目插件“no-such-plugin”未安装");
    expect(messages).toContain("栏目“normative-documents”重复（第2部分“工作开展情况”第2栏已有同名栏目）");
    expect(messages).toContain("第3部分“存在的问题”没有任何栏目，请添加栏目或删除该部分");
    expect(messages.some((m) => m.includes("固定的插件版本 v99 高于已安装的"))).toBe(true);
    expect(issues.find((i) => i.path === "parts.1.sections.9.settings.minMeetings")!.message).toMatch(
      /^第2部分“工作开展情况”第10栏的年度设置有误：/,
    );
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        "parts.1.sections.0.plugin",
        "parts.1.sections.2.key",
        "parts.2.sections",
        "parts.1.sections.3.pluginVersion",
      ]),
    );
  });

  it("refuses a template with every section disabled, and a malformed one with a located message", () => {
    const t = clone(referenceOutline2023);
    for (const p of t.parts) for (const s of p.sections) s.enabled = false;
    expect(validateTemplate(t, sections).map((i) => i.message)).toEqual(["至少要启用一个栏目"]);
    const bad = validateTemplate({ ...t, parts: [{ key: "Bad Key", title: null, sections: [] }] }, sections);
    expect(bad[0]).toMatchObject({ path: "parts.0.key", message: "键只能包含小写字母、数字和连字符" });
  });
});

describe("diffTemplates", () => {
  it("says what a removed, an added and a restored section do to townships with data", () => {
    const before = clone(referenceOutline2023);
    before.parts[1]!.sections[4]!.enabled = false; // business-environment off before
    const after = clone(before);
    after.parts[1]!.sections = after.parts[1]!.sections.filter((s) => s.key !== "disclosure");
    after.parts[1]!.sections[4]!.enabled = true;
    after.parts[1]!.sections.push({
      key: "extra",
      plugin: "custom",
      pluginVersion: 1,
      heading: "其他工作",
      enabled: true,
      required: false,
      settings: {},
    });
    const filled = (k: string) => ({ disclosure: 3, "business-environment": 2 })[k] ?? 0;
    const texts = diffTemplates(before, after, filled).map((c) => `${c.kind}:${c.text}`);
    expect(texts).toContain(
      "removed:移除栏目“全面推进政务公开”：已填报的3个乡镇的数据保留（隐藏，重新启用即可恢复）",
    );
    expect(texts).toContain("restored:恢复栏目“优化法治化营商环境方面”：2个乡镇此前填报的数据重新显示");
    expect(texts).toContain("added:新增栏目“其他工作”：各乡镇该栏目为空，需补充填报");
  });

  it("reports reordering, retitling and requirement changes, and nothing for an identical template", () => {
    const before = clone(referenceOutline2023);
    expect(diffTemplates(before, clone(before), () => 0)).toEqual([]);
    const after = clone(before);
    const work = after.parts[1]!.sections;
    [work[0], work[1]] = [work[1]!, work[0]!];
    work[2]!.heading = "完善依法行政制度体系";
    work[3]!.required = false;
    const kinds = diffTemplates(before, after, () => 0).map((c) => c.kind);
    expect(kinds).toEqual(["moved", "retitled", "required"]);
  });
});
