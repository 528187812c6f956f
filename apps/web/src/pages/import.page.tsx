import { Alert, Button, Container, Group, List, Modal, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DownloadButtons } from "../components/DownloadButtons.tsx";
import { ErrorState } from "../components/ErrorState.tsx";
import { ImportReview, type ImportPreview } from "../components/import/ImportReview.tsx";
import { ImportSource, type ImportSourceValue } from "../components/import/ImportSource.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { useTRPC } from "../trpc.ts";

type Target = ImportPreview["units"][number]["match"]["target"];

/**
 * /reports/:reportId/import — bring a Word or text report in: read it, review the matching and the figures
 * beside the report as it will print, change a matching, accept (a confirmation names what it overwrites;
 * the old content stays as a revision).
 */
export function ImportPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { reportId = "" } = useParams();
  const report = useQuery(trpc.report.byId.queryOptions({ reportId }));
  const [source, setSource] = useState<{ value: ImportSourceValue; fileName: string | null } | null>(null);
  const [overrides, setOverrides] = useState<Record<string, Target>>({});
  const [confirming, confirm] = useDisclosure(false);
  const preview = useMutation(trpc.import.preview.mutationOptions());
  const accept = useMutation(
    trpc.import.accept.mutationOptions({
      onSuccess: () => {
        confirm.close();
        void queryClient.invalidateQueries({ queryKey: trpc.report.byId.queryKey({ reportId }) });
      },
    }),
  );

  const read = (value: ImportSourceValue, fileName: string | null) => {
    setSource({ value, fileName });
    setOverrides({});
    accept.reset();
    preview.mutate({ reportId, source: value, fileName });
  };
  const change = (unitId: string, target: Target) => {
    if (!source) return;
    const next = { ...overrides, [unitId]: target };
    setOverrides(next);
    preview.mutate({ reportId, source: source.value, fileName: source.fileName, overrides: next });
  };
  const labelOf = (key: string) => preview.data?.targets.find((x) => x.key === key)?.label ?? key;

  if (report.isPending) return <LoadingState minHeight="60vh" />;
  if (report.error)
    return (
      <ErrorState title={t("report.loadFailed")} error={report.error} onRetry={() => void report.refetch()} />
    );

  return (
    <>
      <PageHeader subtitle={t("importReport.title")} />
      <Container size="xl" py="md" id="main-content">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={1} size="h3">
              {t("importReport.heading", { org: report.data.org.name, year: report.data.year.year })}
            </Title>
            <Button component={Link} to={`/reports/${reportId}`} variant="default" size="xs">
              {t("importReport.back")}
            </Button>
          </Group>
          {!report.data.canEdit ? <Alert color="yellow">{t("importReport.readOnly")}</Alert> : null}
          <Text size="sm" c="dimmed">
            {t("importReport.intro")}
          </Text>
          <ImportSource onRead={read} loading={preview.isPending && !preview.data} />
          {preview.error ? <Alert color="red">{preview.error.message}</Alert> : null}
          {accept.data ? (
            <Alert color="green" title={t("importReport.done")} data-testid="import-done">
              <Stack gap="xs">
                <Text size="sm">{t("importReport.doneBody", { count: accept.data.written.length })}</Text>
                <DownloadButtons reportId={reportId} />
              </Stack>
            </Alert>
          ) : null}
          {preview.data && !accept.data ? (
            <>
              <ImportReview preview={preview.data} onChangeMatch={change} />
              <Group>
                <Button onClick={confirm.open} disabled={!report.data.canEdit || preview.isPending}>
                  {t("importReport.accept")}
                </Button>
              </Group>
              <Modal opened={confirming} onClose={confirm.close} title={t("importReport.confirmTitle")}>
                <Stack>
                  <Text size="sm">
                    {t("importReport.confirmBody", { count: Object.keys(preview.data.sections).length })}
                  </Text>
                  {preview.data.saved.length ? (
                    <Alert
                      color="yellow"
                      title={t("importReport.overwriteTitle")}
                      data-testid="import-overwrite"
                    >
                      <List size="sm">
                        {preview.data.saved.map((k) => (
                          <List.Item key={k}>{labelOf(k)}</List.Item>
                        ))}
                      </List>
                      <Text size="sm" mt="xs">
                        {t("importReport.overwriteBody")}
                      </Text>
                    </Alert>
                  ) : null}
                  {accept.error ? <Alert color="red">{accept.error.message}</Alert> : null}
                  <Group justify="flex-end">
                    <Button variant="default" onClick={confirm.close}>
                      {t("importReport.cancel")}
                    </Button>
                    <Button
                      loading={accept.isPending}
                      onClick={() =>
                        source &&
                        accept.mutate({
                          reportId,
                          source: source.value,
                          fileName: source.fileName,
                          overrides,
                          confirmOverwrite: true,
                        })
                      }
                    >
                      {t("importReport.confirm")}
                    </Button>
                  </Group>
                </Stack>
              </Modal>
            </>
          ) : null}
        </Stack>
      </Container>
    </>
  );
}
