import { Loader, Table, Text } from "@mantine/core";
import type { ReadableChange } from "@nianbao/sdk";
import { useTranslation } from "react-i18next";

/** Chinese in a value (the township's words, a note, a printed figure): marked as such for every locale. */
const HAN = /[\u3400-\u9fff]/;
const langOf = (v: string | null) => (v && HAN.test(v) ? "zh-CN" : undefined);

/**
 * Readable changes as a table — what (the field's label), before, after — the one way every diff of the
 * app is shown: history, the conflict table, 查看修改 and the audit log.
 */
export function ChangesTable({
  changes,
  beforeLabel,
  afterLabel,
  max = 30,
  testId = "changes-table",
}: {
  /** undefined while the field labels load. */
  changes: ReadableChange[] | undefined;
  beforeLabel?: string;
  afterLabel?: string;
  max?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!changes) return <Loader size="xs" aria-label={t("changes.loading")} />;
  if (changes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("changes.none")}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table fz="sm" withTableBorder verticalSpacing={4} data-testid={testId} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="34%">{t("changes.field")}</Table.Th>
            <Table.Th>{beforeLabel ?? t("changes.before")}</Table.Th>
            <Table.Th>{afterLabel ?? t("changes.after")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.slice(0, max).map((c, i) => (
            <Table.Tr key={`${c.path}-${i}`} data-path={c.path}>
              <Table.Td style={{ overflowWrap: "anywhere" }}>{c.label}</Table.Td>
              <Table.Td lang={langOf(c.before)} style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
                {c.before ?? "—"}
              </Table.Td>
              <Table.Td lang={langOf(c.after)} style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
                {c.after ?? "—"}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {changes.length > max ? (
        <Text size="xs" c="dimmed">
          {t("changes.more", { count: changes.length - max })}
        </Text>
      ) : null}
    </Table.ScrollContainer>
  );
}
