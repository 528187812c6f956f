/** Text a user sees, in Simplified Chinese first and optionally English. Government wording stays Chinese. */
export type Locale = "zh-CN" | "en";
export type LocalizedText = string | { "zh-CN": string; en?: string };

export const LOCALES: readonly Locale[] = ["zh-CN", "en"];

/** Resolve a localized text for a locale, falling back to Chinese. */
export function t(text: LocalizedText | undefined, locale: Locale = "zh-CN"): string {
  if (text === undefined) return "";
  if (typeof text === "string") return text;
  return (locale === "en" ? text.en : undefined) ?? text["zh-CN"];
}
