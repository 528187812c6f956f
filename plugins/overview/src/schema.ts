import { narrative, text, rows, z, shortText } from "@nianbao/sdk";

/** The opening paragraph of the report, before 一、: what guided the year's work and "现将…报告如下：". */
export const overviewSchema = z.object({
  /** How the township names itself in the opening and the closing sentence ("我镇"). */
  subject: text().trim().max(20, { error: "不超过20字" }).default("我镇"),
  /** Whose leadership: "市委、市政府" (printed 在…的正确领导下). */
  leadership: shortText(50),
  /** The guiding ideology: "党的十九大精神" (printed 以…为指导). */
  guidingIdeology: shortText(200),
  /** The goal: "建设“职能科学、…”的法治政府" (printed 坚持以…为目标). */
  goal: shortText(200),
  /** The focus: "全面推进政府工作规范化、程序化、法治化" (printed 以…为重点). */
  focus: shortText(200),
  /** Documents implemented, in order, titles without 《》 (printed 全面落实《…》《…》). */
  documents: rows(
    { title: text().trim().max(100, { error: "不超过100字" }).default("") },
    { max: 20 },
  ).default([]),
  /** Key work areas, in order (printed 在甲、乙、丙及丁等方面扎实工作). */
  keyAreas: rows({ area: text().trim().max(50, { error: "不超过50字" }).default("") }, { max: 20 }).default(
    [],
  ),
  /** How the year went: "法治政府建设各项工作顺利开展". */
  summary: shortText(200),
  /** Further sentences of the opening paragraph, printed before "现将…报告如下：". */
  more: narrative({ max: 2000 }),
});

export type Overview = z.output<typeof overviewSchema>;

export const overviewSettings = z.object({
  /**
   * The year's guiding ideology as the county expects it to be named (e.g. "党的二十大精神"); when set, an
   * opening that names another (a stale "十九大" copied from last year) draws a warning. Empty: no check.
   */
  expectedIdeology: text()
    .trim()
    .max(100)
    .default("")
    .describe("本年度指导思想（如“党的二十大精神”，留空不检查）"),
  /** Documents every township is expected to say it implemented this year (titles, with or without 《》). */
  requiredDocuments: z
    .array(text().trim().max(100))
    .max(20)
    .default([])
    .describe("应写明贯彻落实的文件（每行一个）"),
});
export type OverviewSettings = z.output<typeof overviewSettings>;

export const overviewDefaults: Overview = {
  subject: "我镇",
  leadership: "",
  guidingIdeology: "",
  goal: "",
  focus: "",
  documents: [],
  keyAreas: [],
  summary: "",
  more: "",
};

/** A document title without the 《》 a township may have typed around it. */
export function bareTitle(title: string): string {
  return title.trim().replace(/^《/, "").replace(/》$/, "").trim();
}

/** The documents and key areas that will print (blank rows are left out). */
export function listedDocuments(d: Overview): string[] {
  return d.documents.map((x) => bareTitle(x.title)).filter(Boolean);
}
export function listedAreas(d: Overview): string[] {
  return d.keyAreas.map((x) => x.area.trim()).filter(Boolean);
}
