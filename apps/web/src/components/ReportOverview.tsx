import { Alert, Anchor, Button, EmptyState, Group, Stack, Text } from "@mantine/core";
import { t as tx } from "@nianbao/sdk";
import { sections } from "@nianbao/sections";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useThreads } from "../hooks/use-threads.ts";
import { reportProgress, sectionLabel } from "../lib/outline.ts";
import { openCounts, sectionsWithOpen } from "../lib/threads.ts";
import { FramePanel } from "./FramePanel.tsx";
import { OwnOutlinePanel } from "./OwnOutlinePanel.tsx";
import { PublicationPanel } from "./PublicationPanel.tsx";
import type { ReportView } from "../trpc.ts";
import { ReviewThreads } from "./ReviewThreads.tsx";
import { ReviewWarnings } from "./ReviewWarnings.tsx";

/** The report page before a section is chosen. */
export function ReportOverview({ report }: { report: ReportView }) {
  const { t } = useTranslation();
  const progress = reportProgress(report.outline);
  const withOpen = sectionsWithOpen(report.outline, openCounts(useThreads(report.id).threads.data));
  const labels = new Map(
    report.outline.flatMap((p) => p.sections.map((s) => [s.key, sectionLabel(s, p)] as const)),
  );
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
          <Button
            component={Link}
            to={`/reports/${report.id}/import`}
            variant="light"
            data-testid="open-import"
          >
            {t("importReport.open")}
          </Button>
        </Group>
      ) : null}
      {withOpen.length > 0 ? (
        <Alert
          color="orange"
          variant="light"
          title={t("review.sectionsWithOpen")}
          data-testid="overview-open-threads"
        >
          <Stack gap={4}>
            {withOpen.map((s) => (
              <Group key={s.key} gap={6}>
                <Anchor component={Link} to={`/reports/${report.id}/${s.key}#review-threads`} size="sm">
                  {s.label}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t("review.openCount", { count: s.open })}
                </Text>
              </Group>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {report.canEdit || report.canReview ? <ReviewWarnings reportId={report.id} labels={labels} /> : null}
      <ReviewThreads
        reportId={report.id}
        sectionKey={null}
        canComment={report.canReview && report.status === "submitted"}
        canResolve={report.canReview}
        canDiscuss={report.canDiscuss}
      />
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
      <PublicationPanel report={report} />
      <FramePanel report={report} />
      <OwnOutlinePanel report={report} />
    </Stack>
  );
}
