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
interface FigureOverride {
  sectionKey: string;
  figure: number;
  fieldKey: string | null;
}
/** The sections a target puts text into. */
const keyOf = (t: Target | undefined) => (t && t.kind !== "none" ? t.sectionKey : null);

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
  /** The clerk's fields for single figures, by `sectionKey#index`. */
  const [figures, setFigures] = useState<Record<string, FigureOverride>>({});
  /** The last preview read: kept while a new one is on its way (and when a change is refused). */
  const [shown, setShown] = useState<ImportPreview | null>(null);
  const [confirming, confirm] = useDisclosure(false);
  const preview = useMutation(trpc.import.preview.mutationOptions({ onSuccess: (data) => setShown(data) }));
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
    setFigures({});
    setShown(null);
    accept.reset();
    preview.mutate({ reportId, source: value, fileName });
  };
  const again = (nextOverrides: Record<string, Target>, nextFigures: Record<string, FigureOverride>) => {
    if (!source) return;
    const before = { overrides, figures };
    setOverrides(nextOverrides);
    setFigures(nextFigures);
    preview.mutate(
      {
        reportId,
        source: source.value,
        fileName: source.fileName,
        overrides: nextOverrides,
        figureOverrides: Object.values(nextFigures),
      },
      // A refused change is undone: the review keeps showing what the last preview bound.
      {
        onError: () => {
          setOverrides(before.overrides);
          setFigures(before.figures);
        },
      },
    );
  };
  const change = (unitId: string, target: Target) => {
    // A section whose text changes has other figures: the choices made for its figures are dropped.
    const touched = new Set([keyOf(target), keyOf(shown?.units.find((u) => u.id === unitId)?.match.target)]);
    const kept = Object.fromEntries(Object.entries(figures).filter(([, f]) => !touched.has(f.sectionKey)));
    again({ ...overrides, [unitId]: target }, kept);
  };
  const changeFigure = (f: { sectionKey: string; index: number }, fieldKey: string | null) =>
    again(overrides, {
      ...figures,
      [`${f.sectionKey}#${f.index}`]: { sectionKey: f.sectionKey, figure: f.index, fieldKey },
    });
  const labelOf = (key: string) => shown?.targets.find((x) => x.key === key)?.label ?? key;

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
          <ImportSource onRead={read} loading={preview.isPending && !shown} />
          {preview.error ? <Alert color="red">{preview.error.message}</Alert> : null}
          {accept.data ? (
            <Alert color="green" title={t("importReport.done")} data-testid="import-done">
              <Stack gap="xs">
                <Text size="sm">{t("importReport.doneBody", { count: accept.data.written.length })}</Text>
                <DownloadButtons reportId={reportId} />
              </Stack>
            </Alert>
          ) : null}
          {shown && !accept.data ? (
            <>
              <ImportReview
                preview={shown}
                onChangeMatch={change}
                onChangeFigure={changeFigure}
                busy={preview.isPending}
              />
              <Group>
                <Button onClick={confirm.open} disabled={!report.data.canEdit || preview.isPending}>
                  {t("importReport.accept")}
                </Button>
              </Group>
              <Modal opened={confirming} onClose={confirm.close} title={t("importReport.confirmTitle")}>
                <Stack>
                  <Text size="sm">
                    {t("importReport.confirmBody", { count: Object.keys(shown.sections).length })}
                  </Text>
                  {shown.saved.length ? (
                    <Alert
                      color="yellow"
                      title={t("importReport.overwriteTitle")}
                      data-testid="import-overwrite"
                    >
                      <List size="sm">
                        {shown.saved.map((k) => (
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
                          figureOverrides: Object.values(figures),
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
