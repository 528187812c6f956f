import { Alert, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC, type ReportView } from "../trpc.ts";

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The document's frame: 文号, issuers (one per line: joint issuance), addressee — the township's while it may
 * edit; the signature date — an administrator's, before approval (approval sets it otherwise).
 */
export function FramePanel({ report }: { report: ReportView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const f = report.frame;
  const [docNumber, setDocNumber] = useState(f.docNumber ?? "");
  const [issuers, setIssuers] = useState((f.issuers ?? f.defaults.issuers).join("\n"));
  const [addressee, setAddressee] = useState(f.addressee ?? f.defaults.addressee ?? "");
  const [signedOn, setSignedOn] = useState(f.signedOn ?? "");
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
  const save = useMutation(trpc.frame.save.mutationOptions({ onSuccess: refresh }));
  const date = useMutation(trpc.frame.setSignedOn.mutationOptions({ onSuccess: refresh }));
  const canDate = report.canAdminister && report.status !== "approved";
  const error = save.error ?? date.error;
  if (!report.canEdit && !canDate) return null;

  return (
    <Paper withBorder radius="md" p="md" data-testid="frame-panel">
      <Title order={3} size="h5" mb="xs">
        {t("frame.title")}
      </Title>
      <Stack gap="xs">
        {report.canEdit ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const list = lines(issuers);
              const same = list.join("\n") === f.defaults.issuers.join("\n");
              save.mutate({
                reportId: report.id,
                docNumber: docNumber.trim() || null,
                issuers: same || list.length === 0 ? null : list,
                addressee: addressee.trim() === (f.defaults.addressee ?? "") ? null : addressee.trim(),
              });
            }}
          >
            <Stack gap="xs">
              <TextInput
                label={t("frame.docNumber")}
                description={t("frame.docNumberHint")}
                value={docNumber}
                onChange={(e) => setDocNumber(e.currentTarget.value)}
              />
              <Textarea
                label={t("frame.issuers")}
                description={t("frame.issuersHint")}
                autosize
                minRows={2}
                value={issuers}
                onChange={(e) => setIssuers(e.currentTarget.value)}
              />
              <TextInput
                label={t("frame.addressee")}
                description={t("frame.addresseeHint")}
                value={addressee}
                onChange={(e) => setAddressee(e.currentTarget.value)}
              />
              <Group>
                <Button type="submit" size="xs" loading={save.isPending}>
                  {t("frame.save")}
                </Button>
                {save.isSuccess ? (
                  <Text size="sm" c="green.8">
                    {t("frame.saved")}
                  </Text>
                ) : null}
              </Group>
            </Stack>
          </form>
        ) : null}
        {canDate ? (
          <Group align="flex-end" gap="xs">
            <TextInput
              type="date"
              label={t("frame.signedOn")}
              description={t("frame.signedOnHint")}
              value={signedOn}
              onChange={(e) => setSignedOn(e.currentTarget.value)}
            />
            <Button
              size="xs"
              variant="default"
              loading={date.isPending}
              onClick={() => date.mutate({ reportId: report.id, signedOn: signedOn || null })}
            >
              {t("frame.setDate")}
            </Button>
          </Group>
        ) : f.signedOn ? (
          <Text size="sm">{t("frame.signedOnIs", { date: f.signedOn })}</Text>
        ) : null}
        {error ? (
          <Alert color="red" variant="light">
            {error.message}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
