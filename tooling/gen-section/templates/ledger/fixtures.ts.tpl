import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { __Name__ } from "./schema.ts";

/** A filled-in section (put real report content here). */
export const example: __Name__ = {
  intro: "全镇建立工作台账，逐项登记、跟踪落实。",
  entries: [
    { date: "2023-03-15", title: "集中宣传活动", participants: 120 },
    { date: "2023-09-20", title: "专题培训", participants: 45 },
  ],
};

export const fixtures = {
  valid: { example },
  invalid: {
    badDate: { ...example, entries: [{ date: "2023-02-30", title: "集中宣传活动", participants: 1 }] },
    missingTitle: { ...example, entries: [{ date: "2023-03-15", title: "", participants: 1 }] },
  },
} satisfies SectionFixtures;
