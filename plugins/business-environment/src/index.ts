import { defineSection } from "@nianbao/sdk";
import { renderBusinessEnvironment } from "./render.ts";
import {
  businessEnvironmentDefaults,
  businessEnvironmentSchema,
  businessEnvironmentSettings,
  migrateV1toV2,
} from "./schema.ts";

export type { BusinessEnvironment, BusinessEnvironmentSettings, BusinessEnvironmentV1 } from "./schema.ts";

export default defineSection({
  id: "business-environment",
  /** v2: 法治体检 of firms (firms checked, advice given); migrations[2] adds it empty. */
  version: 2,
  title: { "zh-CN": "优化法治化营商环境", en: "A law-based business environment" },
  description: {
    "zh-CN": "招商引资与主动服务、营商纠纷调处、企业诉求办理、“送法进企业”活动、企业“法治体检”。",
    en: "Serving investors, resolving business disputes, handling enterprise requests, taking the law to enterprises, legal check-ups of firms.",
  },
  schema: businessEnvironmentSchema,
  defaults: businessEnvironmentDefaults,
  settings: businessEnvironmentSettings,
  metrics: {
    lawToEnterpriseEvents: {
      label: { "zh-CN": "“送法进企业”活动次数", en: "Law-to-enterprise events" },
      unit: "次",
      aggregate: "sum",
      description: "the field `lawToEnterprise.events` as entered — Activities held (次).",
      value: (d) => d.lawToEnterprise.events,
      target: (s) => s.minLawToEnterpriseEvents,
      path: "lawToEnterprise.events",
    },
    enterprisesReached: {
      label: { "zh-CN": "“送法进企业”覆盖企业", en: "Enterprises reached" },
      unit: "家",
      aggregate: "sum",
      description: "the field `lawToEnterprise.enterprises` as entered — Enterprises reached (家), optional.",
      value: (d) => d.lawToEnterprise.enterprises,
    },
    disputesResolved: {
      label: { "zh-CN": "调处化解营商纠纷", en: "Business disputes resolved" },
      unit: "件",
      aggregate: "sum",
      description: "the field `disputes.resolved` as entered — Disputes resolved (件), optional.",
      value: (d) => d.disputes.resolved,
    },
    requestsResolved: {
      label: { "zh-CN": "企业诉求办结率", en: "Enterprise requests resolved" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `requests` as entered — Enterprise requests (企业诉求, 条): resolved / received = 办结率.",
      value: (d) => d.requests,
      target: (s) => s.targetRequestRate,
      path: "requests.numerator",
    },
    legalCheckupFirms: {
      label: { "zh-CN": "“法治体检”企业", en: "Firms given a legal check-up" },
      unit: "家",
      aggregate: "sum",
      description:
        'the field `legalCheckups.firms` as entered, with its qualifier ("30余家" is a lower bound).',
      value: (d) => d.legalCheckups.firms,
      target: (s) => s.minLegalCheckupFirms || null,
      path: "legalCheckups.firms.value",
    },
    legalCheckupSuggestions: {
      label: { "zh-CN": "“法治体检”提出法律意见建议", en: "Legal advice given in check-ups" },
      unit: "条",
      aggregate: "sum",
      description: "the field `legalCheckups.suggestions` as entered (条).",
      value: (d) => d.legalCheckups.suggestions,
    },
  },
  checks: [
    {
      id: "disputes-resolved-within-received",
      level: "error",
      path: "disputes.resolved",
      message: {
        "zh-CN": "调处化解的营商纠纷不能多于受理的营商纠纷",
        en: "More business disputes resolved than received",
      },
      fails: (d) =>
        d.disputes.received !== null &&
        d.disputes.resolved !== null &&
        d.disputes.resolved > d.disputes.received,
    },
    {
      id: "enterprises-match-events",
      level: "warning",
      path: "lawToEnterprise.enterprises",
      message: {
        "zh-CN": "覆盖企业数与“送法进企业”活动次数不一致：有活动却未覆盖企业，或未开展活动却填写了覆盖企业",
        en: "Enterprises reached do not match the number of law-to-enterprise events",
      },
      fails: ({ lawToEnterprise: l }) =>
        (l.events === 0 && l.enterprises !== null && l.enterprises > 0) ||
        (l.events !== null && l.events > 0 && l.enterprises === 0),
    },
    {
      id: "disputes-claim-matches-figures",
      level: "warning",
      path: "disputes.handled",
      message: {
        "zh-CN": "勾选了“及时调处化解各类营商纠纷”，但受理或化解的营商纠纷为0件",
        en: "Disputes are said to be resolved, but the figures say none were received or resolved",
      },
      fails: ({ disputes: x }) => x.handled && (x.received === 0 || x.resolved === 0),
    },
  ],
  render: renderBusinessEnvironment,
  form: () => import("./form.tsx"),
  migrations: { 2: migrateV1toV2 },
});
