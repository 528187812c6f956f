import {
  Alert,
  Anchor,
  Box,
  Button,
  Checkbox,
  Container,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Tabs,
  Text,
  TextInput,
  Timeline,
  Title,
} from "@mantine/core";
import { validateTemplate, type YearTemplate } from "@nianbao/document";
import { sections } from "@nianbao/sections";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PageHeader } from "../components/PageHeader.tsx";
import { OutlineEditor } from "../components/admin/OutlineEditor.tsx";
import { ErrorState } from "../components/ErrorState.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { useTRPC, useTRPCClient, type RouterOutputs } from "../trpc.ts";
import { YearStatusBadge } from "../components/YearStatusBadge.tsx";
import { RevisionModal } from "../components/admin/RevisionModal.tsx";
import { useUnsavedGuard } from "../hooks/use-unsaved-guard.tsx";
import { confirmAction } from "../lib/confirm.tsx";

type YearView = RouterOutputs["yearAdmin"]["byId"];
type Change = RouterOutputs["yearAdmin"]["previewRevision"]["changes"][number];

interface Draft {
  template: YearTemplate;
  deadline: string | null;
  orgIds: string[];
}

/** /admin/years/:yearId — edit a year's outline, townships, deadline and format; publish; revise. */
export function AdminYearPage() {
  const { yearId = "" } = useParams();
  const trpc = useTRPC();
  const year = useQuery(trpc.yearAdmin.byId.queryOptions({ yearId }));
  const plugins = useQuery(trpc.yearAdmin.plugins.queryOptions());
  const { t } = useTranslation();
  // Kept here: the editor remounts with the server's state after every save, publish and revision.
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Box mih="100vh" bg="gray.0">
      <PageHeader subtitle={t("admin.title")} />
      <Container component="main" id="main-content" size="xl" py="lg">
        {year.isPending || plugins.isPending ? (
          <LoadingState minHeight="50vh" />
        ) : year.error || plugins.error ? (
          <ErrorState
            title={t("admin.actionFailed")}
            error={year.error ?? plugins.error}
            onRetry={() => void year.refetch()}
          />
        ) : (
          <YearEditor
            key={`${year.data.status}/${year.data.templateRevision}/${year.dataUpdatedAt}`}
            year={year.data}
            plugins={plugins.data}
            notice={notice}
            setNotice={setNotice}
          />
        )}
      </Container>
    </Box>
  );
}

