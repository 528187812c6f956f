import { metricTargets, t, type AnySectionPlugin } from "@nianbao/sdk";

// The metric table of a plugin's README, generated from its manifest (labels, units, aggregation, targets,
// descriptions) so that the README cannot drift from the code: `pnpm readme:metrics` rewrites it, and the
// registry's test fails when a README differs from what the manifest gives.

export const METRICS_START =
  "<!-- metrics:start (generated from the manifest by `pnpm readme:metrics`; do not edit) -->";
export const METRICS_END = "<!-- metrics:end -->";

const AGGREGATES = {
  sum: "sum",
  rate: "rate (sum numerators and denominators; stated percentages apart)",
  max: "max",
  min: "min",
} as const;

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/** The Markdown table of a plugin's metrics, between its markers. */
export function metricsMarkdown(plugin: AnySectionPlugin): string {
  const targets = metricTargets(plugin, {});
  const rows = Object.entries(plugin.metrics).map(([key, m]) => {
    const label = [t(m.label, "zh-CN"), t(m.label, "en")]
      .filter((x, i, all) => x && all.indexOf(x) === i)
      .join(" / ");
    const target =
      targets[key] === undefined
        ? "—"
        : `${targets[key]}${m.aggregate === "rate" ? "%" : m.unit}${m.path ? ` (warns on \`${m.path}\`)` : ""}`;
    const description = m.description ? t(m.description, "en") : "—";
    return `| \`${key}\` | ${cell(label)} | ${m.unit} | ${AGGREGATES[m.aggregate]} | ${cell(target)} | ${cell(description)} |`;
  });
  return [
    METRICS_START,
    "",
    "| key | label | unit | aggregate | default target | definition |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
    METRICS_END,
  ].join("\n");
}

/**
 * The README with its metric table generated: the text between the markers is replaced; a README without
 * markers has the body of its "## Metrics" section replaced (or the section added at the end).
 */
export function withMetricsTable(readme: string, plugin: AnySectionPlugin): string {
  const table = metricsMarkdown(plugin);
  const start = readme.indexOf(METRICS_START);
  const end = readme.indexOf(METRICS_END);
  if (start >= 0 && end > start)
    return readme.slice(0, start) + table + readme.slice(end + METRICS_END.length);
  const heading = /^## Metrics\n/m.exec(readme);
  if (!heading) return `${readme.trimEnd()}\n\n## Metrics\n\n${table}\n`;
  const from = heading.index + heading[0].length;
  const next = readme.slice(from).search(/^## /m);
  const to = next < 0 ? readme.length : from + next;
  return `${readme.slice(0, from)}\n${table}\n${next < 0 ? "" : "\n"}${readme.slice(to)}`;
}
