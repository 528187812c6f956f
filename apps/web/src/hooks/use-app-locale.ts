import { useTranslation } from "react-i18next";
import { isAppLocale, setAppLocale, type AppLocale } from "../i18n/index.ts";

/** The current UI language and a setter that remembers it. */
export function useAppLocale(): { locale: AppLocale; setLocale: (locale: AppLocale) => void } {
  const { i18n } = useTranslation();
  const locale = isAppLocale(i18n.language) ? i18n.language : "zh-CN";
  return { locale, setLocale: (l) => void setAppLocale(l) };
}
