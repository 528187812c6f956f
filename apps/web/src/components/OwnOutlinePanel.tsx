import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC, type OutlinePart, type ReportView } from "../trpc.ts";

/** The township's own outline where the county allows it: add sections of its own to a part, retitle sections. */
export function OwnOutlinePanel({ report }: { report: ReportView }) {
  const { t } = useTranslation();
  const parts = report.outline.filter((p) => p.mayAdd || p.mayRetitle);
  if (!report.canEdit || parts.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="own-outline">
      <Title order={3} size="h5">
        {t("frame.ownOutline")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t("frame.ownOutlineHint")}
      </Text>
      <Stack gap="md">
        {parts.map((p) => (
          <PartRules key={p.key} reportId={report.id} part={p} />
        ))}
      </Stack>
    </Paper>
  );
}

function PartRules({ reportId, part }: { reportId: string; part: OutlinePart }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [heading, setHeading] = useState("");
  const [titles, setTitles] = useState<Record<string, string>>({});
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
  const add = useMutation(trpc.outline.add.mutationOptions({ onSuccess: () => (setHeading(""), refresh()) }));
  const retitle = useMutation(trpc.outline.retitle.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.outline.remove.mutationOptions({ onSuccess: refresh }));
  const error = add.error ?? retitle.error ?? remove.error;
  const headed = part.sections.filter((s) => s.heading !== null && (part.mayRetitle || s.added));
  const last = part.sections.at(-1)?.key ?? null;
  return (
    <Stack gap={6}>
      <Text fw={600} size="sm">
        {part.numbering}
        {part.title}
      </Text>
      {headed.map((s) => (
        <Group key={s.key} gap="xs" wrap="nowrap">
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            aria-label={t("frame.sectionHeading", { heading: s.heading })}
            value={titles[s.key] ?? s.heading ?? ""}
            description={s.countyHeading ? t("frame.countyHeading", { heading: s.countyHeading }) : undefined}
            onChange={(e) => setTitles({ ...titles, [s.key]: e.currentTarget.value })}
          />
          <Button
            size="xs"
            variant="default"
            disabled={(titles[s.key] ?? s.heading) === s.heading}
            loading={retitle.isPending && retitle.variables?.sectionKey === s.key}
            onClick={() =>
              retitle.mutate({ reportId, sectionKey: s.key, heading: (titles[s.key] ?? "").trim() || null })
            }
          >
            {t("frame.retitle")}
          </Button>
          {s.added ? (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("frame.remove", { heading: s.heading })}
              onClick={() => remove.mutate({ reportId, sectionKey: s.key })}
            >
              ×
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {part.mayAdd ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ reportId, partKey: part.key, after: last, heading });
          }}
        >
          <Group gap="xs" wrap="nowrap">
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              placeholder={t("frame.newHeading")}
              aria-label={t("frame.newHeading")}
              value={heading}
              onChange={(e) => setHeading(e.currentTarget.value)}
            />
            <Button type="submit" size="xs" loading={add.isPending}>
              {t("frame.add")}
            </Button>
          </Group>
        </form>
      ) : null}
      {error ? (
        <Alert color="red" variant="light">
          {error.message}
        </Alert>
      ) : null}
    </Stack>
  );
}
