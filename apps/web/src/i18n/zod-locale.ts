import "../zod-jitless.ts";
import { z } from "zod";
import type { AppLocale } from "./index.ts";

/** Zod's built-in messages in the UI language (a chunk of its own: only pages with forms need zod). */
export function configureZodLocale(locale: AppLocale): void {
  z.config(locale === "en" ? z.locales.en() : z.locales.zhCN());
}
