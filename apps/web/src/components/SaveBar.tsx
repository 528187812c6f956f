import { Button, Group, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SectionEditor } from "../hooks/use-section-editor.ts";
import { SaveStatus } from "./SaveStatus.tsx";

/** The sticky bar above a section form: save state, 保存, 标记为已完成 / 改回草稿. */
export function SaveBar({ editor }: { editor: SectionEditor }) {
  const { t } = useTranslation();
  const { dirty, saving, savedAt, parsed, status, hasErrors, conflict, revision } = editor;
  const blocked = conflict !== null;
  return (
    <Group className="nb-save-bar" justify="space-between" py="xs" px="md" wrap="wrap" gap="xs">
      <Group gap="md" wrap="nowrap">
        <SaveStatus saving={saving} dirty={dirty} valid={parsed.success} savedAt={savedAt} />
        <Text size="xs" c="dimmed" visibleFrom="md">
          {revision > 0 ? `${t("section.revision", { revision })} · ` : ""}
          {t("section.autosaveHint")}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        {status === "complete" ? (
          <Button variant="subtle" color="gray" size="sm" disabled={blocked || saving} onClick={() => void editor.setComplete(false)}>
            {t("section.markDraft")}
          </Button>
        ) : (
          <Tooltip label={t("section.completeBlocked")} disabled={!hasErrors} withArrow>
            <Button
              variant="light"
              color="green"
              size="sm"
              disabled={blocked || saving || hasErrors || !parsed.success}
              onClick={() => void editor.setComplete(true)}
            >
              {t("section.markComplete")}
            </Button>
          </Tooltip>
        )}
        <Button size="sm" disabled={blocked || !dirty} loading={saving} onClick={() => void editor.save()}>
          {t("section.save")}
        </Button>
      </Group>
    </Group>
  );
}
