import { Alert, Button, Group, Text } from "@mantine/core";
import { diffText, parseText } from "@nianbao/text";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { useReadableChanges } from "../hooks/use-readable-changes.ts";
import type { ConflictDetail } from "../lib/save-errors.ts";
import { ChangesTable } from "./ChangesTable.tsx";

/**
 * A CONFLICT: the edits stay on screen; the other person's version is shown field by field beside them, and
 * the user loads theirs or keeps theirs own on top (after merging by hand). The server kept the refused save
 * as an unused revision, so nothing is lost either way.
 */
export function ConflictAlert({
  message,
  detail,
  pluginId,
  mine,
  mineText,
  textLabels,
  onReload,
  onOverwrite,
}: {
  message: string;
  detail: ConflictDetail | null;
  /** The section's plugin: its form's labels name the fields. */
  pluginId: string;
  mine: unknown;
  /** My own words, when the section is written in own words (compared paragraph by paragraph). */
  mineText?: unknown;
  /** The section's figure labels by catalog key, to print figures in the text diff. */
  textLabels?: ReadonlyMap<string, string>;
  onReload: () => Promise<void>;
  onOverwrite: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const [busy, setBusy] = useState<"reload" | "overwrite" | null>(null);
  const run = (which: "reload" | "overwrite", fn: () => Promise<void>) => async () => {
    setBusy(which);
    try {
      await fn();
    } finally {
      setBusy(null);
    }
  };
  const asText = (raw: unknown) => {
    const r = raw === null || raw === undefined ? null : parseText(raw);
    return r?.ok ? r.doc : null;
  };
  const textChanges = detail
    ? diffText(asText(detail.text), asText(mineText ?? detail.text), textLabels)
    : [];
  const changes = useReadableChanges(pluginId, detail?.data, mine, textChanges);
  return (
    <Alert
      color="orange"
      variant="light"
      title={t("section.conflictTitle")}
      role="alert"
      data-testid="conflict-alert"
    >
      <Text size="sm">{message}</Text>
      {detail ? (
        <>
          <Text size="sm" mt={6} fw={600}>
            {t("section.conflictTheirs", {
              who: detail.savedBy ?? "—",
              when: new Date(detail.savedAt).toLocaleString(locale),
            })}
          </Text>
          <ChangesTable
            changes={changes}
            beforeLabel={t("section.conflictTheirValue")}
            afterLabel={t("section.conflictMyValue")}
            testId="conflict-diff"
          />
        </>
      ) : null}
      <Text size="sm" mt={4} c="dimmed">
        {t("section.conflictBody")}
      </Text>
      <Group mt="sm" gap="xs">
        <Button
          size="xs"
          color="orange"
          loading={busy === "reload"}
          disabled={busy !== null}
          onClick={run("reload", onReload)}
        >
          {t("section.reload")}
        </Button>
        <Button
          size="xs"
          variant="default"
          loading={busy === "overwrite"}
          disabled={busy !== null}
          onClick={run("overwrite", onOverwrite)}
        >
          {t("section.overwrite")}
        </Button>
      </Group>
    </Alert>
  );
}
