import { cleanDeep, text } from "@nianbao/sdk";
import { z } from "zod";

/** Input pieces shared by several routers. */
export const id = z.uuid({ error: "编号格式不正确" });
export const sectionKey = z.string().min(1).max(64);
/** A note, reason or comment: plain text (stored as text, escaped wherever shown), control characters removed. */
export const note = text().max(2000, { error: "内容过长（最多 2000 字）" });
export const requiredText = text()
  .trim()
  .min(1, { error: "请填写内容" })
  .max(2000, { error: "内容过长（最多 2000 字）" });
/** A person's or a unit's name: one line, control and direction-override characters removed. */
export const displayName = text({ singleLine: true })
  .trim()
  .min(1, { error: "请填写姓名" })
  .max(64, { error: "姓名最多 64 个字" });

/** The years a deadline or an exception date may fall in (a year outside is a typo: 0000, 9999). */
const ADMIN_DATE_YEARS = { min: 2000, max: 2100 };
/** A deadline or an exception date, "yyyy-mm-dd", a real date between 2000 and 2100. */
export const dateString = z.iso
  .date({ error: "日期格式应为 yyyy-mm-dd" })
  .refine(
    (d) => Number(d.slice(0, 4)) >= ADMIN_DATE_YEARS.min && Number(d.slice(0, 4)) <= ADMIN_DATE_YEARS.max,
    {
      error: `日期应在 ${ADMIN_DATE_YEARS.min} 年至 ${ADMIN_DATE_YEARS.max} 年之间`,
    },
  );

/** A section's data as sent: any JSON, its texts cleaned of control and direction-override characters (the plugin's schema checks the rest). */
export const sectionData = z.unknown().transform((d) => cleanDeep(d));

/** A revision number (section or year): a whole number a PostgreSQL integer holds; `min` 1 for a year's published revision. */
export function revisionNumber(min = 0) {
  return z
    .number({ error: "缺少版本号" })
    .int({ error: "版本号须为整数" })
    .min(min, { error: "版本号不正确" })
    .max(2_147_483_647, { error: "版本号不正确" });
}
