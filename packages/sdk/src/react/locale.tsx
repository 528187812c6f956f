/**
 * The UI language the core hands to plugin forms. Its own module (re-exported by `@nianbao/sdk/react`) so
 * the web app's shell can provide it without loading the form kit, zod and @mantine/form on every page.
 */
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
