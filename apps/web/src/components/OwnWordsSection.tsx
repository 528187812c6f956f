import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { TextDoc } from "@nianbao/text";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SectionEditor } from "../hooks/use-section-editor.ts";
import type { AppLocale } from "../i18n/index.ts";
import { useTRPC } from "../trpc.ts";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { ErrorState } from "./ErrorState.tsx";
import { LoadingState } from "./LoadingState.tsx";

// Tiptap and the editor load only when a section is written in own words.
const OwnWordsEditor = lazy(() => import("../own-words/OwnWordsEditor.tsx"));

/** A text check (where the own words and the fields disagree) rather than one of the plugin's. */
const isTextCheck = (id: string) => id.startsWith("text-");

/**
 * The section's text: generated from the form (with "用自己的话写"), or the township's own words in the editor
 * (with "恢复生成文本", confirmed; the own words stay in the history). The own words are saved with the form.
 */
export function OwnWordsSection({
  reportId,
  sectionKey,
  editor,
  editable,
  locale,
  onReload,
}: {
  reportId: string;
  sectionKey: string;
  editor: SectionEditor;
  editable: boolean;
  locale: AppLocale;
  onReload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, confirm] = useDisclosure(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The editor opens with the text as loaded; later edits flow out through setText, never back in.
  const [initial] = useState(editor.text);

  const done = async () => {
    void queryClient.invalidateQueries({ queryKey: trpc.report.byId.queryKey({ reportId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.report.full.queryKey({ reportId }) });
    await onReload();
  };
  /** Pending edits are saved first, so that the switch starts from what is on screen (and nothing is lost). */
  const settle = async (): Promise<boolean> => {
    if (editor.isDirty()) await editor.save();
    if (editor.isDirty() || editor.conflict) {
      setProblem(t("ownWords.switchDirty"));
      return false;
    }
    return true;
  };
  const toOwn = useMutation(trpc.section.toOwnWords.mutationOptions({ onSuccess: done }));
  const toGenerated = useMutation(
    trpc.section.toGenerated.mutationOptions({ onSuccess: done, onSettled: () => confirm.close() }),
  );

  const checks = useMemo(() => editor.checks.filter((c) => isTextCheck(c.id)), [editor.checks]);
  const failed = toOwn.error ?? toGenerated.error;

  if (!editor.text) {
    if (!editable) return null;
    return (
      <Paper withBorder p="sm" radius="sm" data-testid="generated-mode">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm" c="dimmed" maw={640}>
            {t("ownWords.generatedHint")}
          </Text>
          <Button
            variant="light"
            loading={toOwn.isPending}
            disabled={editor.conflict !== null}
            onClick={async () => {
              setProblem(null);
              if (await settle())
                toOwn.mutate({ reportId, sectionKey, baseRevision: editor.currentRevision() });
            }}
          >
            {t("ownWords.switchToOwn")}
          </Button>
        </Group>
        {problem || failed ? (
          <Alert color="red" variant="light" mt="xs" role="alert" title={t("ownWords.switchFailed")}>
            {problem ?? failed?.message}
          </Alert>
        ) : null}
      </Paper>
    );
  }

  return (
    <Stack gap="xs" data-testid="own-words-mode">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} size="h5">
          {t("ownWords.title")}
        </Title>
        {editable ? (
          <Button
            variant="subtle"
            color="gray"
            size="xs"
            onClick={confirm.open}
            disabled={editor.conflict !== null}
          >
            {t("ownWords.restoreGenerated")}
          </Button>
        ) : null}
      </Group>
      {problem || failed ? (
        <Alert color="red" variant="light" role="alert" title={t("ownWords.restoreFailed")}>
          {problem ?? failed?.message}
        </Alert>
      ) : null}
      <ErrorBoundary fallback={(error) => <ErrorState title={t("ownWords.loadFailed")} error={error} />}>
        <Suspense fallback={<LoadingState />}>
          <OwnWordsEditor
            initial={initial ?? editor.text}
            catalog={editor.catalog}
            locale={locale}
            onChange={(doc: TextDoc) => editor.setText(doc)}
            editable={editable && editor.conflict === null}
            checks={checks}
          />
        </Suspense>
      </ErrorBoundary>
      <Modal opened={confirming} onClose={confirm.close} title={t("ownWords.restoreTitle")} centered>
        <Stack>
          <Text size="sm">{t("ownWords.restoreBody")}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t("ownWords.cancel")}
            </Button>
            <Button
              color="red"
              loading={toGenerated.isPending}
              onClick={async () => {
                setProblem(null);
                if (await settle())
                  toGenerated.mutate({ reportId, sectionKey, baseRevision: editor.currentRevision() });
                else confirm.close();
              }}
            >
              {t("ownWords.restoreConfirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
