import { Badge, Box, Burger, Button, Divider, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { formatDate } from "../lib/format.ts";
import type { ReportView } from "../trpc.ts";
import { AppHeader } from "./AppHeader.tsx";
import { ImportedBadge } from "./ImportedBadge.tsx";
import { ReportStatusBadge } from "./ReportStatusBadge.tsx";

/** The app header with the report's township · year · status · deadline, and the preview toggle. */
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
    <AppHeader
      left={<Burger opened={navOpen} onClick={onToggleNav} hiddenFrom="sm" size="sm" />}
      actions={
        <Button variant="subtle" size="xs" onClick={onTogglePreview} visibleFrom="md">
          {previewOpen ? t("report.hidePreview") : t("report.showPreview")}
        </Button>
      }
    >
      {report ? (
        <>
          <Divider orientation="vertical" />
          <Text fw={600} truncate="end" style={{ minWidth: 0 }} data-testid="report-org">
            {report.org.name}
          </Text>
          <Text c="dimmed" style={{ whiteSpace: "nowrap" }} visibleFrom="xs">
            {t("report.year", { year: report.year.year })}
          </Text>
          <Box visibleFrom="xs" style={{ flex: "none" }}>
            <ReportStatusBadge status={report.status} />
          </Box>
          <Box visibleFrom="xs" style={{ flex: "none" }}>
            <ImportedBadge imported={report.imported} />
          </Box>
          {report.year.deadline ? (
            <Badge variant="light" color="gray" radius="sm" visibleFrom="lg">
              {t("report.deadline", { date: formatDate(report.year.deadline, locale) })}
            </Badge>
          ) : null}
        </>
      ) : null}
    </AppHeader>
  );
}
