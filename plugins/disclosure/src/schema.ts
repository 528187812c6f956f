import {
  checklist,
  count,
  emptyChecklist,
  narrative,
  quantity,
  rate,
  z,
  type ChecklistOption,
  shortText,
} from "@nianbao/sdk";

/** The government-information disclosure systems (政务公开工作制度) a township has set up. */
export const DISCLOSURE_SYSTEMS = [
  { key: "proactive", label: { "zh-CN": "主动公开", en: "Proactive disclosure" }, phrase: "主动公开" },
  {
    key: "releaseCoordination",
    label: { "zh-CN": "信息发布协调", en: "Release coordination" },
    phrase: "信息发布协调",
  },
  {
    key: "appraisal",
    label: { "zh-CN": "信息公开考核评价", en: "Appraisal of disclosure work" },
    phrase: "信息公开考核评价",
  },
  { key: "accountability", label: { "zh-CN": "责任追究", en: "Accountability" }, phrase: "责任追究" },
] as const satisfies readonly ChecklistOption[];

export const disclosureSchema = z.object({
  /** The lead sentence, e.g. "大力推行政府信息公开". */
  opening: shortText(200),
  /** 政务公开工作制度 in place. */
  systems: checklist(DISCLOSURE_SYSTEMS),
  /** Further systems not in the list, e.g. "政府信息公开保密审查" (listed after the checked ones, separated by 、). */
  otherSystems: shortText(200),
  /** What the systems achieved, e.g. "保证及时、准确地公开信息，……促进了行政权力运行公开化、透明化". */
  systemsOutcome: narrative({ max: 1000 }),
  /** Government information disclosed proactively (条), e.g. "200余条". */
  proactiveItems: quantity(["条"]),
  /** Requests for disclosure (依申请公开): received and answered (件). */
  requests: z.object({
    received: count(),
    answered: count(),
  }),
  /** The township's problem areas, e.g. "村务财务公开、土地流转、环保问题整治、市场管理" (…矛盾纠纷突出的问题). */
  problemAreas: shortText(300),
  /** Where villages and units made rules, e.g. "村务财务管理、环保问题整治、土地管理、民事纠纷调处". */
  ruleAreas: shortText(300),
  /** 村务公开: villages practising it / villages in the township. */
  villageDisclosure: rate(),
  /** What village-affairs disclosure achieved, e.g. "按照村务公开条例的要求，实行民主管理，接受群众监督，……". */
  villageOutcome: narrative({ max: 1000 }),
  /** Further paragraphs: anything else the township reports under this heading. */
  more: narrative({ max: 5000 }),
});

export type Disclosure = z.output<typeof disclosureSchema>;

export const disclosureSettings = z.object({
  /** Target share of villages practising village-affairs disclosure, in percent. */
  targetVillageCoverage: z.number().min(0).max(100).default(100).describe("村务公开覆盖率目标（%）"),
});
export type DisclosureSettings = z.output<typeof disclosureSettings>;

export const disclosureDefaults: Disclosure = {
  opening: "",
  systems: emptyChecklist(DISCLOSURE_SYSTEMS),
  otherSystems: "",
  systemsOutcome: "",
  proactiveItems: { value: null, qualifier: "", unit: "条" },
  requests: { received: null, answered: null },
  problemAreas: "",
  ruleAreas: "",
  villageDisclosure: { numerator: null, denominator: null },
  villageOutcome: "",
  more: "",
};
