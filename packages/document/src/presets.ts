import type { TemplateSection, YearTemplate } from "./template.ts";

function section(
  key: string,
  plugin: string,
  heading: string | null,
  extra: Partial<TemplateSection> = {},
): TemplateSection {
  return { key, plugin, pluginVersion: 1, heading, enabled: true, required: true, settings: {}, ...extra };
}

/**
 * The outline of the reference report (荆竹铺镇 2023): an opening paragraph, 一、工作开展情况 with ten
 * topical sections, 二、存在的问题, 三、下一步工作打算.
 */
export const referenceOutline2023: YearTemplate = {
  titlePattern: "{year}年{org}法治政府建设年度报告",
  issuerPattern: "{parent}{org}人民政府",
  showIssuerAboveTitle: true,
  addressee: null,
  parts: [
    { key: "opening", title: null, sections: [section("overview", "overview", null)] },
    {
      key: "work",
      title: "工作开展情况",
      sections: [
        section("legal-study", "legal-study", "强化法治思维和依法行政能力方面"),
        section("government-functions", "government-functions", "依法全面履行政府职能方面"),
        section("normative-documents", "normative-documents", "完善依法执政制度体系方面"),
        section("decision-making", "decision-making", "健全依法决策机制方面"),
        section("business-environment", "business-environment", "优化法治化营商环境方面"),
        section("law-enforcement", "law-enforcement", "严格规范公正文明执法方面"),
        section("power-oversight", "power-oversight", "强化行政权力监督制约方面"),
        section("disclosure", "disclosure", "全面推进政务公开"),
        section("dispute-resolution", "dispute-resolution", "依法化解矛盾纠纷方面"),
        section("leadership", "leadership", "加强组织领导方面"),
      ],
    },
    { key: "problems", title: "存在的问题", sections: [section("problems", "problems", null)] },
    { key: "plans", title: "下一步工作打算", sections: [section("plans", "plans", null)] },
  ],
};

/**
 * The official five-part outline (《法治政府建设与责任落实督察工作规定》): measures and results with
 * topical sub-sections, shortcomings, the principal leaders' duty, next year's plans, other matters. The
 * topical sections follow the 纲要's chapters: 学习贯彻习近平法治思想 first (as most 2024–2025 reports open),
 * reconsideration and litigation, safety and petitions after disputes (纲要 七), then grassroots governance and
 * 普法; the ones not every township reports are optional.
 */
export const officialOutline: YearTemplate = {
  titlePattern: "{org}{year}年法治政府建设年度报告",
  issuerPattern: "{parent}{org}人民政府",
  showIssuerAboveTitle: false,
  addressee: null,
  parts: [
    { key: "opening", title: null, sections: [section("overview", "overview", null)] },
    {
      key: "measures",
      title: "{year}年推进法治政府建设的主要举措和成效",
      sections: [
        section("rule-of-law-thought", "rule-of-law-thought", "深入学习贯彻习近平法治思想", {
          required: false,
        }),
        section("legal-study", "legal-study", "提升法治思维和依法行政能力"),
        section("government-functions", "government-functions", "依法全面履行政府职能"),
        section("normative-documents", "normative-documents", "完善依法行政制度体系"),
        section("decision-making", "decision-making", "健全行政决策制度体系"),
        section("business-environment", "business-environment", "优化法治化营商环境", { required: false }),
        section("law-enforcement", "law-enforcement", "严格规范公正文明执法"),
        section("power-oversight", "power-oversight", "强化行政权力制约和监督"),
        section("disclosure", "disclosure", "全面推进政务公开"),
        section("dispute-resolution", "dispute-resolution", "依法预防化解矛盾纠纷"),
        section("reconsideration-litigation", "reconsideration-litigation", "加强行政复议和行政应诉工作", {
          required: false,
        }),
        section("safety-petitions", "safety-petitions", "深入推进平安建设和信访工作", { required: false }),
        section("grassroots-governance", "grassroots-governance", "推进基层依法治理", { required: false }),
        section("legal-publicity", "legal-publicity", "深入开展法治宣传教育", { required: false }),
      ],
    },
    { key: "shortcomings", title: "存在的不足和原因", sections: [section("problems", "problems", null)] },
    {
      key: "first-responsible",
      title: "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
      sections: [section("leadership", "leadership", null)],
    },
    {
      key: "plans",
      title: "{nextYear}年推进法治政府建设的主要安排",
      sections: [section("plans", "plans", null)],
    },
    {
      key: "other",
      title: "其他需要报告的情况",
      sections: [section("other", "custom", null, { required: false })],
    },
  ],
};

export const presets = {
  "reference-2023": { title: "荆竹铺镇2023年报告提纲（十个方面）", template: referenceOutline2023 },
  official: { title: "官方五部分提纲", template: officialOutline },
} as const;
