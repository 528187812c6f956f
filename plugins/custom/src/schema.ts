import { QUALIFIERS, figure, formatQuantity, narrative, rows, text, z } from "@nianbao/sdk";

/** A key figure of the section: "开展法治宣传活动" + 12 + "" + "场次" → 开展法治宣传活动12场次. */
export const keyFigureShape = {
  /** What was counted, phrased to run into the figure: "开展法治宣传活动". */
  label: text().trim().max(50, { error: "不超过50字" }).default(""),
  value: figure().nullable().default(null),
  /** 余/超/近/约/达, or "" for an exact figure. */
  qualifier: z.enum(QUALIFIERS, { error: "限定词只能填余、超、近、约、达，或留空" }).default(""),
  /** The unit users see: 场次, 份, 人次, 个 … */
  unit: text().trim().max(10, { error: "不超过10字" }).default(""),
};

/**
 * A general section whose heading the year template sets (特色工作, 其他需要报告的情况, 普法…): the township's
 * paragraphs, then optional key figures.
 */
export const customSchema = z.object({
  /** The section's prose, one paragraph per line. */
  paragraphs: narrative({ max: 10000 }),
  /** Key figures, printed after the paragraphs. */
  figures: rows(keyFigureShape, { max: 30 }).default([]),
});

export type Custom = z.output<typeof customSchema>;
export type KeyFigure = Custom["figures"][number];

export const customSettings = z.object({
  /** Whether the key figures print after the paragraphs (they are stored as metrics either way). */
  showFigures: z.boolean().default(true).describe("在段落后列出主要数据"),
  /** A key-figures list is for key figures: more than this many draws a warning. */
  maxFigures: z.number().int().min(1).max(30).default(10).describe("主要数据最多（项，超过则提示）"),
});
export type CustomSettings = z.output<typeof customSettings>;

export const customDefaults: Custom = { paragraphs: "", figures: [] };

export const hasLabel = (f: KeyFigure) => f.label.trim() !== "";
export const hasValue = (f: KeyFigure) => f.value !== null && f.value !== undefined;

/** Figures with both a label and a value: the ones that print and count. */
export function completeFigures(d: Custom): KeyFigure[] {
  return d.figures.filter((f) => hasLabel(f) && hasValue(f));
}

/** "3000余份", "12场次". */
export function figureValue(f: KeyFigure): string {
  return formatQuantity({ value: f.value, qualifier: f.qualifier, unit: f.unit.trim() }) ?? "";
}
