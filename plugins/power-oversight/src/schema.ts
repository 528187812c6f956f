import { checklist, count, narrative, rate, z, type ChecklistOption, shortText } from "@nianbao/sdk";

/**
 * Internal oversight measures. 层级监督 prints as "健全完善了政府内部层级监督"; the others follow as
 * "健全完善监督检查记录、监督案件办理程序、责任追究和结果通报制度", in this order.
 */
export const INTERNAL_OVERSIGHT = [
  {
    key: "hierarchy",
    label: { "zh-CN": "政府内部层级监督", en: "Hierarchical oversight inside the government" },
  },
  { key: "inspectionRecords", label: { "zh-CN": "监督检查记录", en: "Records of oversight inspections" } },
  { key: "caseProcedure", label: { "zh-CN": "监督案件办理程序", en: "Procedure for oversight cases" } },
  {
    key: "accountability",
    label: { "zh-CN": "责任追究和结果通报制度", en: "Accountability and publication of results" },
  },
] as const satisfies readonly ChecklistOption[];

export const powerOversightSchema = z.object({
  /** 严格落实法治政府建设年度报告制度. */
  annualReport: z.boolean().default(false),
  internal: checklist(INTERNAL_OVERSIGHT),
  /** Administrative reconsideration (行政复议) against the township (件). */
  reconsideration: z.object({
    cases: count(),
    /** Decisions changed or revoked on reconsideration (件). */
    changed: count(),
  }),
  /** Administrative litigation (行政诉讼) against the township (件). */
  litigation: z.object({
    cases: count(),
    /** Cases lost (件). */
    lost: count(),
    /** What the cases were about, e.g. "有关镇政府债券债务". */
    subject: shortText(100),
    /** 出庭应诉率 = court appearances of the responsible person / cases heard. */
    appearance: rate(),
  }),
  /** Suggestions of people's congress deputies and CPPCC proposals handled (件), optional. */
  suggestions: z.object({ npc: count(), cppcc: count() }),
  /** Further paragraphs. */
  more: narrative({ max: 5000 }),
});

export type PowerOversight = z.output<typeof powerOversightSchema>;

export const powerOversightSettings = z.object({
  /** Target 行政机关负责人出庭应诉率, in percent. */
  targetAppearanceRate: z.number().min(0).max(100).default(100).describe("行政机关负责人出庭应诉率目标（%）"),
});
export type PowerOversightSettings = z.output<typeof powerOversightSettings>;

export const powerOversightDefaults: PowerOversight = {
  annualReport: false,
  internal: { hierarchy: false, inspectionRecords: false, caseProcedure: false, accountability: false },
  reconsideration: { cases: null, changed: null },
  litigation: { cases: null, lost: null, subject: "", appearance: { numerator: null, denominator: null } },
  suggestions: { npc: null, cppcc: null },
  more: "",
};
