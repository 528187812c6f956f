import { Badge, Group, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC, type RouterOutputs } from "../trpc.ts";

export type ReviewWarning = RouterOutputs["review"]["warnings"][number];

/** A warning in the reader's language: a figure unchanged from last year, or another township named in the text. */
export function WarningText({ w }: { w: ReviewWarning }) {
  const { t } = useTranslation();
  if (w.kind === "unchanged") {
    return (
      <>{t("review.warnUnchanged", { label: w.label, value: w.value, unit: w.unit, year: w.lastYear })}</>
    );
  }
  return (
    <>
      {t("review.warnOtherTownship", { name: w.name })}
      <Text span size="xs" c="dimmed" display="block">
        {w.excerpt}
      </Text>
    </>
  );
}

/**
 * The report's "unchanged from last year" and "names another township" warnings (computed by the API): for one
 * section beside its checks (`sectionKey`), or for the whole report, grouped by section (`labels`).
 */
export function ReviewWarnings({
  reportId,
  sectionKey,
  revision,
  onFocus,
  labels,
}: {
  reportId: string;
  sectionKey?: string;
  /** The section's saved revision: the warnings are read again after each save. */
  revision?: number;
  onFocus?: (path: string) => void;
  /** Section labels by key (the whole report's list names each section). */
  labels?: Map<string, string>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const warnings = useQuery(trpc.review.warnings.queryOptions({ reportId }));
  const { refetch } = warnings;
  useEffect(() => {
    if (revision !== undefined) void refetch();
  }, [revision, refetch]);
  const shown = (warnings.data ?? []).filter((w) => !sectionKey || w.sectionKey === sectionKey);
  if (shown.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="review-warnings">
      <Text size="sm" fw={600} mb={6}>
        {t("review.warningsTitle")}
      </Text>
      <Stack gap={6}>
        {shown.map((w, i) => {
          const path = w.kind === "unchanged" ? w.fieldPath : null;
          const content = (
            <Group gap={8} wrap="nowrap" align="flex-start">
              <Badge size="sm" color="yellow" variant="light" radius="sm" style={{ flex: "none" }}>
                {w.kind === "unchanged" ? t("review.unchanged") : t("review.otherTownship")}
              </Badge>
              <Text size="sm" component="div">
                {labels ? (
                  <Text span fw={600} size="sm">
                    {labels.get(w.sectionKey) ?? w.heading ?? w.sectionKey}：
                  </Text>
                ) : null}
                <WarningText w={w} />
              </Text>
            </Group>
          );
          const key = `${w.kind}-${w.sectionKey}-${w.kind === "unchanged" ? w.metricKey : w.name}-${i}`;
          return path && onFocus ? (
            <UnstyledButton
              key={key}
              onClick={() => onFocus(path)}
              title={t("section.focusField")}
              data-warning={w.kind}
            >
              {content}
            </UnstyledButton>
          ) : (
            <div key={key} data-warning={w.kind}>
              {content}
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
