import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { useSession } from "../hooks/use-session.ts";
import { formatSavedAt } from "../lib/format.ts";
import { useTRPC, type RouterOutputs } from "../trpc.ts";

type Notice = RouterOutputs["inbox"]["notifications"]["items"][number];

/** How often the bell asks for new notifications (they are also refreshed after every review action). */
const POLL_MS = 60_000;

/** One notification in the reader's language. */
function NoticeText({ n }: { n: Notice }) {
  const { t } = useTranslation();
  const p = n.params;
  return (
    <>
      {t(`inbox.notice.${n.kind}`, {
        actor: p.actor ?? "—",
        org: p.org,
        year: p.year,
        section: p.section ? `“${p.section}”` : "",
      })}
    </>
  );
}

/** The bell in the header: unread count, the latest notifications, mark read (one by opening it, or all). */
export function NotificationBell() {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const user = useSession().data;
  const [opened, setOpened] = useState(false);
  const notes = useQuery({
    ...trpc.inbox.notifications.queryOptions(),
    enabled: !!user,
    refetchInterval: POLL_MS,
  });
  const markRead = useMutation(
    trpc.inbox.markRead.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.inbox.notifications.queryKey() }),
    }),
  );
  if (!user) return null;
  const unread = notes.data?.unread ?? 0;
  const label = unread > 0 ? t("inbox.bellUnread", { count: unread }) : t("inbox.bell");
  const open = (n: Notice) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    setOpened(false);
    if (n.reportId)
      void navigate(`/reports/${n.reportId}${n.sectionKey ? `/${n.sectionKey}#review-threads` : ""}`);
  };
  return (
    <Indicator label={unread > 99 ? "99+" : unread} size={16} color="red" disabled={unread === 0} offset={4}>
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={340}
        shadow="md"
        withinPortal
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={label}
            title={label}
            onClick={() => setOpened((o) => !o)}
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs" data-testid="notifications">
          <Group justify="space-between" mb={6} px={4}>
            <Text size="sm" fw={600}>
              {t("inbox.notifications")}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              disabled={unread === 0}
              loading={markRead.isPending}
              onClick={() => markRead.mutate({ ids: null })}
            >
              {t("inbox.markAllRead")}
            </Button>
          </Group>
          {notes.data && notes.data.items.length === 0 ? (
            <Text size="sm" c="dimmed" px={4} py="xs">
              {t("inbox.noNotifications")}
            </Text>
          ) : null}
          <ScrollArea.Autosize mah={360} type="auto">
            <Stack gap={2}>
              {(notes.data?.items ?? []).map((n) => (
                <UnstyledButton
                  key={n.id}
                  onClick={() => open(n)}
                  p={6}
                  data-testid="notification"
                  data-unread={!n.readAt || undefined}
                  style={{
                    borderRadius: 6,
                    background: n.readAt ? undefined : "var(--mantine-color-blue-0)",
                  }}
                >
                  <Text size="sm" fw={n.readAt ? 400 : 600}>
                    <NoticeText n={n} />
                  </Text>
                  {n.params.excerpt ? (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {n.params.excerpt}
                    </Text>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {formatSavedAt(new Date(n.createdAt), locale)}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
