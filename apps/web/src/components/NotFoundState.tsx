import { Button, EmptyState, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Nothing at this address (an unknown page, a report or section id that does not exist): say so, offer the way home. */
export function NotFoundState({ title, description }: { title?: string; description?: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={
        <Title order={1} size="h3">
          {title ?? t("common.notFound")}
        </Title>
      }
      description={description ?? t("common.notFoundDescription")}
      data-testid="not-found"
    >
      <EmptyState.Actions>
        <Button component={Link} to="/">
          {t("common.backHome")}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

/**
 * Whether a failed lookup by id means "there is no such thing" — an unknown id (NOT_FOUND) or a malformed one
 * (the id refused as BAD_REQUEST) — rather than a fault worth retrying.
 */
export function isNotFound(error: unknown): boolean {
  const code = (error as { data?: { code?: string } } | null)?.data?.code;
  return code === "NOT_FOUND" || code === "BAD_REQUEST";
}
