import type { SectionFixtures } from "@nianbao/sdk/testing";
import type { Overview } from "./schema.ts";

/** 荆竹铺镇 2023: the reference report's opening paragraph, every part of it. */
export const jingzhupu2023: Overview = {
  subject: "我镇",
  leadership: "市委、市政府",
  guidingIdeology: "党的十九大精神",
  goal: "建设“职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信”的法治政府",
  focus: "全面推进政府工作规范化、程序化、法治化",
  documents: [{ title: "武冈市创建全国法治政府建设示范市指标体系责任分解表" }],
  keyAreas: [
    { area: "完善行政决策" },
    { area: "加强规范性文件管理" },
    { area: "规范行政执法" },
    { area: "接受评议监督" },
  ],
  summary: "法治政府建设各项工作顺利开展",
  more: "",
};

/** The same township's 2024 opening (the demo's second year): plausible, with two documents and a further sentence. */
export const demo2024: Overview = {
  subject: "我镇",
  leadership: "市委、市政府",
  guidingIdeology: "习近平新时代中国特色社会主义思想和党的二十大精神",
  goal: "建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府",
  focus: "深入推进严格规范公正文明执法",
  documents: [
    { title: "法治政府建设实施纲要（2021—2025年）" },
    { title: "武冈市2024年法治政府建设工作要点" },
  ],
  keyAreas: [{ area: "依法科学民主决策" }, { area: "规范行政执法" }, { area: "化解矛盾纠纷" }],
  summary: "法治政府建设取得新成效",
  more: "全年未发生因违法行政引发的重大群体性事件。",
};

/** A township that fills in only the essentials (no documents, no areas). */
export const sparse: Overview = {
  subject: "本镇",
  leadership: "",
  guidingIdeology: "习近平法治思想",
  goal: "",
  focus: "",
  documents: [],
  keyAreas: [],
  summary: "各项工作有序推进",
  more: "",
};

export const fixtures = {
  valid: { jingzhupu2023, demo2024, sparse },
  invalid: {
    subjectTooLong: { ...jingzhupu2023, subject: "武冈市荆竹铺镇人民政府党委政府全体干部职工共同" },
    documentsNotRows: { ...jingzhupu2023, documents: ["武冈市创建全国法治政府建设示范市指标体系责任分解表"] },
    leadershipNotText: { ...jingzhupu2023, leadership: 2023 },
    tooManyAreas: {
      ...jingzhupu2023,
      keyAreas: Array.from({ length: 21 }, (_, i) => ({ area: `领域${i + 1}` })),
    },
  },
} satisfies SectionFixtures;
