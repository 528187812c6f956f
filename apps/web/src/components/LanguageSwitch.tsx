import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import type { AppLocale } from "../i18n/index.ts";

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLocale } = useAppLocale();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("language.label")}
      value={locale}
      onChange={(v) => setLocale(v as AppLocale)}
      data={[
        { value: "zh-CN", label: t("language.zh") },
        { value: "en", label: t("language.en") },
      ]}
    />
  );
}
