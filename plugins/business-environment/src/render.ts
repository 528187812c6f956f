import {
  checkedPhrases,
  clauses,
  formatCount,
  formatRate,
  hasCount,
  paragraph,
  paragraphsFromText,
  sentences,
  splitNames,
  levelWords,
  type LevelWords,
  type Block,
  type RenderContext,
} from "@nianbao/sdk";
import {
  ORGANISERS,
  SERVICE_AREAS,
  type BusinessEnvironment,
  type BusinessEnvironmentSettings,
} from "./schema.ts";

const positive = (n: number | null): n is number => n !== null && n > 0;

function commitment(d: BusinessEnvironment, level: string): string | null {
  const areas = [...checkedPhrases(d.service.areas, SERVICE_AREAS), ...splitNames(d.service.otherAreas)];
  return clauses(
    d.opening,
    d.leadersInCharge ? `所有项目全部由${level}主要领导亲自安排部署` : null,
    areas.length ? `在${areas.join("、")}上主动服务` : null,
  );
}

function disputes(d: BusinessEnvironment): string | null {
  const { handled, received, resolved } = d.disputes;
  const timely = handled ? "及时" : "";
  if (received === 0) return clauses("全年未受理营商纠纷");
  if (positive(received)) {
    return clauses(
      `受理各类营商纠纷${received}件`,
      resolved !== null ? `${timely}调处化解${resolved}件` : null,
    );
  }
  if (positive(resolved)) return clauses(`${timely}调处化解各类营商纠纷${resolved}件`);
  return handled ? clauses("及时调处化解各类营商纠纷") : null;
}

function requests(d: BusinessEnvironment): string | null {
  const { numerator, denominator } = d.requests;
  if (numerator === null || denominator === null) return null;
  if (denominator === 0) return clauses("全年无企业诉求事项");
  return clauses(`受理企业诉求${denominator}条`, `办结${numerator}条`, `办结率${formatRate(d.requests)}`);
}

function lawToEnterprise(d: BusinessEnvironment, w: LevelWords): string | null {
  const l = d.lawToEnterprise;
  const names = [...checkedPhrases(l.organisers, ORGANISERS, w), ...splitNames(l.otherOrganisers)];
  const organised = names.length ? `组织${names.join("、")}` : "";
  let activity: string | null = null;
  if (positive(l.events)) activity = `今年${organised}开展“送法进企业”活动${l.events}次`;
  else if (l.events === null && organised) activity = `今年${organised}开展“送法进企业”活动`;
  const reach = activity && positive(l.enterprises) ? `走进企业${l.enterprises}家` : null;
  return clauses(activity, reach, l.effect);
}

/** "为30余家企业开展“法治体检”，提出法律意见建议45条" — only what was entered. */
function legalCheckups(d: BusinessEnvironment): string | null {
  const { firms, suggestions } = d.legalCheckups;
  const advice = positive(suggestions) ? `提出法律意见建议${suggestions}条` : null;
  if (hasCount(firms)) return clauses(`为${formatCount(firms, "家")}企业开展“法治体检”`, advice);
  return advice ? clauses("开展企业“法治体检”", advice) : null;
}

/** （五）优化法治化营商环境: one paragraph in the register of the reference report, then any further prose. */
export function renderBusinessEnvironment(
  d: BusinessEnvironment,
  ctx: RenderContext<BusinessEnvironmentSettings>,
): Block[] {
  const w = levelWords(ctx.org);
  const other = sentences(...d.otherWork.split(/\n+/));
  const text = [
    commitment(d, w.level),
    disputes(d),
    requests(d),
    lawToEnterprise(d, w),
    legalCheckups(d),
    other,
  ]
    .filter(Boolean)
    .join("");
  return [...paragraph(text), ...paragraphsFromText(d.more)];
}
