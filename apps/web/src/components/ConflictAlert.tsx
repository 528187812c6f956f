import { Alert, Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/** A CONFLICT: the edits stay on screen; the user chooses to load the server's version or overwrite it. */
export function ConflictAlert({
  message,
  onReload,
  onOverwrite,
}: {
  message: string;
  onReload: () => Promise<void>;
  onOverwrite: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<"reload" | "overwrite" | null>(null);
  const run = (which: "reload" | "overwrite", fn: () => Promise<void>) => async () => {
    setBusy(which);
    try {
      await fn();
    } finally {
      setBusy(null);
    }
  };
  return (
    <Alert color="orange" variant="light" title={t("section.conflictTitle")} role="alert" data-testid="conflict-alert">
      <Text size="sm">{message}</Text>
      <Text size="sm" mt={4} c="dimmed">
        {t("section.conflictBody")}
      </Text>
      <Group mt="sm" gap="xs">
        <Button size="xs" color="orange" loading={busy === "reload"} disabled={busy !== null} onClick={run("reload", onReload)}>
          {t("section.reload")}
        </Button>
        <Button size="xs" variant="default" loading={busy === "overwrite"} disabled={busy !== null} onClick={run("overwrite", onOverwrite)}>
          {t("section.overwrite")}
        </Button>
      </Group>
    </Alert>
  );
}
