import { Badge, Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { formatSavedAt } from "../lib/format.ts";

export interface SessionRow {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: string | Date;
  lastActiveAt: string | Date;
  current: boolean;
}

/** "Chrome 131 · Windows" from a user-agent string (enough to tell one's devices apart). */
export function deviceOf(ua: string | null): string {
  if (!ua) return "—";
  const browser = /Edg\/(\d+)/.exec(ua)
    ? `Edge ${/Edg\/(\d+)/.exec(ua)![1]}`
    : /Firefox\/(\d+)/.exec(ua)
      ? `Firefox ${/Firefox\/(\d+)/.exec(ua)![1]}`
      : /Chrome\/(\d+)/.exec(ua)
        ? `Chrome ${/Chrome\/(\d+)/.exec(ua)![1]}`
        : /Safari\//.test(ua)
          ? "Safari"
          : ua.slice(0, 40);
  const os = /Windows/.test(ua)
    ? "Windows"
    : /Android/.test(ua)
      ? "Android"
      : /iPhone|iPad/.test(ua)
        ? "iOS"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : "";
  return os ? `${browser} · ${os}` : browser;
}

/** Sessions with their device, address and last activity, each with an "end" button. */
export function SessionsTable({
  sessions,
  onEnd,
  ending,
}: {
  sessions: readonly SessionRow[];
  onEnd: (id: string) => void;
  ending?: string | null;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  if (sessions.length === 0) return <Text c="dimmed">{t("security.noSessions")}</Text>;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped data-testid="sessions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("security.device")}</Table.Th>
            <Table.Th>{t("security.address")}</Table.Th>
            <Table.Th>{t("security.lastActive")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td title={s.userAgent ?? undefined}>
                {deviceOf(s.userAgent)}{" "}
                {s.current ? (
                  <Badge size="sm" variant="light">
                    {t("security.thisDevice")}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{s.ipAddress ?? "—"}</Table.Td>
              <Table.Td>{formatSavedAt(new Date(s.lastActiveAt), locale)}</Table.Td>
              <Table.Td ta="right">
                {s.current ? null : (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    loading={ending === s.id}
                    onClick={() => onEnd(s.id)}
                  >
                    {t("security.end")}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
