/**
 * Binding a figure when a section has several fields in its unit (legal-study v3: 中心组学法, 会前学法, 集体学法,
 * 法律知识考试, 领导干部讲法 — all in 次): the field whose own words stand around the figure, and a tie left to the
 * clerk with a reason naming the fields, never bound silently.
 */
import { sections } from "@nianbao/sections";
import { describe, expect, it } from "vitest";
import { buildSection } from "./bind.ts";
import { fieldWords } from "./field-words.ts";

function figuresOf(pluginId: string, text: string) {
  const plugin = sections.get(pluginId)!;
  return buildSection(pluginId, plugin, {}, [{ kind: "text", text }]).figures;
}

describe("field words", () => {
  const w = fieldWords(["中心组学法次数", "集体学法次数", "组织法律知识考试次数", "法律知识培训场次"]);
  it("weigh the words one label has to itself above the words labels share", () => {
    const sentence = "镇党委理论学习中心组每季度学法常态化，安排法律知识的学习";
    expect(w.own("中心组学法次数", sentence)).toEqual(["中心", "心组"]);
    expect(w.own("组织法律知识考试次数", sentence)).toEqual([]);
    expect(w.fit("中心组学法次数", sentence)).toBeGreaterThan(2 * w.fit("组织法律知识考试次数", sentence));
  });
});

describe("binding among fields of one unit", () => {
  it("学习4次 after 中心组 is the central group's sessions, not the law exams whose shared words (法律知识) are there", () => {
    const [f] = figuresOf(
      "legal-study",
      "镇党委理论学习中心组每季度学法常态化，安排法律知识的学习4次，积极组织全镇干部参加培训班。",
    );
    expect(f).toMatchObject({ text: "4次", status: "bound", key: "metric:studySessions" });
  });
  it("each figure takes the field its own words name", () => {
    const got = figuresOf(
      "legal-study",
      "乡党委会前学法3次，机关干部集体学法8次，组织法律知识考试2次，领导干部讲法5次。",
    );
    expect(got.map((f) => [f.text, f.status, f.key])).toEqual([
      ["3次", "bound", "metric:preMeetingStudy"],
      ["8次", "bound", "metric:collectiveStudy"],
      ["2次", "bound", "metric:examsHeld"],
      ["5次", "bound", "metric:leaderLectures"],
    ]);
  });
  it("a tie binds nothing and names the fields: 中心组 and 集体学法 are both there", () => {
    const [f] = figuresOf("legal-study", "镇党委理论学习中心组全年集体学法6次。");
    expect(f).toMatchObject({ text: "6次", status: "unbound", key: null });
    expect(f!.reason).toContain("“中心组学法次数”");
    expect(f!.reason).toContain("“集体学法次数”");
  });
  it("a figure's own words are read after the figure before it (废止2件 is not the 清理 figure's words)", () => {
    const got = figuresOf("normative-documents", "清理规范性文件12件，废止2件。");
    expect(got.map((f) => [f.text, f.status, f.key])).toEqual([
      ["12件", "bound", "metric:cleaned"],
      ["2件", "bound", "metric:repealed"],
    ]);
  });
  it("a label wholly in the words is not overruled by one word another label has to itself", () => {
    const [f] = figuresOf("grassroots-governance", "创建民主法治示范村3个。");
    expect(f).toMatchObject({ status: "unbound", key: null });
    expect(f!.reason).toMatch(/“民主法治示范村（社区）”/);
  });
});
