import { Button, Group, Stack, Text } from "@mantine/core";
import { modals } from "@mantine/modals";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";
import { notifyFailed } from "../lib/confirm.tsx";

export interface UnsavedGuard {
  /** True while there are edits not yet saved (read when someone tries to leave). */
  isDirty: () => boolean;
  /**
   * Save the edits; resolves true when they are saved (then the page is left), false when they could not be
   * (the page stays, with the reason on screen). Absent: the edits cannot be saved from here (only 放弃 / 继续).
   */
  save?: () => Promise<boolean>;
  /** Throw the edits away (called before leaving with 放弃修改). */
  discard: () => void;
  /** Why saving is not offered (shown when `save` is absent). */
  cannotSave?: string;
}

/**
 * Never discard someone's work: leaving a page or a section (any in-app navigation: the outline, the header's
 * links, back) with unsaved edits asks first, in the app — 保存并离开 / 放弃修改 / 继续编辑 — and closing or
 * reloading the tab asks through the browser's own prompt. Used by the section editor (form and own words)
 * and the administrator's year editor.
 */
export function useUnsavedGuard(guard: UnsavedGuard): { asking: boolean } {
  const { t } = useTranslation();
  const ref = useRef(guard);
  useEffect(() => {
    ref.current = guard;
  });

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname && ref.current.isDirty(),
  );

  useEffect(() => {
    if (blocker.state !== "blocked") return;
    let settled = false;
    const id = "unsaved-guard";
    const finish = (how: "leave" | "stay") => {
      if (settled) return;
      settled = true;
      modals.close(id);
      if (how === "leave") blocker.proceed();
      else blocker.reset();
    };
    const { save, cannotSave } = ref.current;
    modals.open({
      modalId: id,
      title: t("guard.title"),
      centered: true,
      onClose: () => finish("stay"),
      children: (
        <GuardChoices
          cannotSave={save ? undefined : cannotSave}
          onStay={() => finish("stay")}
          onDiscard={() => {
            ref.current.discard();
            finish("leave");
          }}
          onSave={
            save
              ? async () => {
                  const ok = await save().catch(() => false);
                  if (!ok) notifyFailed(t("guard.saveFailedTitle"), t("guard.saveFailed"));
                  finish(ok ? "leave" : "stay");
                }
              : undefined
          }
        />
      ),
    });
    return () => {
      // Unmounted while asking (the page went away): the question no longer applies.
      if (!settled) {
        settled = true;
        modals.close(id);
      }
    };
  }, [blocker, t]);

  // Closing or reloading the tab: the browser's own prompt (the only one a page may show there).
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!ref.current.isDirty()) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);

  // While the question is open nothing saves behind it (放弃修改 must find the edits unsaved).
  return { asking: blocker.state === "blocked" };
}

function GuardChoices({
  cannotSave,
  onStay,
  onDiscard,
  onSave,
}: {
  cannotSave?: string;
  onStay: () => void;
  onDiscard: () => void;
  onSave?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  return (
    <Stack gap="sm" data-testid="unsaved-guard">
      <Text size="sm">{t("guard.body")}</Text>
      {cannotSave ? (
        <Text size="sm" c="dimmed">
          {cannotSave}
        </Text>
      ) : null}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onStay} disabled={saving} data-autofocus>
          {t("guard.stay")}
        </Button>
        <Button variant="light" color="red" onClick={onDiscard} disabled={saving}>
          {t("guard.discard")}
        </Button>
        {onSave ? (
          <Button
            loading={saving}
            onClick={() => {
              setSaving(true);
              void onSave().finally(() => setSaving(false));
            }}
          >
            {t("guard.saveAndLeave")}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
