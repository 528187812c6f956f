import { count, dateString, narrative, rows, z } from "@nianbao/sdk";

/** One row of the “__TITLE_ZH__” ledger. */
export const __name__EntrySchema = z.object({
  /** "yyyy-mm-dd" (2023/3/5 and 2023年3月5日 are read too). */
  date: dateString(),
  /** What took place. */
  title: z.string().trim().min(1, { error: "请填写事项" }).max(200, { error: "不超过200字" }),
  /** People taking part (人次). */
  participants: count(),
});
export type __Name__Entry = z.output<typeof __name__EntrySchema>;

/** What the township enters: a lead-in and the ledger. */
export const __name__Schema = z.object({
  /** The township's own prose before the ledger; one paragraph per line. */
  intro: narrative({ max: 2000 }),
  entries: rows(__name__EntrySchema.shape, { max: 200 }),
});
export type __Name__ = z.output<typeof __name__Schema>;

/** What an administrator sets per year. */
export const __name__Settings = z.object({
  /** Print the ledger as a table in the report. */
  printTable: z.boolean().default(true),
});
export type __Name__Settings = z.output<typeof __name__Settings>;

export const __name__Defaults: __Name__ = { intro: "", entries: [] };

/** People taking part across the ledger (entries without a figure count as none). */
export function totalParticipants(d: __Name__): number {
  return d.entries.reduce((sum, e) => sum + (e.participants ?? 0), 0);
}
