import { Alert, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A published year's revision: what changes, what happens to the townships' reports, and the button. */
export function RevisionModal({
  changes,
  onClose,
  error,
  loading,
  onRevise,
}: {
  /** The changes to publish (null: closed). */
  changes: ReadonlyArray<{ text: string }> | null;
  onClose: () => void;
  error: string | null;
  loading: boolean;
  onRevise: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={changes !== null} onClose={onClose} title={t("admin.revisionTitle")} size="lg">
      <Stack>
        {changes && changes.length === 0 ? (
          <Text>{t("admin.revisionNone")}</Text>
        ) : (
          <>
            <List size="sm" spacing={4} data-testid="revision-changes">
              {(changes ?? []).map((c, i) => (
                <List.Item key={i}>{c.text}</List.Item>
              ))}
            </List>
            <Text size="sm" c="dimmed">
              {t("confirm.reviseWhat")}
            </Text>
          </>
        )}
        {error ? (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("confirm.cancel")}
          </Button>
          <Button color="red.8" disabled={!changes?.length} loading={loading} onClick={onRevise}>
            {t("admin.revise")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
