import { Alert, Button, EmptyState, Group, Stack } from "@mantine/core";
import { Link } from "react-router";
import { t as tx } from "@nianbao/sdk";
import { sections } from "@nianbao/sections";
import { useTranslation } from "react-i18next";
import { reportProgress } from "../lib/outline.ts";
import type { ReportView } from "../trpc.ts";

/** The report page before a section is chosen. */
export function ReportOverview({ report }: { report: ReportView }) {
  const { t } = useTranslation();
  const progress = reportProgress(report.outline);
  return (
    <Stack maw={640} mx="auto" mt="xl" gap="lg">
      <EmptyState
        withIndicatorBackground
        icon={<span style={{ fontSize: 22 }}>✎</span>}
        title={t("report.overviewTitle")}
        description={t("report.overviewDescription")}
      />
      <Alert color={progress.requiredOpen ? "yellow" : "green"} variant="light">
        {progress.requiredOpen
          ? t("report.requiredLeft", { count: progress.requiredOpen })
          : t("report.allRequiredDone")}
        {" · "}
        {t("report.progress", { done: progress.complete, total: progress.total })}
      </Alert>
      {report.canEdit ? (
        <Group>
          <Button component={Link} to={`/reports/${report.id}/import`} variant="light" data-testid="open-import">
            {t("importReport.open")}
          </Button>
        </Group>
      ) : null}
      {report.hidden.length > 0 ? (
        <Alert color="gray" variant="light" title={t("hidden.title")} data-testid="hidden-sections">
          {t("hidden.body", {
            list: report.hidden
              .map((h) => {
                const p = sections.get(h.pluginId);
                return p ? `${tx(p.title, "zh-CN")}（${h.key}）` : h.key;
              })
              .join("、"),
          })}
        </Alert>
      ) : null}
    </Stack>
  );
}
