import { Badge, Button, Drawer, Group, Paper, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { useReadableChanges } from "../hooks/use-readable-changes.ts";
import { useTRPC, type RouterOutputs } from "../trpc.ts";
import { ChangesTable } from "./ChangesTable.tsx";
import { ImportedBadge } from "./ImportedBadge.tsx";

type Revision = RouterOutputs["section"]["revisions"][number];

/** What one revision changed, by label, values as printed. */
function RevisionChanges({ r }: { r: Revision }) {
  const changes = useReadableChanges(r.pluginId, r.before, r.after, r.textChanges);
  return <ChangesTable changes={changes} max={8} testId="history-changes" />;
}

/** 历史版本: every save (and refused conflicting save) of the section — who, when, what changed — with restore. */
export function SectionHistory({
  reportId,
  sectionKey,
  revision,
  canRestore,
  onRestored,
}: {
  reportId: string;
  sectionKey: string;
  revision: number;
  canRestore: boolean;
  onRestored: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const trpc = useTRPC();
  const [opened, drawer] = useDisclosure(false);
  const history = useQuery({
    ...trpc.section.revisions.queryOptions({ reportId, sectionKey }),
    enabled: opened,
    staleTime: 0,
  });
  const restore = useMutation(
    trpc.section.restore.mutationOptions({
      onSuccess: async () => {
        drawer.close();
        await onRestored();
      },
    }),
  );
  return (
    <>
      <Button variant="subtle" size="xs" onClick={drawer.open} data-testid="history-button">
        {t("history.open")}
      </Button>
      <Drawer opened={opened} onClose={drawer.close} title={t("history.title")} position="right" size="lg">
        <Stack gap="sm">
          {restore.error ? <Text c="red">{restore.error.message}</Text> : null}
          {history.data?.map((r) => (
            <Paper key={r.id} withBorder p="sm" radius="md">
              <Group justify="space-between">
                <Group gap={6}>
                  <Text fw={600} size="sm">
                    {r.refused
                      ? t("history.refused", { revision: r.revision })
                      : t("section.revision", { revision: r.revision })}
                  </Text>
                  <Badge size="xs" variant="light">
                    {t(
                      `status.${r.status === "complete" || r.status === "not_applicable" ? r.status : "draft"}`,
                    )}
                  </Badge>
                  {r.imported ? (
                    <ImportedBadge imported={{ at: r.savedAt, source: r.importSource }} size="xs" />
                  ) : null}
                </Group>
                {canRestore && (r.refused || r.revision !== revision) && r.pluginVersion > 0 ? (
                  <Button
                    size="xs"
                    variant="light"
                    loading={restore.isPending}
                    onClick={() =>
                      restore.mutate({ reportId, sectionKey, revisionId: r.id, baseRevision: revision })
                    }
                  >
                    {t("history.restore")}
                  </Button>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed">
                {r.savedBy ?? "—"} · {new Date(r.savedAt).toLocaleString(locale)}
              </Text>
              {r.imported ? (
                <Text size="xs" data-testid="history-imported">
                  {r.importSource
                    ? t("importBinding.historyFrom", { source: r.importSource })
                    : t("importBinding.historyPasted")}
                </Text>
              ) : null}
              {r.note ? <Text size="xs">{r.note}</Text> : null}
              <RevisionChanges r={r} />
            </Paper>
          ))}
        </Stack>
      </Drawer>
    </>
  );
}
