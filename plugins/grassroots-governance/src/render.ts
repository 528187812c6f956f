import {
  leadInItems,
  clauses,
  formatCount,
  formatStatedRate,
  hasCount,
  joinList,
  levelWords,
  paragraph,
  rateNotApplicable,
  statedRatePercent,
  type Block,
  type LevelWords,
  type RenderContext,
} from "@nianbao/sdk";
import { demoVillageTotal, type GrassrootsGovernance, type GrassrootsGovernanceSettings } from "./schema.ts";

const LEVELS = [
  ["national", "全国"],
  ["provincial", "省级"],
  ["city", "市级"],
  ["county", "县级"],
] as const;

/** "全镇共有民主法治示范村5个，其中全国1个、省级2个、县级2个，本年新创建1个". */
function demoClauses(d: GrassrootsGovernance, w: LevelWords): string[] {
  const total = demoVillageTotal(d);
  if (total === null || total === 0) return [];
  const what = `民主法治示范${w.village}`;
  const by = LEVELS.flatMap(([key, name]) => {
    const n = d.demoVillages[key];
    return n !== null && n > 0 ? [`${name}${n}个`] : [];
  });
  const out = [
    `${w.whole}共有${what}${total}个${by.length > 1 ? `，其中${joinList(by)}` : by.length === 1 ? `（${by[0]}）` : ""}`,
  ];
  if (d.demoVillages.newThisYear !== null && d.demoVillages.newThisYear > 0)
    out.push(`本年新创建${d.demoVillages.newThisYear}个`);
  return out;
}

function adviserClauses(d: GrassrootsGovernance, w: LevelWords): string[] {
  const a = d.advisers;
  const who = a.count !== null && a.count > 0 ? `${a.count}名` : "";
  const p = rateNotApplicable(a.coverage) ? null : statedRatePercent(a.coverage);
  if (p === 100) return [`为${w.everyVillage}配备法律顾问${who}，实现${w.village}法律顾问全覆盖`];
  const out: string[] = [];
  if (who) out.push(`聘请${w.village}法律顾问${who}`);
  if (p !== null) out.push(`${w.village}法律顾问覆盖率${formatStatedRate(a.coverage)}`);
  return out;
}

function legislativeClauses(d: GrassrootsGovernance): string[] {
  const l = d.legislativePoint;
  const name = l.name.trim();
  if (!name) return [];
  const out = [`依托${name}`];
  if (l.drafts !== null && l.drafts > 0) out.push(`就${l.drafts}部法律法规草案征求群众意见`);
  if (hasCount(l.opinions)) out.push(`收集报送意见建议${formatCount(l.opinions, "条")}`);
  return out.length > 1 ? out : [`${name}运行良好`];
}

/** 基层依法治理: demonstration villages, village rules, legal advisers, the legislative contact point, the measures. */
export function renderGrassrootsGovernance(
  d: GrassrootsGovernance,
  ctx: RenderContext<GrassrootsGovernanceSettings>,
): Block[] {
  const w = levelWords(ctx.org);
  const rules = d.villageRules
    ? `指导${w.everyVillage}修订完善${w.village === "社区" ? "居民公约" : "村规民约"}`
    : null;
  const text = [
    clauses(d.opening, ...demoClauses(d, w), rules),
    clauses(...adviserClauses(d, w)),
    clauses(...legislativeClauses(d)),
  ]
    .filter(Boolean)
    .join("");
  return leadInItems(paragraph(text), d.measures, d.more, { layout: "inline" });
}
