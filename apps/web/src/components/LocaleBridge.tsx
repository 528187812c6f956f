import { LocaleProvider } from "@nianbao/sdk/react/locale";
import { Outlet } from "react-router";
import { useAppLocale } from "../hooks/use-app-locale.ts";

/** Hands the UI language to the plugins' form kit, for every page. */
export function LocaleBridge() {
  const { locale } = useAppLocale();
  return (
    <LocaleProvider value={locale}>
      <Outlet />
    </LocaleProvider>
  );
}
