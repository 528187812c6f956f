import { Alert, Button, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import type { SectionEditor } from "../hooks/use-section-editor.ts";

/**
 * Where unsaved edits are when they cannot be saved now: offline (kept in this browser, sent when the
 * connection returns), the session expired (kept, saved after signing in again), or put back from an earlier
 * visit (a closed tab).
 */
export function KeptEditNotice({
  editor,
  onDiscard,
}: {
  editor: Pick<SectionEditor, "offline" | "sessionExpired" | "restored" | "dirty" | "conflict">;
  /** Forget the kept edit and show the saved version. */
  onDiscard: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  if (editor.offline) {
    return (
      <Alert
        color="yellow"
        variant="light"
        role="status"
        title={t("offline.title")}
        data-testid="offline-notice"
      >
        <Text size="sm">{t(editor.dirty ? "offline.kept" : "offline.body")}</Text>
      </Alert>
    );
  }
  if (editor.sessionExpired) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Alert
        color="orange"
        variant="light"
        role="alert"
        title={t("offline.expiredTitle")}
        data-testid="session-expired-notice"
      >
        <Text size="sm">{t("offline.expiredBody")}</Text>
        <Button component="a" href={`/signin?next=${next}`} size="xs" mt="xs">
          {t("offline.signInAgain")}
        </Button>
      </Alert>
    );
  }
  // In conflict the conflict view says what happens to the kept edit.
  if (editor.restored && !editor.conflict) {
    return (
      <Alert color="blue" variant="light" role="status" data-testid="restored-notice">
        <Text size="sm">{t(editor.dirty ? "offline.restored" : "offline.restoredSaved")}</Text>
        {editor.dirty ? (
          <Button
            size="xs"
            variant="default"
            mt="xs"
            onClick={() => void onDiscard()}
            data-testid="discard-kept"
          >
            {t("offline.discard")}
          </Button>
        ) : null}
      </Alert>
    );
  }
  return null;
}
