import { Alert, Group, List, Stack } from "@mantine/core";
import type { AnySectionPlugin } from "@nianbao/sdk";
import { ConfirmProvider, SectionActionsProvider } from "@nianbao/sdk/react";
import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { usePluginForm } from "../hooks/use-plugin-form.ts";
import { useSectionActions } from "../hooks/use-section-actions.ts";
import { useSectionEditor, type LoadedSection } from "../hooks/use-section-editor.ts";
import { confirmAction } from "../lib/confirm.tsx";
import { focusField } from "../lib/focus-field.ts";
import { attachInputNormalization } from "../lib/input-normalization.ts";
import type { LiveSection } from "../lib/preview.ts";
import type { OutlinePart, OutlineSection } from "../trpc.ts";
import { ChecksList } from "./ChecksList.tsx";
import { ConflictAlert } from "./ConflictAlert.tsx";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { ErrorState } from "./ErrorState.tsx";
import { KeptEditNotice } from "./KeptEditNotice.tsx";
import { LoadingState } from "./LoadingState.tsx";
import { NotApplicable } from "./NotApplicable.tsx";
import { OwnWordsSection } from "./OwnWordsSection.tsx";
import { PreviousYearPanel } from "./PreviousYearPanel.tsx";
import { SaveBar } from "./SaveBar.tsx";
import { ReviewThreads } from "./ReviewThreads.tsx";
import { ReviewWarnings } from "./ReviewWarnings.tsx";
import { SectionHeading } from "./SectionHeading.tsx";
import { SectionHistory } from "./SectionHistory.tsx";

export interface LivePreviewState extends LiveSection {
  /** False while the form does not parse: the data is the last valid version. */
  valid: boolean;
}

/** One loaded section: heading, save bar, conflict and errors, checks, and the plugin's form. */
export function SectionWorkspace({
  reportId,
  part,
  section,
  plugin,
  loaded,
  onReload,
  onLiveChange,
  editable,
  canComment,
  canResolve,
  canDiscuss,
}: {
  reportId: string;
  part: OutlinePart;
  section: OutlineSection;
  plugin: AnySectionPlugin;
  loaded: LoadedSection;
  onReload: () => Promise<void>;
  onLiveChange: (live: LivePreviewState) => void;
  /** The signed-in person may change this report now (else the form is read-only). */
  editable: boolean;
  canComment: boolean;
  canResolve: boolean;
  canDiscuss: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const editor = useSectionEditor({ reportId, sectionKey: section.key, plugin, loaded, locale });
  const PluginForm = usePluginForm(plugin);
  const formRoot = useRef<HTMLFieldSetElement>(null);
  const actions = useSectionActions({ reportId, sectionKey: section.key, plugin, editor, onReload });

  // The preview follows the form: the parsed values when valid, else the last valid ones.
  const lastValid = useRef<unknown>(null);
  useEffect(() => {
    if (editor.parsed.success) lastValid.current = editor.parsed.data;
    onLiveChange({
      sectionKey: section.key,
      pluginVersion: plugin.version,
      data: editor.parsed.success ? editor.parsed.data : (lastValid.current ?? loaded.data),
      valid: editor.parsed.success,
      text: editor.text,
    });
  }, [editor.parsed, editor.text, section.key, plugin.version, loaded.data, onLiveChange]);

  // Full-width digits and pasted Word text are normalised before the fields see them.
  useEffect(() => (formRoot.current ? attachInputNormalization(formRoot.current) : undefined), []);

  const failure = editor.failure;
  return (
    <Stack gap="md" pb="xl">
      <SectionHeading part={part} section={section} status={editor.status} />
      <Group gap="xs">
        <SectionHistory
          reportId={reportId}
          sectionKey={section.key}
          revision={editor.revision}
          canRestore={editable}
          onRestored={onReload}
        />
        {editable && !section.required && editor.status !== "not_applicable" ? (
          <NotApplicable
            reportId={reportId}
            sectionKey={section.key}
            status={editor.status}
            reason={loaded.note ?? null}
            editable={editable}
            onChanged={onReload}
          />
        ) : null}
      </Group>
      {editor.status === "not_applicable" ? (
        <NotApplicable
          reportId={reportId}
          sectionKey={section.key}
          status={editor.status}
          reason={loaded.note ?? null}
          editable={editable}
          onChanged={onReload}
        />
      ) : null}
      <ReviewThreads
        reportId={reportId}
        sectionKey={section.key}
        canComment={canComment}
        canResolve={canResolve}
        canDiscuss={canDiscuss}
        formRoot={() => formRoot.current}
        onFocusField={(path) => formRoot.current && focusField(formRoot.current, path)}
      />
      {editable && editor.status !== "not_applicable" ? <SaveBar editor={editor} /> : null}
      {editable ? (
        <KeptEditNotice
          editor={editor}
          onDiscard={async () => {
            await editor.discardKept();
            await onReload();
          }}
        />
      ) : null}
      {editor.conflict ? (
        <ConflictAlert
          message={editor.conflict}
          detail={editor.conflictDetail}
          pluginId={plugin.id}
          mine={editor.form.getValues()}
          mineText={editor.text}
          textLabels={new Map(editor.catalog.map((f) => [f.key, f.label[locale]]))}
          onReload={async () => {
            // Their version chosen: the edit kept in the browser goes too (it stays in the history as refused).
            await editor.discardKept();
            await onReload();
          }}
          onOverwrite={editor.overwrite}
        />
      ) : null}
      {failure?.kind === "invalid-form" ? (
        <Alert color="red" variant="light" role="alert">
          {t("section.invalid")}
        </Alert>
      ) : null}
      {failure?.kind === "server" && !editor.sessionExpired ? (
        <Alert color="red" variant="light" role="alert" title={t("section.saveFailed")}>
          {failure.error.message}
          {failure.error.mapping.general.length > 0 ? (
            <List size="sm" mt={4}>
              {failure.error.mapping.general.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      <PreviousYearPanel
        reportId={reportId}
        sectionKey={section.key}
        revision={editor.revision}
        dirty={editor.dirty}
        editable={editable}
        onPrefilled={onReload}
      />
      <ChecksList
        checks={editor.checks}
        onFocus={(path) => formRoot.current && focusField(formRoot.current, path)}
      />
      <ReviewWarnings
        reportId={reportId}
        sectionKey={section.key}
        revision={editor.revision}
        onFocus={(path) => formRoot.current && focusField(formRoot.current, path)}
      />
      {editor.status !== "not_applicable" ? (
        <OwnWordsSection
          reportId={reportId}
          sectionKey={section.key}
          editor={editor}
          editable={editable}
          locale={locale}
          onReload={onReload}
        />
      ) : null}
      <fieldset ref={formRoot} data-testid="section-form" disabled={!editable} className="nb-section-form">
        <ErrorBoundary fallback={(error) => <ErrorState title={t("section.formLoadFailed")} error={error} />}>
          <Suspense fallback={<LoadingState />}>
            <SectionActionsProvider value={editable ? actions : null}>
              <ConfirmProvider value={confirmAction}>
                <PluginForm form={editor.form} settings={loaded.settings} readOnly={!editable} />
              </ConfirmProvider>
            </SectionActionsProvider>
          </Suspense>
        </ErrorBoundary>
      </fieldset>
    </Stack>
  );
}
