import type { SectionFixtures } from "@nianbao/sdk/testing";
import { ruleOfLawThoughtDefaults as empty, type RuleOfLawThought } from "./schema.ts";

const forms = (...on: Array<keyof RuleOfLawThought["forms"]>) =>
  Object.fromEntries(
    Object.keys(empty.forms).map((k) => [k, on.includes(k as keyof RuleOfLawThought["forms"])]),
  ) as RuleOfLawThought["forms"];

/** A 镇: in the plan, sessions, forms, talks with qualifiers. */
export const demo2024: RuleOfLawThought = {
  ...empty,
  opening: "始终把学习贯彻习近平法治思想作为重要政治任务",
  inStudyPlan: true,
  centralGroupSessions: 4,
  forms: forms("centralGroup", "lecture", "seminar"),
  sessions: { value: 20, qualifier: "余" },
  participants: { value: 1500, qualifier: "超" },
  outcome: "推动习近平法治思想入脑入心、见行见效",
};

/** A 乡 with only the central group's study. */
export const xiangCentral: RuleOfLawThought = { ...empty, centralGroupSessions: 2 };

/** A 街道 taking talks into its communities, with measures. */
export const streetOutreach: RuleOfLawThought = {
  ...empty,
  inStudyPlan: true,
  forms: forms("meeting", "outreach"),
  measures: [
    { lead: "", text: "组建“法治宣讲团”，深入社区、企业开展宣讲" },
    { lead: "", text: "将习近平法治思想纳入干部教育培训必修课" },
  ],
};

export const fixtures = {
  valid: { demo2024, xiangCentral, streetOutreach },
  invalid: {
    negativeSessions: { ...demo2024, centralGroupSessions: -1 },
    fractionalParticipants: { ...demo2024, participants: { value: 10.5, qualifier: "" } },
  },
} satisfies SectionFixtures;
