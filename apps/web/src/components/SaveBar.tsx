import { Alert, Button, Group, Modal, Stack, Text, Textarea, Tooltip } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SectionEditor } from "../hooks/use-section-editor.ts";
import { SaveStatus } from "./SaveStatus.tsx";

/** The sticky bar above a section form: save state, 保存, 标记为已完成 / 改回草稿. */
export function SaveBar({ editor }: { editor: SectionEditor }) {
  const { t } = useTranslation();
  const { dirty, saving, savedAt, parsed, status, hasErrors, conflict, revision, checks, notice } = editor;
  const blocked = conflict !== null;
  const warnings = checks.filter((c) => c.level === "warning");
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState("");
  return (
    <Group className="nb-save-bar" justify="space-between" py="xs" px="md" wrap="wrap" gap="xs">
      <Group gap="md" wrap="nowrap">
        <SaveStatus
          saving={saving}
          dirty={dirty}
          valid={parsed.success}
          savedAt={savedAt}
          offline={editor.offline}
        />
        <Text size="xs" c="dimmed" visibleFrom="md">
          {revision > 0 ? `${t("section.revision", { revision })} · ` : ""}
          {t("section.autosaveHint")}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        {status === "complete" ? (
          <Button
            variant="subtle"
            color="gray"
            size="sm"
            disabled={blocked || saving}
            onClick={() => void editor.setComplete(false)}
          >
            {t("section.markDraft")}
          </Button>
        ) : (
          <Tooltip label={t("section.completeBlocked")} disabled={!hasErrors} withArrow>
            <Button
              variant="light"
              color="green"
              size="sm"
              disabled={blocked || saving || hasErrors || !parsed.success}
              onClick={() => (warnings.length > 0 ? setAsking(true) : void editor.setComplete(true))}
            >
              {t("section.markComplete")}
            </Button>
          </Tooltip>
        )}
        <Button size="sm" disabled={blocked || !dirty} loading={saving} onClick={() => void editor.save()}>
          {t("section.save")}
        </Button>
      </Group>
      {notice ? (
        // Beside the save status (the bar is sticky): the edit was saved, but as a draft — and why.
        <Alert
          data-testid="save-notice"
          role="status"
          color="orange"
          variant="light"
          w="100%"
          py={6}
          title={t(notice.reason === "note_required" ? "saveNotice.noteRequired" : "saveNotice.checksFailed")}
        >
          <Text size="sm">{notice.message}</Text>
        </Alert>
      ) : null}
      <Modal opened={asking} onClose={() => setAsking(false)} title={t("section.warningNoteTitle")}>
        <Stack>
          <Text size="sm">{t("section.warningNoteBody", { count: warnings.length })}</Text>
          {warnings.map((w) => (
            <Text key={`${w.path}:${w.message}`} size="sm" c="orange">
              {w.message}
            </Text>
          ))}
          <Textarea
            label={t("section.warningNote")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Button
            disabled={!note.trim()}
            onClick={() => {
              setAsking(false);
              void editor.setComplete(true, note.trim());
            }}
          >
            {t("section.markComplete")}
          </Button>
        </Stack>
      </Modal>
    </Group>
  );
}
