import { chineseNumeral } from "@nianbao/sdk";

/** How a run of items is numbered: 一是 二是…, 1. 2.…, （1）（2）… */
export type ItemRunStyle = "yishi" | "decimal" | "paren";
/** Whether the items of a run print in one paragraph or one paragraph each. */
export type ItemRunLayout = "inline" | "paragraphs";

export const ITEM_RUN_STYLES: readonly ItemRunStyle[] = ["yishi", "decimal", "paren"];
export const ITEM_RUN_LAYOUTS: readonly ItemRunLayout[] = ["inline", "paragraphs"];

/** The ordinal of the n-th item (1-based) of a run, as it prints. */
export function itemOrdinal(style: ItemRunStyle, n: number): string {
  switch (style) {
    case "yishi":
      return `${chineseNumeral(n)}是`;
    case "decimal":
      return `${n}.`;
    case "paren":
      return `（${n}）`;
  }
}

/** The ordinal of the n-th sub-heading (1-based) of a level: level 3 prints "1.", level 4 "（1）". */
export function headingOrdinal(level: 3 | 4, n: number): string {
  return level === 3 ? `${n}.` : `（${n}）`;
}
