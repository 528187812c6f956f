import type { ImportResult } from "./import-report.ts";

/** The clerk's choice for one figure on the review screen: the figure (its index among the section's figures) and its field, or null to keep it as words. */
export interface FigureOverride {
  sectionKey: string;
  figure: number;
  fieldKey: string | null;
}

export interface OverrideProblem {
  /** Where in the request: `figureOverrides.<i>`. */
  path: string;
  message: string;
}

/**
 * What is wrong with the clerk's figure choices once the import has bound them (so the stored data is what
 * the preview showed): a section not in the year's outline or holding no imported text, a figure the section
 * does not have, the same figure chosen twice, or a field that does not exist or cannot hold the value as
 * written. Each message names the figure and the field, in Chinese.
 */
export function overrideProblems(
  result: ImportResult,
  overrides: readonly FigureOverride[],
): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  const seen = new Set<string>();
  overrides.forEach((o, i) => {
    const path = `figureOverrides.${i}`;
    const target = result.targets.find((x) => x.key === o.sectionKey);
    const figure = result.figures.find((f) => f.sectionKey === o.sectionKey && f.index === o.figure);
    const say = (message: string) => problems.push({ path, message });
    if (!target) return say(`数字绑定：本年度提纲中没有栏目“${o.sectionKey}”`);
    if (!(o.sectionKey in result.sections)) return say(`数字绑定：栏目“${target.label}”没有导入的内容`);
    if (!figure) return say(`数字绑定：栏目“${target.label}”中没有第${o.figure + 1}个数字`);
    const id = `${o.sectionKey}#${o.figure}`;
    if (seen.has(id)) return say(`数字“${figure.text}”（${target.label}）的绑定重复提交`);
    seen.add(id);
    if (o.fieldKey !== null && figure.status === "refused") {
      const field = figure.label ?? o.fieldKey;
      say(
        `数字“${figure.text}”不能填入字段“${field}”（${target.label}）：${figure.reason ?? "数值不符合要求"}`,
      );
    }
  });
  return problems;
}
