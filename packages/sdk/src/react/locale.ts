import { createContext, useContext } from "react";
import { t, type Locale, type LocalizedText } from "../text.ts";

/** The form kit's locale (the app provides it) and a translator of localized texts. */
const LocaleContext = createContext<Locale>("zh-CN");
export const LocaleProvider = LocaleContext.Provider;
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
export function useT(): (text: LocalizedText | undefined) => string {
  const locale = useLocale();
  return (text) => t(text, locale);
}
