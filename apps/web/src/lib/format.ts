import type { AppLocale } from "../i18n/index.ts";

/** "2024-03-01" → "2024年3月1日" (zh-CN) or "1 Mar 2024" (en). Invalid input is returned as is. */
export function formatDate(iso: string | null | undefined, locale: AppLocale): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (locale === "zh-CN") return `${y}年${mo}月${d}日`;
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, mo - 1, d)));
}

/** A save time as users read it: "14:32" today, "3月2日 14:32" (or "2 Mar 14:32") on another day. */
export function formatSavedAt(date: Date, locale: AppLocale, now: Date = new Date()): string {
  const tag = locale === "zh-CN" ? "zh-CN" : "en-GB";
  const time = new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", hour12: false }).format(
    date,
  );
  if (date.toDateString() === now.toDateString()) return time;
  if (locale === "zh-CN") return `${date.getMonth() + 1}月${date.getDate()}日 ${time}`;
  return `${new Intl.DateTimeFormat(tag, { day: "numeric", month: "short" }).format(date)} ${time}`;
}
