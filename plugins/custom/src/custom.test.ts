import { computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { demo2024, jingzhupu2023, proseOnly } from "./fixtures.ts";
import plugin from "./index.ts";
import { customDefaults } from "./schema.ts";

const render = (data: unknown, settings: unknown = {}) =>
  renderSection(plugin, data, { ...TEST_RENDER_CONTEXT, settings });
const ids = (data: unknown, settings: unknown = {}) =>
  runChecks(plugin, data, settings).map((r) => `${r.level}:${r.id}`);

describe("custom renderer", () => {
  it("prints the paragraphs, then the key figures with their qualifiers and units (荆竹铺镇 2023, invented content)", () => {
    expect(render(jingzhupu2023)).toEqual([
      {
        type: "paragraph",
        text: "2023年，我镇深入开展“八五”普法中期自查，结合“宪法宣传周”“民法典宣传月”等重要时间节点，组织司法所、派出所等单位深入各村开展法治宣传活动，推动法治宣传教育进村入户。",
      },
      {
        type: "paragraph",
        text: "全年未发生因违法行政引发的重大群体性事件，未发生被上级机关通报批评的违法行政行为。",
      },
      {
        type: "figures",
        items: [
          { label: "开展法治宣传活动", value: "12场次" },
          { label: "发放法治宣传资料", value: "3000余份" },
          { label: "覆盖村", value: "17个" },
        ],
      },
    ]);
  });

  it("formats other qualifiers before the number and leaves out incomplete rows", () => {
    const d = {
      paragraphs: "",
      figures: [
        { label: "服务群众", value: 500, qualifier: "超", unit: "人次" },
        { label: "提供法律咨询", value: null, qualifier: "", unit: "次" },
        { label: "", value: 3, qualifier: "", unit: "场" },
      ],
    };
    expect(render(d)).toEqual([{ type: "figures", items: [{ label: "服务群众", value: "超500人次" }] }]);
  });

  it("prints prose only when there are no figures, and hides the figures when the year says so", () => {
    expect(render(proseOnly)).toEqual([{ type: "paragraph", text: "无其他需要报告的情况。" }]);
    expect(render(demo2024, { showFigures: false }).map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
  });

  it("renders nothing for an empty section", () => {
    expect(render(customDefaults)).toEqual([]);
  });
});

describe("custom metrics and checks", () => {
  it("counts the complete key figures", () => {
    expect(computeMetrics(plugin, jingzhupu2023).keyFigures).toEqual({
      value: 3,
      numerator: null,
      denominator: null,
      lowerBound: false,
    });
    expect(computeMetrics(plugin, proseOnly).keyFigures!.value).toBe(0);
    const half = {
      ...jingzhupu2023,
      figures: [...jingzhupu2023.figures, { label: "调处纠纷", value: null, qualifier: "", unit: "起" }],
    };
    expect(computeMetrics(plugin, half).keyFigures!.value).toBe(3);
  });

  it("the fixtures pass every check", () => {
    expect(ids(jingzhupu2023)).toEqual([]);
    expect(ids(demo2024)).toEqual([]);
    expect(ids(customDefaults)).toEqual([]);
  });

  it("refuses a key figure with a label but no value, or a value but no label, naming the rows", () => {
    const d = {
      paragraphs: "",
      figures: [
        { label: "开展法治宣传活动", value: 12, qualifier: "", unit: "场次" },
        { label: "发放法治宣传资料", value: null, qualifier: "", unit: "份" },
        { label: "", value: 17, qualifier: "", unit: "个" },
      ],
    };
    expect(runChecks(plugin, d, {})).toEqual([
      {
        id: "figure-incomplete",
        level: "error",
        path: "figures",
        message: "关键数据第2、3行的名称和数值须同时填写",
      },
    ]);
  });

  it("warns on a figure without a unit, a qualified zero, a repeated label and too many figures", () => {
    const f = jingzhupu2023.figures;
    expect(ids({ ...jingzhupu2023, figures: [{ ...f[0]!, unit: "" }] })).toEqual([
      "warning:figure-unit-missing",
    ]);
    expect(ids({ ...jingzhupu2023, figures: [{ ...f[0]!, value: 0, qualifier: "余" }] })).toEqual([
      "warning:figure-qualified-zero",
    ]);
    expect(ids({ ...jingzhupu2023, figures: [...f, f[0]!] })).toEqual(["warning:figure-duplicate-label"]);
    expect(ids(jingzhupu2023, { maxFigures: 2 })).toEqual(["warning:too-many-figures"]);
    expect(ids(jingzhupu2023, { maxFigures: 3 })).toEqual([]);
  });
});
