import { Alert, Button, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** An error with its message and an optional retry. */
export function ErrorState({
  title,
  error,
  onRetry,
  children,
}: {
  title?: string;
  error?: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : error ? String(error) : null;
  return (
    <Alert color="red" variant="light" title={title ?? t("common.errorTitle")} role="alert">
      {message ? <Text size="sm">{message}</Text> : null}
      {children}
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
