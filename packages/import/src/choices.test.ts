/**
 * The clerk's choice of field for single figures (the review screen): a tie resolved by hand, a binding
 * changed or removed, the binder's own choices kept off the fields the clerk gave other figures, and the
 * choices offered being the fields that can hold the value as written.
 */
import { sections } from "@nianbao/sections";
import { describe, expect, it } from "vitest";
import { buildSection } from "./bind.ts";

const plugin = sections.get("legal-study")!;
const build = (text: string, choices: Array<[number, string | null]> = []) =>
  buildSection("legal-study", plugin, {}, [{ kind: "text", text }], new Map(choices));
const valueOf = (data: unknown, key: string) =>
  plugin.metrics[key.slice("metric:".length)]!.value(data as never);

describe("the clerk's figure choices", () => {
  const tie = "镇党委理论学习中心组全年集体学法6次。";
  it("a tie is flagged ambiguous with both fields among its choices, and binds nothing", () => {
    const [f] = build(tie).figures;
    expect(f).toMatchObject({ index: 0, status: "unbound", ambiguous: true, chosen: false });
    const keys = f!.options.map((o) => o.key);
    expect(keys).toContain("metric:studySessions");
    expect(keys).toContain("metric:collectiveStudy");
  });
  it("choosing one of the tied fields writes the value into it", () => {
    const built = build(tie, [[0, "metric:collectiveStudy"]]);
    expect(built.figures[0]).toMatchObject({
      status: "bound",
      key: "metric:collectiveStudy",
      chosen: true,
      ambiguous: true,
    });
    expect(valueOf(built.data, "metric:collectiveStudy")).toBe(6);
    expect(valueOf(built.data, "metric:studySessions")).not.toBe(6);
  });
  it("changing a bound figure moves the value, and the binder no longer gives that field to another figure", () => {
    const text = "乡党委会前学法3次，机关干部集体学法8次。";
    const auto = build(text);
    expect(auto.figures.map((f) => f.key)).toEqual(["metric:preMeetingStudy", "metric:collectiveStudy"]);
    const changed = build(text, [[0, "metric:collectiveStudy"]]);
    expect(changed.figures[0]).toMatchObject({
      status: "bound",
      key: "metric:collectiveStudy",
      chosen: true,
    });
    expect(changed.figures[1]).toMatchObject({ chosen: false });
    expect(changed.figures[1]!.key).not.toBe("metric:collectiveStudy");
    expect(valueOf(changed.data, "metric:collectiveStudy")).toBe(3);
    expect(valueOf(changed.data, "metric:preMeetingStudy")).not.toBe(3);
  });
  it("null keeps the figure as words: nothing written", () => {
    const removed = build("乡党委会前学法3次。", [[0, null]]);
    expect(removed.figures[0]).toMatchObject({ status: "unbound", key: null, chosen: true });
    expect(removed.figures[0]!.reason).toBe("已选择不绑定，保留为文字");
    expect(valueOf(removed.data, "metric:preMeetingStudy")).toEqual(
      valueOf(plugin.defaults, "metric:preMeetingStudy"),
    );
  });
  it("a field that does not exist, or that another chosen figure filled with another value, is refused", () => {
    expect(build("会前学法3次。", [[0, "metric:nope"]]).figures[0]).toMatchObject({
      status: "refused",
      reason: "本栏目没有这个字段",
    });
    const twice = build("会前学法3次，集体学法8次。", [
      [0, "metric:collectiveStudy"],
      [1, "metric:collectiveStudy"],
    ]);
    expect(twice.figures[1]).toMatchObject({ status: "refused", key: "metric:collectiveStudy" });
    expect(twice.figures[1]!.reason).toContain("已由前文的数字填写");
  });
  it("the choices are the fields that can hold the value: a percentage is not offered a count field", () => {
    const [pct] = build("参训率达100%。").figures;
    const [count] = build("会前学法3次。").figures;
    const countKeys = count!.options.map((o) => o.key);
    expect(countKeys).toContain("metric:preMeetingStudy");
    expect(pct!.options.map((o) => o.key)).not.toContain("metric:preMeetingStudy");
    // Fields in the unit as written come first.
    expect(count!.options[0]!.unit).toBe("次");
  });
});
