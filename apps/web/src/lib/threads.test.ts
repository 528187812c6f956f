import { describe, expect, it } from "vitest";
import { formFields, nextOpenSection, openCounts, sectionsWithOpen } from "./threads.ts";

const outline = [
  {
    numbering: "一、",
    title: "主要举措",
    sections: [
      { key: "a", numbering: "（一）", heading: "学法", plugin: null, pluginId: "x" },
      { key: "b", numbering: "（二）", heading: "执法", plugin: null, pluginId: "x" },
    ],
  },
  {
    numbering: "二、",
    title: "存在的不足",
    sections: [{ key: "c", numbering: null, heading: null, plugin: null, pluginId: "x" }],
  },
];

describe("threads", () => {
  const counts = openCounts([
    { sectionKey: "b", status: "open" },
    { sectionKey: "b", status: "open" },
    { sectionKey: "c", status: "open" },
    { sectionKey: "a", status: "resolved" },
    { sectionKey: null, status: "open" },
  ]);

  it("counts open threads per section", () => {
    expect([...counts]).toEqual([
      ["b", 2],
      ["c", 1],
      ["", 1],
    ]);
    expect(sectionsWithOpen(outline, counts)).toEqual([
      { key: "b", label: "（二）执法", open: 2 },
      { key: "c", label: "存在的不足", open: 1 },
    ]);
  });

  it("goes to the next section with open threads, wrapping around", () => {
    expect(nextOpenSection(outline, counts, null)).toBe("b");
    expect(nextOpenSection(outline, counts, "b")).toBe("c");
    expect(nextOpenSection(outline, counts, "c")).toBe("b");
    expect(nextOpenSection(outline, new Map([["b", 1]]), "b")).toBeNull();
  });

  it("lists a form's fields by their labels", () => {
    document.body.innerHTML = `<fieldset>
      <label for="s">中心组学法次数 *</label><input id="s" data-path="centralGroup.sessions">
      <div data-path="exam"><input aria-label="参考人数"></div>
      <input data-path="nolabel">
    </fieldset>`;
    expect(formFields(document.body)).toEqual([
      { path: "centralGroup.sessions", label: "中心组学法次数" },
      { path: "exam", label: "参考人数" },
    ]);
  });
});
