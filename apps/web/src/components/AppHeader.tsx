import { Button, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { hasRole, useSession } from "../hooks/use-session.ts";
import { BrandTitle } from "./BrandTitle.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { NotificationBell } from "./NotificationBell.tsx";
import { PageHeader } from "./PageHeader.tsx";
import { SkipLink } from "./SkipLink.tsx";
import { UserMenu } from "./UserMenu.tsx";

/**
 * The app's header for every page: brand, role-aware navigation (首页; 管理 for administrators), what the page
 * adds (`children`, e.g. the report's township and year; `actions` on the right), the user menu, the language.
 */
export function AppHeader({
  children,
  actions,
  left,
}: {
  children?: ReactNode;
  actions?: ReactNode;
  left?: ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data;
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" className="nb-app-header">
      <SkipLink />
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        {left}
        <BrandTitle compact />
        {children}
      </Group>
      <Group gap="sm" wrap="nowrap">
        {actions}
        {user ? (
          <Group gap={4} wrap="nowrap" visibleFrom="sm">
            <Button component={Link} to="/" variant="subtle" size="xs">
              {t("nav.home")}
            </Button>
            {hasRole(user, "admin", "reviewer", "viewer") ? (
              <Button component={Link} to="/dashboard" variant="subtle" size="xs">
                {t("dashboard.link")}
              </Button>
            ) : null}
            {hasRole(user, "admin") ? (
              <>
                <Button component={Link} to="/admin" variant="subtle" size="xs">
                  {t("nav.admin")}
                </Button>
                <Button component={Link} to="/admin/years" variant="subtle" size="xs">
                  {t("admin.title")}
                </Button>
                <Button component={Link} to="/sandbox" variant="subtle" size="xs" visibleFrom="lg">
                  {t("sandbox.title")}
                </Button>
              </>
            ) : null}
          </Group>
        ) : null}
        <NotificationBell />
        <LanguageSwitch />
        <UserMenu />
      </Group>
    </Group>
  );
}

/** A page with the app header on top (for pages that are not the report workspace). */
export function AppPage({ children }: { children: ReactNode }) {
  return (
    <div style={{ minHeight: "100vh" }}>
      <PageHeader />
      {children}
    </div>
  );
}
