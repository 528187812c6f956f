import { Group, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { formatSavedAt } from "../lib/format.ts";

/** "未保存的修改" / "保存中…" / "已保存 14:32" / "尚未保存". */
export function SaveStatus({
  saving,
  dirty,
  valid,
  savedAt,
  offline = false,
}: {
  saving: boolean;
  dirty: boolean;
  valid: boolean;
  savedAt: Date | null;
  /** No connection: edits wait in the browser. */
  offline?: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  let text: string;
  let color = "dimmed";
  if (offline) {
    text = t(dirty ? "offline.badgeKept" : "offline.badge");
    color = "yellow.8";
  } else if (saving) text = t("section.saving");
  else if (dirty && !valid) {
    text = t("section.invalidNoAutosave");
    color = "red";
  } else if (dirty) {
    text = t("section.dirty");
    color = "orange";
  } else if (savedAt) {
    text = t("section.saved", { time: formatSavedAt(savedAt, locale) });
    color = "teal";
  } else text = t("section.neverSaved");
  return (
    <Group gap={6} wrap="nowrap" data-testid="save-status" aria-live="polite">
      {saving ? <Loader size={12} /> : null}
      <Text size="sm" c={color} fw={500} style={{ whiteSpace: "nowrap" }}>
        {text}
      </Text>
    </Group>
  );
}
