import type { AnySectionPlugin, CheckResult, MetricValue } from "./define.ts";
import { formatNumber } from "./numbers.ts";
import { t, type Locale } from "./text.ts";

/**
 * The warning a metric's declared `target` produces by itself: a township's value below the year's target
 * ("矛盾纠纷化解率未达到本年度目标（95%）"), on the metric's form field (`path`). A rate of 0/0 (无) or a value
 * not entered is never below target. Plugins declare targets on their metrics and write no check of their own.
 */
export function targetChecks(
  plugin: AnySectionPlugin,
  values: Record<string, MetricValue>,
  targets: Record<string, number>,
  locale: Locale = "zh-CN",
): CheckResult[] {
  const out: CheckResult[] = [];
  for (const [key, target] of Object.entries(targets)) {
    const m = plugin.metrics[key];
    const v = values[key];
    if (!m || !v || v.value === null || v.value >= target) continue;
    const shown =
      m.aggregate === "rate"
        ? `${formatNumber(target)}%`
        : `${locale === "en" ? "at least " : "不少于"}${formatNumber(target)}${m.unit}`;
    const label = t(m.label, locale);
    out.push({
      id: `${key}-below-target`,
      level: "warning",
      message:
        locale === "en"
          ? `${label} below this year's target (${shown})`
          : `${label}未达到本年度目标（${shown}）`,
      ...(m.path ? { path: m.path } : {}),
    });
  }
  return out;
}
