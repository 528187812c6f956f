import {
  clauses,
  formatCount,
  formatNumber,
  hasCount,
  paragraph,
  paragraphsFromText,
  type Block,
  type RenderContext,
  inlineText,
  levelWords,
} from "@nianbao/sdk";
import type { Leadership, LeadershipSettings } from "./schema.ts";

const DEFAULT_GROUP_NAME = "法治政府建设工作领导小组";

/** "成立了由镇政府镇长任组长，分管领导任副组长，相关站所负责人为成员的依法行政工作领导小组". */
function leadingGroupClause(d: Leadership): string | null {
  const g = d.leadingGroup;
  const roles = [
    g.leader && `${g.leader}任组长`,
    g.deputy && `${g.deputy}任副组长`,
    g.members && `${g.members}为成员`,
  ].filter(Boolean);
  if (!roles.length && !g.name) return null;
  const name = g.name || DEFAULT_GROUP_NAME;
  return roles.length ? `成立了由${roles.join("，")}的${name}` : `成立了${name}`;
}

function meetingClauses(d: Leadership): string[] {
  const out: string[] = [];
  if (d.meetings !== null && d.meetings > 0) out.push(`全年召开专题会议研究法治建设工作${d.meetings}次`);
  if (d.issuesResolved !== null && d.issuesResolved > 0)
    out.push(`协调解决法治建设重要问题${d.issuesResolved}项`);
  return out;
}

function appraisalClauses(d: Leadership): string[] {
  const weight = d.appraisalWeight !== null && d.appraisalWeight > 0 ? formatNumber(d.appraisalWeight) : null;
  const out: string[] = [];
  if (d.targetManagement)
    out.push(`把依法行政工作纳入政府目标责任管理${weight ? `，考核权重占${weight}%` : ""}`);
  else if (weight) out.push(`依法行政工作在目标考核中权重占${weight}%`);
  if (d.enforcementAppraisal) out.push("将行政执法机构及其执法人员行使职权和履行法定义务情况纳入评议考核");
  return out;
}

function inspectionClauses(d: Leadership): string[] {
  const out: string[] = [];
  if (hasCount(d.inspections)) out.push(`开展法治建设督查检查${formatCount(d.inspections, "次")}`);
  const { found, rectified } = d.problems;
  if (found !== null && found > 0) {
    // "发现问题5项" alone when the report does not say how many were rectified.
    if (rectified === null) out.push(`发现问题${found}项`);
    else
      out.push(
        rectified === found
          ? `发现问题${found}项，已全部整改到位`
          : `发现问题${found}项，已整改${rectified}项`,
      );
  }
  return out;
}

/**
 * （十）加强组织领导 — also the official part "党政主要负责人履行推进法治建设第一责任人职责……": one paragraph
 * that reads without a heading, then any further prose.
 */
export function renderLeadership(d: Leadership, ctx: RenderContext<LeadershipSettings>): Block[] {
  const { organs } = levelWords(ctx.org);
  const text = [
    clauses(
      d.opening,
      d.firstResponsible && "切实履行了党政主要负责人推进法治建设第一责任人职责",
      d.oneJobTwoDuties && "班子其他成员“一岗双责”制度落实到位",
      leadingGroupClause(d),
    ),
    clauses(...meetingClauses(d)),
    d.annualReport
      ? clauses("党政主要负责人将履行推进法治建设第一责任人职责情况列入年终述职内容，开展年度述法")
      : null,
    clauses(...appraisalClauses(d), inlineText(d.appraisalOutcome)),
    clauses(...inspectionClauses(d)),
    clauses(
      d.responsibilityList && `建立健全${organs}“谁执法谁普法”责任制清单，明确普法主体责任和工作机制`,
      inlineText(d.publicitySystem),
    ),
  ]
    .filter(Boolean)
    .join("");
  return [...paragraph(text), ...paragraphsFromText(d.more)];
}
