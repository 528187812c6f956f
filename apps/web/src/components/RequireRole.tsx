import { Button, Container, EmptyState, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { hasRole, useSession, type Role } from "../hooks/use-session.ts";
import { AppPage } from "./AppHeader.tsx";

/**
 * Pages below are for some roles only. Anyone else gets a page that says whose pages these are and which
 * roles their own account holds — not an empty form, not an endless spinner behind refused requests.
 * (The server refuses the same requests on its own; this is the page's side.)
 */
export function RequireRole({ roles, page }: { roles: Role[]; page: "admin" | "dashboard" }) {
  const session = useSession();
  // RequireSession above has loaded the session already.
  if (hasRole(session.data, ...roles)) return <Outlet />;
  return <Forbidden page={page} held={[...new Set(session.data?.assignments.map((a) => a.role) ?? [])]} />;
}

function Forbidden({ page, held }: { page: "admin" | "dashboard"; held: Role[] }) {
  const { t } = useTranslation();
  return (
    <AppPage>
      <Container component="main" id="main-content" size="sm" py="xl">
        <EmptyState
          data-testid="forbidden"
          title={
            <Title order={1} size="h3">
              {t("guard.forbiddenTitle")}
            </Title>
          }
          description={
            <>
              <Text size="sm">
                {page === "admin" ? t("guard.forbiddenAdmin") : t("guard.forbiddenDashboard")}
              </Text>
              <Text size="sm" mt="xs">
                {held.length
                  ? t("guard.yourRoles", { roles: held.map((r) => t(`roles.${r}`)).join("、") })
                  : t("guard.noRoles")}
              </Text>
            </>
          }
        >
          <EmptyState.Actions>
            <Button component={Link} to="/">
              {t("guard.backHome")}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Container>
    </AppPage>
  );
}
