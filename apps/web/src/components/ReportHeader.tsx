import { Badge, Burger, Button, Divider, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { formatDate } from "../lib/format.ts";
import type { ReportView } from "../trpc.ts";
import { BrandTitle } from "./BrandTitle.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

/** 年报 Nianbao · township · year · deadline, the preview toggle, the language switch, the way back. */
export function ReportHeader({
  report,
  navOpen,
  onToggleNav,
  previewOpen,
  onTogglePreview,
}: {
  report: ReportView | undefined;
  navOpen: boolean;
  onToggleNav: () => void;
  previewOpen: boolean;
  onTogglePreview: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger opened={navOpen} onClick={onToggleNav} hiddenFrom="sm" size="sm" />
        <BrandTitle />
        {report ? (
          <>
            <Divider orientation="vertical" />
            <Text fw={600} style={{ whiteSpace: "nowrap" }} data-testid="report-org">
              {report.org.name}
            </Text>
            <Text c="dimmed" style={{ whiteSpace: "nowrap" }} visibleFrom="xs">
              {t("report.year", { year: report.year.year })}
            </Text>
            {report.year.deadline ? (
              <Badge variant="light" color="gray" radius="sm" visibleFrom="md">
                {t("report.deadline", { date: formatDate(report.year.deadline, locale) })}
              </Badge>
            ) : null}
          </>
        ) : null}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Button variant="subtle" size="xs" onClick={onTogglePreview} visibleFrom="md">
          {previewOpen ? t("report.hidePreview") : t("report.showPreview")}
        </Button>
        <LanguageSwitch />
        <Button component={Link} to="/" variant="default" size="xs" visibleFrom="sm">
          {t("report.switch")}
        </Button>
      </Group>
    </Group>
  );
}
