import { List, Stack, Text } from "@mantine/core";
import { modals } from "@mantine/modals";
import { notifications } from "@mantine/notifications";
import type { ReactNode } from "react";
import i18n from "i18next";

export interface ConfirmRequest {
  title: string;
  /** What will happen, one consequence a line (who is told, what gets locked, what is replaced). */
  consequences: readonly string[];
  /** An extra paragraph above the consequences (a warning to read first). */
  lead?: ReactNode;
  confirmLabel: string;
  /** Red confirm button: the action replaces or removes something. */
  danger?: boolean;
  /** Marks the dialog in browser tests. */
  testId?: string;
}

/**
 * Ask before an action, in the app (a Mantine modal, never the browser's `confirm()`): resolves true when the
 * person confirms, false when they cancel or close the dialog.
 */
export function confirmAction(req: ConfirmRequest): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: req.title,
      centered: true,
      children: (
        <Stack gap="xs" data-testid={req.testId}>
          {req.lead ? <Text size="sm">{req.lead}</Text> : null}
          <List size="sm" spacing={4}>
            {req.consequences.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
        </Stack>
      ),
      labels: { confirm: req.confirmLabel, cancel: i18n.t("confirm.cancel") },
      confirmProps: { color: req.danger ? "red" : undefined },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}

/** The outcome of an action, as a notification in the corner (success green, failure red). */
export function notifyDone(message: string): void {
  notifications.show({ color: "green", message, autoClose: 5000 });
}

export function notifyFailed(title: string, message: string): void {
  notifications.show({ color: "red", title, message, autoClose: 10_000 });
}