function YearEditor({
  year,
  plugins,
  notice,
  setNotice,
}: {
  year: YearView;
  plugins: RouterOutputs["yearAdmin"]["plugins"];
  notice: string | null;
  setNotice: (notice: string | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const initial: Draft = useMemo(
    () => ({ template: year.template, deadline: year.deadline, orgIds: year.orgIds }),
    [year],
  );
  const [draft, setDraft] = useState<Draft>(initial);
  const [changes, setChanges] = useState<Change[] | null>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const issues = useMemo(() => validateTemplate(draft.template, sections), [draft.template]);
  const isDraft = year.status === "draft";
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.yearAdmin.pathKey() });

  const save = useMutation(trpc.yearAdmin.saveDraft.mutationOptions());
  const publish = useMutation(trpc.yearAdmin.publish.mutationOptions());
  const revise = useMutation(trpc.yearAdmin.revise.mutationOptions());
  const preview = useMutation({
    mutationFn: (d: Draft) => client.yearAdmin.previewRevision.query({ yearId: year.id, ...d }),
  });
  const error = save.error ?? publish.error ?? revise.error ?? preview.error;
  const busy = save.isPending || publish.isPending || revise.isPending || preview.isPending;

  const onSave = async () => {
    await save.mutateAsync({ yearId: year.id, ...draft });
    setNotice(t("admin.saved"));
    await refresh();
  };
  // Leaving with unsaved outline, townships or deadline asks first; a draft year saves as a draft.
  const discarded = useRef(false);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useUnsavedGuard({
    isDirty: () => !discarded.current && dirtyRef.current,
    save: isDraft
      ? async () => {
          await save.mutateAsync({ yearId: year.id, ...draft });
          discarded.current = true; // saved: the remount after refresh must not ask again
          void refresh();
          return true;
        }
      : undefined,
    cannotSave: t("guard.publishedYear"),
    discard: () => {
      discarded.current = true;
    },
  });
  const onPublish = async () => {
    const ok = await confirmAction({
      title: t("confirm.publishTitle", { year: year.year }),
      consequences: [
        t("confirm.publishWho", { count: draft.orgIds.length }),
        draft.deadline
          ? t("confirm.publishDeadline", { deadline: draft.deadline })
          : t("confirm.publishNoDeadline"),
        t("confirm.publishLocked"),
      ],
      confirmLabel: t("confirm.publishConfirm"),
      testId: "confirm-publish",
    });
    if (!ok) return;
    await save.mutateAsync({ yearId: year.id, ...draft });
    await publish.mutateAsync({ yearId: year.id });
    setNotice(t("admin.published"));
    await refresh();
  };
  const onPreview = async () => setChanges((await preview.mutateAsync(draft)).changes);
  const onRevise = async () => {
    const r = await revise.mutateAsync({ yearId: year.id, baseRevision: year.templateRevision, ...draft });
    setChanges(null);
    setNotice(t("admin.revised", { revision: r.revision }));
    await refresh();
  };
  const exportFile = async () => {
    const file = await client.yearAdmin.export.query({ yearId: year.id });
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `nianbao-${year.region.name}-${year.year}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const allIds = year.townships.map((x) => x.id);
  const setFront = (patch: Partial<YearTemplate>) =>
    setDraft((d) => ({ ...d, template: { ...d.template, ...patch } }));
  return (
    <Stack gap="md">
      <title>{`${t("admin.editorTitle", { region: year.region.name, year: year.year })} · ${t("app.name")}`}</title>
      <Anchor component={Link} to="/admin/years" size="sm">
        ← {t("admin.backToYears")}
      </Anchor>
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={2}>{t("admin.editorTitle", { region: year.region.name, year: year.year })}</Title>
          <YearStatusBadge status={year.status} revision={year.templateRevision} />
          {dirty ? (
            <Text size="sm" c="orange">
              {t("admin.unsaved")}
            </Text>
          ) : null}
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={() => void exportFile()}>
            {t("admin.export")}
          </Button>
          {isDraft ? (
            <>
              <Button
                variant="light"
                loading={save.isPending}
                disabled={busy}
                onClick={() => void onSave().catch(() => {})}
              >
                {t("admin.saveDraft")}
              </Button>
              <Button
                color="red.8"
                disabled={busy || issues.length > 0}
                loading={publish.isPending}
                onClick={() => void onPublish().catch(() => {})}
              >
                {t("admin.publish")}
              </Button>
            </>
          ) : (
            <Button
              color="red.8"
              disabled={busy || !dirty || issues.length > 0}
              loading={preview.isPending}
              onClick={() => void onPreview().catch(() => {})}
            >
              {t("admin.previewRevision")}
            </Button>
          )}
        </Group>
      </Group>

      {!isDraft ? (
        <Alert color="blue" variant="light">
          {t("admin.frozen")}
        </Alert>
      ) : null}
      {notice && !dirty ? (
        <Alert color="green" variant="light" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      ) : null}
      {error ? (
        <Alert color="red" variant="light" title={t("admin.actionFailed")} role="alert">
          {error.message}
        </Alert>
      ) : null}
      {issues.length ? (
        <Alert color="orange" variant="light" title={t("admin.issues")} data-testid="template-issues">
          <List size="sm">
            {issues.map((i) => (
              <List.Item key={`${i.path}:${i.message}`}>{i.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text size="sm" c="green">
          ✓ {t("admin.noIssues")}
        </Text>
      )}

      <Tabs defaultValue="outline" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="outline">{t("admin.tabOutline")}</Tabs.Tab>
          <Tabs.Tab value="assignment">{t("admin.tabAssignment")}</Tabs.Tab>
          <Tabs.Tab value="revisions">{t("admin.tabRevisions")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="outline" pt="md">
          <OutlineEditor
            template={draft.template}
            year={year.year}
            plugins={plugins}
            onChange={(template) => setDraft((d) => ({ ...d, template }))}
          />
        </Tabs.Panel>
        <Tabs.Panel value="assignment" pt="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Paper withBorder p="md" radius="md">
              <Stack gap="sm">
                <TextInput
                  type="date"
                  label={t("admin.deadline")}
                  value={draft.deadline ?? ""}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setDraft((d) => ({ ...d, deadline: v || null }));
                  }}
                  maw={220}
                />
                <TextInput
                  label={t("admin.titlePattern")}
                  description={t("admin.titlePatternHelp")}
                  value={draft.template.titlePattern}
                  onChange={(e) => setFront({ titlePattern: e.currentTarget.value })}
                />
                <TextInput
                  label={t("admin.issuerPattern")}
                  value={draft.template.issuerPattern}
                  onChange={(e) => setFront({ issuerPattern: e.currentTarget.value })}
                />
                <Switch
                  label={t("admin.showIssuerAboveTitle")}
                  checked={draft.template.showIssuerAboveTitle}
                  onChange={(e) => setFront({ showIssuerAboveTitle: e.currentTarget.checked })}
                />
                <TextInput
                  label={t("admin.addressee")}
                  placeholder={t("admin.addresseePlaceholder")}
                  value={draft.template.addressee ?? ""}
                  onChange={(e) =>
                    setFront({ addressee: e.currentTarget.value.trim() ? e.currentTarget.value : null })
                  }
                />
              </Stack>
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Text fw={600} size="sm" mb="xs">
                {t("admin.townships")}
              </Text>
              <Checkbox
                mb="sm"
                label={t("admin.allTownships", { count: allIds.length })}
                checked={allIds.length > 0 && allIds.every((id) => draft.orgIds.includes(id))}
                indeterminate={draft.orgIds.length > 0 && draft.orgIds.length < allIds.length}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setDraft((d) => ({ ...d, orgIds: on ? allIds : [] }));
                }}
              />
              <Checkbox.Group value={draft.orgIds} onChange={(orgIds) => setDraft((d) => ({ ...d, orgIds }))}>
                <SimpleGrid cols={2} spacing={6}>
                  {year.townships.map((o) => (
                    <Checkbox key={o.id} value={o.id} label={o.name} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            </Paper>
          </SimpleGrid>
        </Tabs.Panel>
        <Tabs.Panel value="revisions" pt="md">
          {year.revisions.length === 0 ? (
            <Text c="dimmed">{t("admin.noRevisions")}</Text>
          ) : (
            <Timeline active={0} bulletSize={14}>
              {year.revisions.map((r) => (
                <Timeline.Item
                  key={r.revision}
                  title={t("admin.revisionAt", {
                    revision: r.revision,
                    date: new Date(r.publishedAt).toLocaleString("zh-CN"),
                  })}
                >
                  <List size="sm">
                    {r.summary.map((c, i) => (
                      <List.Item key={i}>{c.text}</List.Item>
                    ))}
                  </List>
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </Tabs.Panel>
      </Tabs>

      <RevisionModal
        changes={changes}
        onClose={() => setChanges(null)}
        error={revise.error?.message ?? null}
        loading={revise.isPending}
        onRevise={() => void onRevise().catch(() => {})}
      />
    </Stack>
  );
}
