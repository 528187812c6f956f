import { Badge, Box, Group, NavLink, Progress, ScrollArea, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useThreads } from "../hooks/use-threads.ts";
import { reportProgress, sectionLabel } from "../lib/outline.ts";
import { openCounts } from "../lib/threads.ts";
import type { ReportView } from "../trpc.ts";
import { StatusBadge } from "./StatusBadge.tsx";

/** The report's outline exactly as the API numbers it, each section with its status. */
export function ReportOutline({
  report,
  current,
  onNavigate,
}: {
  report: ReportView;
  current: string | null;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const progress = reportProgress(report.outline);
  const counts = openCounts(useThreads(report.id).threads.data);
  return (
    <>
      <Box p="md" pb="xs">
        <Group justify="space-between" mb={6}>
          <Text fw={600} size="sm">
            {t("report.outline")}
          </Text>
          <Text size="xs" c="dimmed">
            {t("report.progress", { done: progress.complete, total: progress.total })}
          </Text>
        </Group>
        <Progress
          value={progress.total ? (progress.complete / progress.total) * 100 : 0}
          size="sm"
          color="green"
          aria-label={t("report.progress", { done: progress.complete, total: progress.total })}
        />
      </Box>
      <ScrollArea style={{ flex: 1 }} type="scroll">
        <Stack gap={4} p="xs" pb="lg" component="nav" aria-label={t("report.outline")}>
          {report.outline.map((part) => (
            <div key={part.key}>
              <Text size="sm" fw={700} px="xs" pt="sm" pb={4}>
                {part.numbering && part.title ? `${part.numbering}${part.title}` : t("report.opening")}
              </Text>
              {part.sections.map((s) => (
                <NavLink
                  key={s.key}
                  component={Link}
                  to={`/reports/${report.id}/${s.key}`}
                  onClick={onNavigate}
                  active={s.key === current}
                  variant="light"
                  style={{ borderRadius: 6 }}
                  label={
                    <Text size="sm" span>
                      {sectionLabel(s, part)}
                      {s.added ? (
                        <Badge
                          size="xs"
                          variant="light"
                          color="teal"
                          ml={4}
                          title={t("frame.addedHint")}
                          data-testid={`added-${s.key}`}
                        >
                          {t("frame.added")}
                        </Badge>
                      ) : null}
                      {s.required ? (
                        // A no-break space keeps the marker on the heading's last line.
                        <Text
                          span
                          c="red.7"
                          title={t("report.requiredHint")}
                          aria-label={t("report.required")}
                        >
                          {"\u00a0*"}
                        </Text>
                      ) : null}
                    </Text>
                  }
                  rightSection={
                    <Group gap={4} wrap="nowrap">
                      {counts.get(s.key) ? (
                        <Badge
                          size="sm"
                          circle
                          color="orange"
                          data-testid="outline-thread-badge"
                          title={t("review.openCount", { count: counts.get(s.key) })}
                          aria-label={t("review.openCount", { count: counts.get(s.key) })}
                        >
                          {counts.get(s.key)}
                        </Badge>
                      ) : null}
                      <StatusBadge status={s.status} pluginMissing={!s.plugin} />
                    </Group>
                  }
                />
              ))}
            </div>
          ))}
        </Stack>
      </ScrollArea>
    </>
  );
}
