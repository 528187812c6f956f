import { defineSection, statedRateMetric } from "@nianbao/sdk";
import { importLedger } from "./ledger.ts";
import { renderDisputeResolution } from "./render.ts";
import {
  disputeResolutionDefaults,
  disputeResolutionSchema,
  disputeResolutionSettings,
  migrateV1toV2,
  migrateV2toV3,
  withLedgerCounts as L,
} from "./schema.ts";

export type {
  LedgerRow,
  DisputeResolution,
  DisputeResolutionSettings,
  DisputeResolutionV1,
  DisputeResolutionV2,
} from "./schema.ts";

export default defineSection({
  id: "dispute-resolution",
  /**
   * v2: legal consultations answered; migrations[2] adds them empty.
   * v3: disputes screened keep a qualifier ("近200起") and the 化解率 may be a stated percentage ("化解率96.2%");
   * migrations[3] keeps v2 figures as they were.
   */
  version: 3,
  title: { "zh-CN": "依法化解矛盾纠纷", en: "Resolving disputes lawfully" },
  description: {
    "zh-CN": "“三调联动”机制、矛盾纠纷排查调处与化解率、人民调解委员会、村法律顾问、法律咨询、法律援助。",
    en: "The three-way mediation mechanism, disputes screened, mediated and resolved, mediation committees, village legal advisers, legal consultations, legal aid.",
  },
  schema: disputeResolutionSchema,
  defaults: disputeResolutionDefaults,
  settings: disputeResolutionSettings,
  metrics: {
    disputesMediated: {
      label: { "zh-CN": "调处矛盾纠纷", en: "Disputes mediated" },
      unit: "起",
      aggregate: "sum",
      description:
        'the field `mediated` as entered — Disputes mediated (调处), e.g. "37起"; with a ledger: its number of entries',
      value: (d) => L(d).mediated,
    },
    disputesScreened: {
      label: { "zh-CN": "排查矛盾纠纷", en: "Disputes screened" },
      unit: "起",
      aggregate: "sum",
      description:
        'the field `screened` as entered, with its qualifier ("近200起", "200余起" a lower bound) — Disputes screened (排查, in the unit of `mediated`); with a ledger: its number of entries',
      value: (d) => L(d).screened,
    },
    resolutionRate: {
      label: { "zh-CN": "矛盾纠纷化解率", en: "Dispute resolution rate" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `resolution` as entered — 化解率 = disputes resolved / disputes accepted, or the percentage stated when the counts are unknown (counted apart); with a ledger: entries 已化解 / entries",
      value: (d) => statedRateMetric(L(d).resolution),
      target: (s) => s.targetResolutionRate,
      path: "resolution.numerator",
    },
    mediationCommittees: {
      label: { "zh-CN": "人民调解委员会", en: "People's mediation committees" },
      unit: "个",
      aggregate: "sum",
      description:
        "the field `mediationCommittees` as entered — People's mediation committees in the township (个).",
      value: (d) => L(d).mediationCommittees,
    },
    legalAdvisers: {
      label: { "zh-CN": "村法律顾问", en: "Village legal advisers" },
      unit: "名",
      aggregate: "sum",
      description: "the field `advisers.count` as entered — Legal advisers engaged (名).",
      value: (d) => L(d).advisers.count,
    },
    adviserCoverage: {
      label: { "zh-CN": "村法律顾问覆盖率", en: "Villages with a legal adviser" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `advisers.villages` as entered — Villages with a legal adviser / villages in the township.",
      value: (d) => L(d).advisers.villages,
      target: (s) => s.targetAdviserCoverage,
      path: "advisers.villages.numerator",
    },
    legalAidCases: {
      label: { "zh-CN": "法律援助案件", en: "Legal-aid cases" },
      unit: "件",
      aggregate: "sum",
      description: "the field `legalAid.cases` as entered — Legal-aid cases handled (件).",
      value: (d) => L(d).legalAid.cases,
    },
    legalConsultations: {
      label: { "zh-CN": "解答法律咨询", en: "Legal consultations answered" },
      unit: "人次",
      aggregate: "sum",
      description: 'the field `consultations` as entered, with its qualifier ("300余人次" is a lower bound).',
      value: (d) => d.consultations,
    },
  },
  checks: [
    {
      id: "resolved-within-accepted",
      level: "error",
      path: "resolution.numerator",
      message: {
        "zh-CN": "成功化解的纠纷数不能大于受理的纠纷数",
        en: "Disputes resolved cannot exceed disputes accepted",
      },
      fails: (raw) => {
        const d = L(raw);
        return (
          d.resolution.numerator !== null &&
          d.resolution.denominator !== null &&
          d.resolution.numerator > d.resolution.denominator
        );
      },
    },
    {
      id: "adviser-villages-within-total",
      level: "error",
      path: "advisers.villages.numerator",
      message: {
        "zh-CN": "聘请法律顾问的村数不能大于全镇村数",
        en: "Villages with an adviser cannot exceed the number of villages",
      },
      fails: (raw) => {
        const d = L(raw);
        return (
          d.advisers.villages.numerator !== null &&
          d.advisers.villages.denominator !== null &&
          d.advisers.villages.numerator > d.advisers.villages.denominator
        );
      },
    },
    {
      id: "mediated-exceeds-accepted",
      level: "warning",
      path: "mediated.value",
      message: {
        "zh-CN": "调处纠纷数大于化解率中的受理纠纷数，请核对",
        en: "More disputes mediated than accepted: please check the figures",
      },
      fails: (raw) => {
        const d = L(raw);
        return (
          d.mediated.value !== null &&
          d.resolution.denominator !== null &&
          d.mediated.value > d.resolution.denominator
        );
      },
    },
  ],
  render: (d, ctx) => renderDisputeResolution(L(d), ctx),
  form: () => import("./form.tsx"),
  procedures: { importLedger },
  migrations: { 2: migrateV1toV2, 3: migrateV2toV3 },
});
