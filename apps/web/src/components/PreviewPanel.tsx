import { Alert, Stack, Tabs, Text } from "@mantine/core";
import { sections } from "@nianbao/sections";
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { composeLiveReport, composeSectionExcerpt, documentHtml, type FullReport } from "../lib/preview.ts";
import { useTRPC } from "../trpc.ts";
import { DocumentPreview } from "./DocumentPreview.tsx";
import { DownloadButtons } from "./DownloadButtons.tsx";
import { ErrorState } from "./ErrorState.tsx";
import { LoadingState } from "./LoadingState.tsx";
import type { LivePreviewState } from "./SectionWorkspace.tsx";

type Tab = "section" | "full";

/**
 * 本节预览 / 全文预览: the report composed in the browser from report.full, with the section being edited
 * taken from the form (unsaved edits included), written as HTML with the document's print styles.
 */
export function PreviewPanel({
  reportId,
  sectionKey,
  live,
}: {
  reportId: string;
  sectionKey: string | null;
  live: LivePreviewState | null;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const full = useQuery(trpc.report.full.queryOptions({ reportId }));
  const [chosen, setChosen] = useState<Tab>("section");
  const tab: Tab = sectionKey ? chosen : "full";
  const current = useDeferredValue(live && live.sectionKey === sectionKey ? live : null);

  const result = useMemo(() => {
    if (!full.data) return null;
    try {
      // tRPC types the JSON-serialised `data` as optional; the API always sends it.
      const data = full.data as FullReport;
      const doc =
        tab === "full"
          ? composeLiveReport(data, sections, current)
          : composeSectionExcerpt(data, sections, sectionKey ?? "", current);
      return { html: doc ? documentHtml(doc) : "" };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [full.data, tab, current, sectionKey]);

  return (
    <Stack gap="sm" p="md">
      <DownloadButtons reportId={reportId} />
      <Tabs value={tab} onChange={(v) => v && setChosen(v as Tab)} variant="outline">
        <Tabs.List>
          <Tabs.Tab value="section" disabled={!sectionKey}>
            {t("preview.section")}
          </Tabs.Tab>
          <Tabs.Tab value="full">{t("preview.full")}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {current && !current.valid ? (
        <Text size="xs" c="orange">
          {t("preview.invalid")}
        </Text>
      ) : null}
      {full.isPending ? (
        <LoadingState />
      ) : full.error ? (
        <ErrorState error={full.error} onRetry={() => void full.refetch()} />
      ) : result && "error" in result ? (
        <Alert color="red" variant="light">
          {t("preview.failed", { message: result.error })}
        </Alert>
      ) : (
        <DocumentPreview
          html={result?.html ?? ""}
          label={tab === "full" ? t("preview.full") : t("preview.section")}
        />
      )}
    </Stack>
  );
}
