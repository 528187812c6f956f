import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import type { Catalog } from "./zh-CN.ts";

export type AppLocale = "zh-CN" | "en";
export const APP_LOCALES: readonly AppLocale[] = ["zh-CN", "en"];
export const LOCALE_STORAGE_KEY = "nianbao.locale";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Catalog };
  }
}

export function isAppLocale(value: unknown): value is AppLocale {
  return value === "zh-CN" || value === "en";
}

/** The remembered locale, or Simplified Chinese. */
export function storedLocale(): AppLocale {
  try {
    const v = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isAppLocale(v) ? v : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

/**
 * Each catalog is its own chunk, loaded when its language is first used (a Chinese clerk never downloads the
 * English one); zod's messages too, since only the pages with forms need zod.
 */
const catalogs: Record<AppLocale, () => Promise<Catalog>> = {
  "zh-CN": () => import("./zh-CN.ts").then((m) => m.zhCN),
  en: () => import("./en.ts").then((m) => m.en),
};

/** Zod's built-in messages follow the UI language (plugins' own messages are written in Chinese). */
async function configureZod(locale: AppLocale): Promise<void> {
  const { configureZodLocale } = await import("./zod-locale.ts");
  configureZodLocale(locale);
}

/** i18next with the catalog of `locale` (synchronous: the catalog is given). */
export function initI18n(locale: AppLocale, catalog: Catalog): typeof i18n {
  if (typeof document !== "undefined") document.documentElement.lang = locale;
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { [locale]: { translation: catalog } },
      lng: locale,
      fallbackLng: "zh-CN",
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return i18n;
}

/** Loads the language's catalog and zod's messages, then starts i18next: before the first render. */
export async function loadI18n(locale: AppLocale = storedLocale()): Promise<typeof i18n> {
  const [catalog] = await Promise.all([catalogs[locale](), configureZod(locale)]);
  return initI18n(locale, catalog);
}

/** Switch the UI language: i18next, zod's messages, <html lang>, remembered in localStorage. */
export async function setAppLocale(locale: AppLocale): Promise<void> {
  const [catalog] = await Promise.all([catalogs[locale](), configureZod(locale)]);
  if (!i18n.hasResourceBundle(locale, "translation")) i18n.addResourceBundle(locale, "translation", catalog);
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (typeof document !== "undefined") document.documentElement.lang = locale;
  await i18n.changeLanguage(locale);
}

export { i18n };
