/**
 * Which field's words a sentence carries, when a section has several fields in the same unit ("中心组学法次数",
 * "集体学法次数", "组织法律知识考试次数" are all in 次). Only the labels of the plugin's catalog are read — the
 * core knows no field by name: each bigram of a label weighs by how few labels of the section share it, so
 * the words only one field has (中心组, 集体, 考试) decide and the words many fields share (法律知识, 次数) say
 * little.
 */

/** Character bigrams of a label (its single character when it has one), without punctuation. */
function grams(label: string): string[] {
  const chars = [...label.replace(/[\s（）()、，。“”]/g, "")];
  if (chars.length < 2) return chars;
  return [...new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]))];
}

export interface FieldWords {
  /** 0..1: the weighted share of the label's bigrams the context contains. */
  fit(label: string, context: string): number;
  /** The bigrams of the label no other label of the section has, that the context contains. */
  own(label: string, context: string): string[];
}

/** The words of a section's field labels, weighed against each other. */
export function fieldWords(labels: readonly string[]): FieldWords {
  const count = new Map<string, number>();
  for (const label of new Set(labels)) for (const g of grams(label)) count.set(g, (count.get(g) ?? 0) + 1);
  const weight = (g: string) => 1 / (count.get(g) ?? 1);
  return {
    fit(label, context) {
      const gs = grams(label);
      const total = gs.reduce((s, g) => s + weight(g), 0);
      if (!total || !context) return 0;
      return gs.filter((g) => context.includes(g)).reduce((s, g) => s + weight(g), 0) / total;
    },
    own(label, context) {
      return grams(label).filter((g) => weight(g) === 1 && context.includes(g));
    },
  };
}
