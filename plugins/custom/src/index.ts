import { defineSection } from "@nianbao/sdk";
import { renderCustom } from "./render.ts";
import {
  completeFigures,
  customDefaults,
  customSchema,
  customSettings,
  hasLabel,
  hasValue,
  type Custom,
  type KeyFigure,
} from "./schema.ts";

export type { Custom } from "./schema.ts";

/** "第1、3行": the row numbers (1-based) of the figures that match. */
function rowNumbers(d: Custom, match: (f: KeyFigure) => boolean): string {
  return `第${d.figures.flatMap((f, i) => (match(f) ? [String(i + 1)] : [])).join("、")}行`;
}

const incomplete = (f: KeyFigure) => hasLabel(f) !== hasValue(f);
const withoutUnit = (f: KeyFigure) => hasLabel(f) && hasValue(f) && f.unit.trim() === "";
const qualifiedZero = (f: KeyFigure) => f.value === 0 && f.qualifier !== "";

function duplicateLabels(d: Custom): boolean {
  const labels = completeFigures(d).map((f) => f.label.trim());
  return new Set(labels).size !== labels.length;
}

export default defineSection({
  id: "custom",
  version: 1,
  title: { "zh-CN": "通用栏目", en: "General section" },
  description: {
    "zh-CN": "标题由年度模板设定的通用栏目（如特色工作、其他需要报告的情况、普法）：正文段落和关键数据。",
    en: "A general section whose heading the year template sets (distinctive work, other matters, legal publicity): paragraphs and key figures.",
  },
  schema: customSchema,
  defaults: customDefaults,
  settings: customSettings,
  metrics: {
    keyFigures: {
      label: { "zh-CN": "关键数据", en: "Key figures" },
      unit: "项",
      aggregate: "sum",
      description: "key figures with both a label and a value (rows of the key-figures table)",
      value: (d) => completeFigures(d).length,
    },
  },
  checks: [
    {
      id: "figure-incomplete",
      level: "error",
      path: "figures",
      message: (d) => ({
        "zh-CN": `关键数据${rowNumbers(d, incomplete)}的名称和数值须同时填写`,
        en: `Key figures: ${rowNumbers(d, incomplete).replace(/^第|行$/g, "")} need both a label and a value`,
      }),
      fails: (d) => d.figures.some(incomplete),
    },
    {
      id: "figure-unit-missing",
      level: "warning",
      path: "figures",
      message: (d) => ({
        "zh-CN": `关键数据${rowNumbers(d, withoutUnit)}没有单位（如场次、份、人次）`,
        en: `Key figures ${rowNumbers(d, withoutUnit).replace(/^第|行$/g, "")} have no unit`,
      }),
      fails: (d) => d.figures.some(withoutUnit),
    },
    {
      id: "figure-qualified-zero",
      level: "warning",
      path: "figures",
      message: {
        "zh-CN": "数值为0的关键数据不应带“余、超、近、约、达”等限定词",
        en: "A zero figure should not carry a qualifier",
      },
      fails: (d) => d.figures.some(qualifiedZero),
    },
    {
      id: "figure-duplicate-label",
      level: "warning",
      path: "figures",
      message: {
        "zh-CN": "同一名称的关键数据填写了不止一次",
        en: "The same key figure is entered more than once",
      },
      fails: duplicateLabels,
    },
    {
      id: "too-many-figures",
      level: "warning",
      path: "figures",
      message: (_d, s) => ({
        "zh-CN": `关键数据超过${s.maxFigures}项，请只保留最能说明成效的数据`,
        en: `More than ${s.maxFigures} key figures: keep the ones that matter`,
      }),
      fails: (d, s) => completeFigures(d).length > s.maxFigures,
    },
  ],
  render: renderCustom,
  form: () => import("./form.tsx"),
});
