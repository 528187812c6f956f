import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { z } from "zod";
import { en } from "./en.ts";
import { zhCN, type Catalog } from "./zh-CN.ts";

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

/** Zod's built-in messages follow the UI language (plugins' own messages are written in Chinese). */
function configureZod(locale: AppLocale): void {
  z.config(locale === "en" ? z.locales.en() : z.locales.zhCN());
}

export function initI18n(locale: AppLocale = storedLocale()): typeof i18n {
  configureZod(locale);
  if (typeof document !== "undefined") document.documentElement.lang = locale;
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
      lng: locale,
      fallbackLng: "zh-CN",
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return i18n;
}

/** Switch the UI language: i18next, zod's messages, <html lang>, remembered in localStorage. */
export async function setAppLocale(locale: AppLocale): Promise<void> {
  configureZod(locale);
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (typeof document !== "undefined") document.documentElement.lang = locale;
  await i18n.changeLanguage(locale);
}

export { i18n };
