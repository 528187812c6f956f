import { defineSection } from "@nianbao/sdk";
import { renderDisclosure } from "./render.ts";
import { disclosureDefaults, disclosureSchema, disclosureSettings } from "./schema.ts";

export type { Disclosure, DisclosureSettings } from "./schema.ts";

export default defineSection({
  id: "disclosure",
  version: 1,
  title: { "zh-CN": "全面推进政务公开", en: "Open government affairs" },
  description: {
    "zh-CN": "政府信息公开工作制度、主动公开与依申请公开、村务公开。",
    en: "Government information disclosure systems, proactive disclosure and requests, village-affairs disclosure.",
  },
  schema: disclosureSchema,
  defaults: disclosureDefaults,
  settings: disclosureSettings,
  metrics: {
    proactiveItems: {
      label: { "zh-CN": "主动公开政府信息", en: "Information disclosed proactively" },
      unit: "条",
      aggregate: "sum",
      description:
        'the field `proactiveItems` as entered — Government information disclosed proactively (条), e.g. "200余条".',
      value: (d) => d.proactiveItems,
    },
    requestsReceived: {
      label: { "zh-CN": "受理政府信息公开申请", en: "Disclosure requests received" },
      unit: "件",
      aggregate: "sum",
      description: "the field `requests.received` as entered",
      value: (d) => d.requests.received,
    },
    requestsAnswered: {
      label: { "zh-CN": "答复政府信息公开申请", en: "Disclosure requests answered" },
      unit: "件",
      aggregate: "sum",
      description: "the field `requests.answered` as entered",
      value: (d) => d.requests.answered,
    },
    requestAnswerRate: {
      label: { "zh-CN": "依申请公开答复率", en: "Disclosure requests answered (rate)" },
      unit: "%",
      aggregate: "rate",
      description:
        "disclosure requests answered / requests received (`requests.answered` / `requests.received`); empty until both are entered; 0/0 reads 无",
      value: ({ requests: { received, answered } }) =>
        received !== null && answered !== null
          ? { numerator: answered, denominator: received }
          : { numerator: null, denominator: null },
    },
    villageDisclosure: {
      label: { "zh-CN": "村务公开推行率", en: "Villages practising village-affairs disclosure" },
      unit: "%",
      aggregate: "rate",
      description:
        "the field `villageDisclosure` as entered — 村务公开: villages practising it / villages in the township.",
      value: (d) => d.villageDisclosure,
      target: (s) => s.targetVillageCoverage,
      path: "villageDisclosure.numerator",
    },
  },
  checks: [
    {
      id: "answered-within-received",
      level: "error",
      path: "requests.answered",
      message: {
        "zh-CN": "答复件数不能大于受理的政府信息公开申请件数",
        en: "Requests answered cannot exceed requests received",
      },
      fails: (d) =>
        d.requests.answered !== null &&
        d.requests.received !== null &&
        d.requests.answered > d.requests.received,
    },
    {
      id: "villages-within-total",
      level: "error",
      path: "villageDisclosure.numerator",
      message: {
        "zh-CN": "推行村务公开的村数不能大于全镇村数",
        en: "Villages practising disclosure cannot exceed the number of villages",
      },
      fails: (d) =>
        d.villageDisclosure.numerator !== null &&
        d.villageDisclosure.denominator !== null &&
        d.villageDisclosure.numerator > d.villageDisclosure.denominator,
    },
    {
      id: "answered-without-received",
      level: "warning",
      path: "requests.received",
      message: {
        "zh-CN": "填写了答复件数，但未填写受理件数",
        en: "Requests answered are entered but requests received are not",
      },
      fails: (d) => d.requests.answered !== null && d.requests.received === null,
    },
  ],
  render: renderDisclosure,
  form: () => import("./form.tsx"),
});
