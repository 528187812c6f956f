import {
  clauses,
  formatCount,
  formatQuantity,
  hasCount,
  formatPercent,
  formatRate,
  isStatedOnly,
  joinList,
  paragraphsFromText,
  paragraph,
  ratePercent,
  type Block,
  type RenderContext,
  levelWords,
} from "@nianbao/sdk";
import type { GovernmentFunctions, GovernmentFunctionsSettings, Share } from "./schema.ts";

/** 镇 / 乡 / 街道 and the matching government (镇政府 / 乡政府 / 街道办事处), from the SDK's level words. */
export function township(org: RenderContext<unknown>["org"]): { town: string; gov: string } {
  const w = levelWords(org);
  return { town: w.level, gov: w.government };
}

/**
 * The printed share: "80%以上" (lower bound, rounded down), "83.3%" (exact), "100%", or the percentage
 * stated ("90%以上", "近90%"); null when not entered or 0/0 (no matters, so no share: the clause is left out rather than printed as 0% or 100%).
 */
export function formatShare(s: Share): string | null {
  // A stated percentage prints as stated ("90%以上", "95%左右"); `atLeast` rounds counts only.
  if (isStatedOnly(s.rate)) return formatPercent(s.rate.percent!, s.rate.percentQualifier);
  const p = ratePercent(s.rate);
  if (p === null) return null;
  if (s.atLeast && p < 100) {
    const floor = Math.floor((s.rate.numerator! * 100) / s.rate.denominator!);
    if (floor > 0) return `${floor}%以上`;
  }
  return formatRate(s.rate);
}

function matterShare(s: Share, all: string, partial: (share: string) => string): string | null {
  const printed = formatShare(s);
  if (printed === null) return null;
  return printed === "100%" ? all : partial(printed);
}

function hallClause(d: GovernmentFunctions, town: string, gov: string, hall: string): string | null {
  const units = joinList(d.units.map((u) => u.name.trim()).filter(Boolean));
  if (d.hallEstablished)
    return units ? `${gov}统合${town}${units}等服务单位，设立统一的${hall}` : `${gov}设立统一的${hall}`;
  return units ? `${gov}统合${town}${units}等服务单位集中办公` : null;
}

function powerListClauses(d: GovernmentFunctions): string[] {
  const { items, added, removed } = d.powerList;
  const changes = [added ? `新增${added}项` : null, removed ? `取消${removed}项` : null].filter(
    (c): c is string => c !== null,
  );
  const out: string[] = [];
  if (items !== null && items > 0) out.push(`梳理公布权责清单事项${items}项`);
  if (changes.length) out.push(`本年度${out.length ? "" : "权责清单"}${changes.join("、")}`);
  return out;
}

function promiseClauses(d: GovernmentFunctions): string[] {
  const { items, cases, falsePromises } = d.promise;
  const out: string[] = [];
  if (items !== null && items > 0) out.push(`对${items}项证明事项实行告知承诺制`);
  if (cases !== null && cases > 0)
    out.push(`${out.length ? "办理告知承诺件" : "以告知承诺制办理事项"}${cases}件`);
  if (falsePromises !== null && falsePromises > 0) out.push(`核查发现虚假承诺${falsePromises}件并依法处理`);
  else if (falsePromises === 0 && out.length) out.push("经核查未发现虚假承诺情况");
  return out;
}

/** （二）依法全面履行政府职能: one paragraph in the register of the reference report, then any further prose. */
export function renderGovernmentFunctions(
  d: GovernmentFunctions,
  ctx: RenderContext<GovernmentFunctionsSettings>,
): Block[] {
  const { town, gov } = township(ctx.org);
  const hall = d.hallName.trim() || "便民服务大厅";
  // "80%以上政务事项全部实行…" as the reference prints it; an exact share reads "83.3%的政务事项实行…".
  const oneWindow = matterShare(d.oneWindow, "政务事项全部实行“一窗式”分类办理", (s) =>
    s.endsWith("以上") ? `${s}政务事项全部实行“一窗式”分类办理` : `${s}的政务事项实行“一窗式”分类办理`,
  );
  const hallSentence = clauses(
    hallClause(d, town, gov, hall),
    d.allMattersInHall && `所有政务事项全部进驻${town}${hall}`,
    oneWindow,
    (oneWindow !== null || d.mostOnce) && "方便群众办事",
    d.mostOnce && "切实实现了群众办事“最多跑一次”的目标",
  );
  const handled = formatQuantity(d.mattersHandled);
  const figures = clauses(
    handled && (d.mattersHandled.value ?? 0) > 0 && `全年共办理各类便民服务事项${handled}`,
    hasCount(d.immediate) && `推行“马上办”，即时办结事项${formatCount(d.immediate, "件")}`,
    matterShare(
      d.online,
      "政务事项全部实现网上可办",
      (s) => `${s}${s.endsWith("以上") ? "" : "的"}政务事项实现网上可办`,
    ),
    formatShare(d.timeLimit) && `办理时限压缩${formatShare(d.timeLimit)}`,
  );
  const lists = clauses(...powerListClauses(d), ...promiseClauses(d));
  const text = [hallSentence, figures, lists].filter(Boolean).join("");
  return [...paragraph(text), ...paragraphsFromText(d.more)];
}
