import { Container } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";
import { ErrorState } from "./ErrorState.tsx";

/** A page that could not be loaded or rendered: its message and a reload (a new version may have shipped). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Container size="sm" py="xl">
      <ErrorState title={t("route.loadFailed")} error={error} onRetry={() => window.location.reload()} />
    </Container>
  );
}
