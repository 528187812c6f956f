import { Alert, Button, List, Modal, Stack, Textarea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notifyDone } from "../lib/confirm.tsx";
import { useTRPC } from "../trpc.ts";

/** 本年度不适用 for an optional section (with a reason), and back. */
export function NotApplicable({
  reportId,
  sectionKey,
  status,
  reason,
  editable,
  onChanged,
}: {
  reportId: string;
  sectionKey: string;
  status: string;
  reason: string | null;
  /** Else the mark is shown without 恢复填写. */
  editable: boolean;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [opened, modal] = useDisclosure(false);
  const [text, setText] = useState("");
  const set = useMutation(
    trpc.section.setApplicability.mutationOptions({
      onSuccess: async (_r, input) => {
        modal.close();
        notifyDone(input.notApplicable ? t("confirm.naDone") : t("confirm.applicableDone"));
        void queryClient.invalidateQueries({ queryKey: trpc.report.byId.queryKey({ reportId }) });
        await onChanged();
      },
    }),
  );
  if (status === "not_applicable")
    return (
      <Alert color="grape" variant="light" title={t("status.not_applicable")} data-testid="not-applicable">
        {reason}
        {editable ? (
          <div>
            <Button
              mt="xs"
              size="xs"
              variant="default"
              loading={set.isPending}
              onClick={() => set.mutate({ reportId, sectionKey, notApplicable: false })}
            >
              {t("section.applicableAgain")}
            </Button>
          </div>
        ) : null}
      </Alert>
    );
  return (
    <>
      <Button variant="subtle" color="grape" size="xs" onClick={modal.open}>
        {t("section.markNotApplicable")}
      </Button>
      <Modal opened={opened} onClose={modal.close} title={t("section.markNotApplicable")}>
        <Stack>
          <List size="sm" spacing={4} data-testid="confirm-not-applicable">
            <List.Item>{t("confirm.naWhat")}</List.Item>
            <List.Item>{t("confirm.naKept")}</List.Item>
          </List>
          <Textarea
            label={t("section.notApplicableReason")}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          {set.error ? <Alert color="red">{set.error.message}</Alert> : null}
          <Button
            disabled={!text.trim()}
            loading={set.isPending}
            onClick={() => set.mutate({ reportId, sectionKey, notApplicable: true, reason: text })}
          >
            {t("common.confirm")}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
