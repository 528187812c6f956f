import { Badge, Button, Drawer, Group, List, Paper, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { useTRPC } from "../trpc.ts";

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
      <Drawer opened={opened} onClose={drawer.close} title={t("history.title")} position="right" size="md">
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
              {r.note ? <Text size="xs">{r.note}</Text> : null}
              <List size="xs" mt={4}>
                {r.changes.slice(0, 8).map((c, i) => (
                  <List.Item key={`${c.path}-${i}`}>
                    {c.path}: {c.before ?? "—"} → {c.after ?? "—"}
                  </List.Item>
                ))}
                {r.changes.length > 8 ? (
                  <List.Item>{t("history.more", { count: r.changes.length - 8 })}</List.Item>
                ) : null}
              </List>
            </Paper>
          ))}
        </Stack>
      </Drawer>
    </>
  );
}
