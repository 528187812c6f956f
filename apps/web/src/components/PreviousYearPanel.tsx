import { Alert, Button, Collapse, Group, Paper, Stack, Table, Text, UnstyledButton } from "@mantine/core";
import { itemsToParagraphs, type Block } from "@nianbao/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { confirmAction, notifyDone } from "../lib/confirm.tsx";
import { useTRPC } from "../trpc.ts";

/**
 * Last year's blocks as plain read-only text: works for any plugin without knowing its fields. The text is
 * the report's, in Chinese whatever the interface language (marked so, for screen readers too).
 */
function BlocksText({ blocks }: { blocks: Block[] }) {
  return (
    <Stack gap={6} lang="zh-CN">
      {blocks.map((b, i) => {
        switch (b.type) {
          case "heading":
            return (
              <Text key={i} size="sm" fw={600}>
                {b.text}
              </Text>
            );
          case "paragraph":
            return (
              <Text key={i} size="sm" style={{ textIndent: "2em" }}>
                {b.text}
              </Text>
            );
          case "items":
            return itemsToParagraphs(b).map((p, j) => (
              <Text key={`${i}-${j}`} size="sm" style={{ textIndent: "2em" }}>
                {p}
              </Text>
            ));
          case "figures":
            return (
              <Text key={i} size="sm">
                {b.items.map((f) => `${f.label} ${f.value}`).join("；")}
              </Text>
            );
          case "table":
            return (
              <Table key={i} withTableBorder fz="xs">
                <Table.Thead>
                  <Table.Tr>
                    {b.columns.map((c) => (
                      <Table.Th key={c}>{c}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {b.rows.map((r, j) => (
                    <Table.Tr key={j}>
                      {r.map((c, k) => (
                        <Table.Td key={k}>{c}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            );
        }
      })}
    </Stack>
  );
}

/**
 * Last year's values beside this year's: the township's same section of the previous year, rendered
 * read-only as filed, and the explicit 从上年导入 action (last year's data through the plugin's
 * migrations, saved as a new revision; the current content stays in the history).
 */
export function PreviousYearPanel({
  reportId,
  sectionKey,
  revision,
  dirty,
  editable,
  onPrefilled,
}: {
  reportId: string;
  sectionKey: string;
  revision: number;
  dirty: boolean;
  /** The signed-in person may change this report now (else last year is shown without 从上年导入). */
  editable: boolean;
  onPrefilled: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const previous = useQuery(trpc.section.previous.queryOptions({ reportId, sectionKey }));
  const queryClient = useQueryClient();
  const prefill = useMutation(trpc.section.prefill.mutationOptions());
  const [open, setOpen] = useState(true);
  const [done, setDone] = useState(false);
  if (!previous.data) return null;
  const p = previous.data;
  return (
    <Paper withBorder radius="md" p="sm" bg="blue.0" data-testid="previous-year">
      <Group justify="space-between" wrap="nowrap">
        <UnstyledButton onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          <Text fw={600} size="sm">
            {open ? "▾" : "▸"} {t("carry.title", { year: p.year })}
          </Text>
        </UnstyledButton>
        {editable ? (
          <Button
            size="xs"
            variant="light"
            loading={prefill.isPending}
            disabled={dirty}
            title={dirty ? t("carry.dirty") : undefined}
            onClick={async () => {
              const ok = await confirmAction({
                title: t("confirm.carryTitle"),
                consequences: [
                  t("confirm.carryReplace", { year: p.year }),
                  t("confirm.carryHistory"),
                  t("confirm.carryStatus"),
                ],
                confirmLabel: t("confirm.carryConfirm"),
                danger: true,
                testId: "confirm-carry",
              });
              if (!ok) return;
              prefill.mutate(
                { reportId, sectionKey, baseRevision: revision },
                {
                  onSuccess: () => {
                    setDone(true);
                    notifyDone(t("confirm.carried"));
                    void queryClient.invalidateQueries({ queryKey: trpc.report.byId.queryKey({ reportId }) });
                    void queryClient.invalidateQueries({ queryKey: trpc.report.full.queryKey({ reportId }) });
                    void onPrefilled();
                  },
                },
              );
            }}
          >
            {t("carry.prefill")}
          </Button>
        ) : null}
      </Group>
      <Collapse expanded={open}>
        <Stack gap="xs" mt="xs">
          {p.filedVersion !== p.currentVersion ? (
            <Text size="xs" c="dimmed">
              {t("carry.filedUnder", { from: p.filedVersion, to: p.currentVersion })}
            </Text>
          ) : null}
          {p.blocks.length ? (
            <BlocksText blocks={p.blocks as Block[]} />
          ) : (
            <Text size="sm" c="dimmed">
              {t("carry.empty")}
            </Text>
          )}
        </Stack>
      </Collapse>
      {done ? (
        <Alert color="green" variant="light" mt="xs" p="xs">
          {t("carry.done")}
        </Alert>
      ) : null}
      {prefill.error ? (
        <Alert color="red" variant="light" mt="xs" p="xs" title={t("carry.failed")}>
          {prefill.error.message}
        </Alert>
      ) : null}
    </Paper>
  );
}
