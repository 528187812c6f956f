import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { ReconsiderationLitigation } from "./schema.ts";

/** A filled-in section (put real report content here). */
export const example: ReconsiderationLitigation = {
  summary: "全镇高度重视此项工作，制定年度工作方案，明确责任分工。",
  measures: [
    { lead: "", text: "加强组织领导" },
    { lead: "", text: "强化督促检查" },
  ],
  events: 4,
};

export const fixtures = {
  valid: { example },
  invalid: {
    negativeEvents: { ...example, events: -1 },
    fractionalEvents: { ...example, events: 1.5 },
  },
} satisfies SectionFixtures;
