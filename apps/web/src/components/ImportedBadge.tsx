import { Badge, Tooltip, VisuallyHidden, type MantineSize } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import type { AppLocale } from "../i18n/index.ts";
import { formatDate } from "../lib/format.ts";

/** When and from what file a report (or a revision) was imported; null: written on the platform. */
export interface ImportedMark {
  at: string | Date;
  source: string | null;
}

/** "2026年11月29日 22:32" in the reader's time zone. */
export function importedWhen(at: string | Date, locale: AppLocale): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  const ymd = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(ymd, locale)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The 导入 badge: the report was imported from a Word or text file; the file's name and the date in a tooltip. */
export function ImportedBadge({
  imported,
  size = "sm",
}: {
  imported: ImportedMark | null | undefined;
  size?: MantineSize;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  if (!imported) return null;
  const label = imported.source
    ? t("importBinding.markFrom", { source: imported.source, date: importedWhen(imported.at, locale) })
    : t("importBinding.markPasted", { date: importedWhen(imported.at, locale) });
  return (
    <Tooltip label={label} multiline maw={320} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Badge
        size={size}
        variant="outline"
        color="violet"
        radius="sm"
        tabIndex={0}
        data-testid="imported-badge"
        style={{ flex: "none", cursor: "help" }}
      >
        {t("importBinding.mark")}
        <VisuallyHidden>{label}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
