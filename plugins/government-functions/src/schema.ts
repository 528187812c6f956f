import {
  count,
  emptyQualifiedCount,
  emptyStatedRate,
  narrative,
  qualifiedCount,
  quantity,
  rows,
  statedRate,
  statedRateFromRate,
  text,
  z,
  type Rate,
} from "@nianbao/sdk";

/**
 * A share printed the way reports print it: a rate (numerator / denominator, stored as the ledger
 * holds them) and whether the report states it as a lower bound ("80%以上"). With `atLeast`, the
 * percentage is rounded DOWN to a whole number before "以上" is added, so the printed bound is always
 * true (96/120 → "80%以上", 97/120 → "80%以上"); without it the exact rate is printed ("80.8%").
 * From v3 the rate may instead be the percentage the report states ("90%以上", "95%") when the counts are
 * unknown; such a percentage carries its own qualifier, and `atLeast` applies to counts only.
 */
export function share() {
  return z.object({ rate: statedRate(), atLeast: z.boolean().default(false) });
}
export type Share = z.output<ReturnType<typeof share>>;
export const emptyShare = (): Share => ({ rate: emptyStatedRate(), atLeast: false });

export const governmentFunctionsSchema = z.object({
  /** 设立统一的便民服务大厅 */
  hallEstablished: z.boolean().default(false),
  /** What the township calls its hall: 便民服务大厅, 便民服务中心, 政务服务中心… */
  hallName: text().trim().max(30, { error: "不超过30字" }).default("便民服务大厅"),
  /** The service units integrated into the hall, in the order the report lists them (综治、司法、社会事务、财政). */
  units: rows(
    { name: text().trim().min(1, { error: "请填写单位名称" }).max(30, { error: "不超过30字" }) },
    { max: 30 },
  ),
  /** 所有政务事项全部进驻便民服务大厅 */
  allMattersInHall: z.boolean().default(false),
  /** “一窗式”分类办理: matters handled at one window / matters in the hall. */
  oneWindow: share(),
  /** 实现群众办事“最多跑一次”的目标 */
  mostOnce: z.boolean().default(false),
  /** 全年办理各类便民服务事项 (件), with its qualifier: "1500余件". */
  mattersHandled: quantity(["件"]),
  /** “马上办”: matters settled on the spot (件, often "300余件") (v2). */
  immediate: qualifiedCount().default(emptyQualifiedCount()),
  /** 网上可办: matters that can be handled online / matters in the hall. */
  online: share(),
  /** 办理时限压缩: working days cut from the statutory time limits / statutory working days. */
  timeLimit: share(),
  /** 权责清单 (项): items on the published list, and this year's additions and removals. */
  powerList: z.object({ items: count(), added: count(), removed: count() }),
  /**
   * 证明事项告知承诺制: items under the system (项), cases handled that way (件) and, from v2, false promises
   * found when the promises were checked (件; 0 reads "未发现虚假承诺情况").
   */
  promise: z.object({ items: count(), cases: count(), falsePromises: count().default(null) }),
  /** Further paragraphs, one per line. */
  more: narrative({ max: 5000 }),
});

export type GovernmentFunctions = z.output<typeof governmentFunctionsSchema>;

export const governmentFunctionsSettings = z.object({
  /** Target share of matters handled at one window, in percent (the reference township reports 80%以上). */
  targetOneWindowRate: z.number().min(0).max(100).default(80).describe("“一窗受理”办件占比目标（%）"),
  /** Target share of matters that can be handled online, in percent; 0 sets no target. */
  targetOnlineRate: z.number().min(0).max(100).default(0).describe("网上可办占比目标（%，0为不设目标）"),
});
export type GovernmentFunctionsSettings = z.output<typeof governmentFunctionsSettings>;

export const UNIT_COLUMNS = [
  {
    key: "name",
    label: { "zh-CN": "单位名称（如：综治、司法、社会事务、财政）", en: "Unit (e.g. 综治, 司法)" },
    kind: "text",
  },
] as const;

export const governmentFunctionsDefaults: GovernmentFunctions = {
  hallEstablished: false,
  hallName: "便民服务大厅",
  units: [],
  allMattersInHall: false,
  oneWindow: emptyShare(),
  mostOnce: false,
  mattersHandled: { value: null, qualifier: "", unit: "件" },
  immediate: emptyQualifiedCount(),
  online: emptyShare(),
  timeLimit: emptyShare(),
  powerList: { items: null, added: null, removed: null },
  promise: { items: null, cases: null, falsePromises: null },
  more: "",
};

/** A share as stored until v2: counts only. */
export type ShareV2 = { rate: Rate; atLeast: boolean };

/** v2 (until 2026-11-29): the three shares took counts only. */
export interface GovernmentFunctionsV2 extends Omit<
  GovernmentFunctions,
  "oneWindow" | "online" | "timeLimit"
> {
  oneWindow: ShareV2;
  online: ShareV2;
  timeLimit: ShareV2;
}

/** v1 (until 2026-11): no “马上办” matters and no false promises. */
export interface GovernmentFunctionsV1 extends Omit<GovernmentFunctionsV2, "immediate" | "promise"> {
  promise: Omit<GovernmentFunctions["promise"], "falsePromises">;
}

const stated = (s: ShareV2): Share => ({ ...s, rate: statedRateFromRate(s.rate) });

/** v2 → v3: each share keeps its counts and gains an empty stated percentage: v2 data reads as filed. */
export function migrateV2toV3(v2: GovernmentFunctionsV2): GovernmentFunctions {
  return {
    ...v2,
    oneWindow: stated(v2.oneWindow),
    online: stated(v2.online),
    timeLimit: stated(v2.timeLimit),
  };
}

/** v1 → v2: the new figures start empty, so v1 data reads exactly as it was filed. */
export function migrateV1toV2(v1: GovernmentFunctionsV1): GovernmentFunctionsV2 {
  return { ...v1, immediate: emptyQualifiedCount(), promise: { ...v1.promise, falsePromises: null } };
}
