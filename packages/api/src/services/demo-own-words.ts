import { doc, fig, heading, item, itemRun, para, txt, type TextDoc } from "@nianbao/text";

/**
 * The demo's township written in its own words (issue 15): 水西门街道's 2024 report, in a structure unlike the
 * reference report — its own sub-headings, 一是 runs with run-in headings, 1. and （1） sub-items — with live
 * figures throughout (tokens of each section's figures), and one figure typed as plain text (unbound).
 */
const m = (key: string) => fig(`metric:${key}`);

const SHUIXIMEN_2024: Record<string, TextDoc> = {
  "legal-study": doc(
    heading(3, txt("抓住“关键少数”，领导干部带头学法")),
    itemRun(
      "yishi",
      "inline",
      item(
        txt("集体学法常态化。", true),
        txt("街道党工委理论学习中心组全年集体学法"),
        m("studySessions"),
        txt("，主要领导讲法治课"),
        m("leaderLectures"),
        txt("；"),
      ),
      item(
        txt("培训考试全覆盖。", true),
        txt("举办法治培训"),
        m("trainingSessions"),
        txt("，干部参训率"),
        m("trainingParticipation"),
        txt("，年度学法考试合格率"),
        m("examPass"),
        txt("。"),
      ),
    ),
    heading(3, txt("面向社区居民，推动法治宣传走深走实")),
    para(txt("依托社区新时代文明实践站开展“法律明白人”培训，把普法送到楼栋院落。")),
  ),
  "law-enforcement": doc(
    para(
      txt("规范执法主体。", true),
      txt("街道综合行政执法队执法人员持证率"),
      m("certificationRate"),
      txt("，行政执法“三项制度”落实率"),
      m("coreSystems"),
      txt("。"),
    ),
    itemRun(
      "decimal",
      "paragraphs",
      item(txt("全年开展市容环境、安全生产等执法检查"), m("inspections"), txt("；")),
      item(
        txt("办理普通程序行政处罚案件"),
        m("ordinaryCases"),
        txt("、简易程序案件"),
        m("simpleCases"),
        txt("；"),
      ),
      item(
        txt("开展案卷评查"),
        m("caseFileReviews"),
        txt("，发现并整改问题"),
        m("problemsCorrected"),
        txt("。"),
      ),
    ),
  ),
  disclosure: doc(
    para(
      txt("坚持“以公开为常态、不公开为例外”，全年主动公开政务信息"),
      m("proactiveItems"),
      txt("，受理依申请公开"),
      m("requestsReceived"),
      txt("，按期答复率"),
      m("requestAnswerRate"),
      txt("。辖区各社区居务公开率"),
      m("villageDisclosure"),
      txt("。"),
    ),
  ),
  "dispute-resolution": doc(
    heading(3, txt("网格化排查，把矛盾化解在萌芽状态")),
    para(
      txt("街道13个社区（村）网格员每日走访，全年排查矛盾纠纷"),
      m("disputesScreened"),
      txt("，调处"),
      m("disputesMediated"),
      txt("，化解率"),
      m("resolutionRate"),
      txt("。"),
    ),
    heading(3, txt("专业化调解，让群众少跑腿")),
    itemRun(
      "paren",
      "paragraphs",
      item(txt("调解组织。", true), txt("街道和社区共有人民调解委员会"), m("mediationCommittees"), txt("。")),
      item(
        txt("法律顾问。", true),
        txt("聘请法律顾问"),
        m("legalAdvisers"),
        txt("，社区法律顾问覆盖率"),
        m("adviserCoverage"),
        txt("。"),
      ),
      item(txt("法律援助。", true), txt("办理法律援助案件"), m("legalAidCases"), txt("。")),
    ),
  ),
  leadership: doc(
    para(
      txt(
        "街道党工委书记、办事处主任切实履行推进法治建设第一责任人职责，召开党工委会、主任办公会专题研究法治工作",
      ),
      m("meetings"),
      txt("，协调解决重点难点问题"),
      m("issuesResolved"),
      txt("；开展法治督察"),
      m("inspections"),
      txt("，发现问题"),
      m("problemsFound"),
      txt("，整改率"),
      m("rectificationRate"),
      txt("。"),
    ),
  ),
};

/** The demo's own words of a township's section in a year, or undefined (generated text). */
export function demoOwnWords(township: string, year: number, sectionKey: string): TextDoc | undefined {
  return township === "水西门街道" && year === 2024 ? SHUIXIMEN_2024[sectionKey] : undefined;
}
