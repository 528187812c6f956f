import { Alert, Box, Button, Group, Text } from "@mantine/core";
import { DOCUMENT_CSS, PAGE_CSS } from "@nianbao/document";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { BrandTitle } from "../components/BrandTitle.tsx";
import { DownloadButtons } from "../components/DownloadButtons.tsx";
import { ErrorState } from "../components/ErrorState.tsx";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { useTRPC } from "../trpc.ts";

/**
 * /reports/:reportId/print — the report as stored, on A4 sheets with the document's own stylesheet (the one
 * the preview and the PDF use). Printing from the browser gives A4 pages with GB/T 9704 margins and
 * "— 1 —" page numbers (PAGE_CSS); the toolbar is not printed.
 */
export function PrintPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { reportId = "" } = useParams();
  const doc = useQuery(
    trpc.document.render.queryOptions({ reportId, format: "html-fragment", preview: false }),
  );

  return (
    <Box mih="100vh" className="nb-print-page">
      <style>{`${DOCUMENT_CSS}\n${PAGE_CSS}`}</style>
      <Box
        className="nb-no-print"
        bg="white"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Group justify="space-between" px="lg" py="sm">
          <BrandTitle />
          <LanguageSwitch />
        </Group>
        <Group justify="space-between" px="lg" pb="sm" gap="sm">
          <Group gap="sm">
            <Button component={Link} to={`/reports/${reportId}`} variant="default" size="xs">
              {t("print.back")}
            </Button>
            <Button size="xs" onClick={() => window.print()} disabled={!doc.data}>
              {t("print.print")}
            </Button>
            <Text size="xs" c="dimmed" visibleFrom="sm">
              {t("print.hint")}
            </Text>
          </Group>
          <DownloadButtons reportId={reportId} printView={false} />
        </Group>
      </Box>
      {doc.data ? <title>{`${doc.data.title} · ${t("print.title")}`}</title> : null}
      {doc.isPending ? (
        <LoadingState minHeight="60vh" />
      ) : doc.error ? (
        <Box p="xl" maw={640} mx="auto">
          <ErrorState error={doc.error} onRetry={() => void doc.refetch()} />
        </Box>
      ) : doc.data.content ? (
        <div
          className="nb-print-sheet"
          data-testid="print-document"
          lang="zh-CN"
          dangerouslySetInnerHTML={{ __html: doc.data.content }}
        />
      ) : (
        <Alert m="xl">{t("print.empty")}</Alert>
      )}
    </Box>
  );
}
