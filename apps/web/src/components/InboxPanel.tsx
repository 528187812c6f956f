import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { formatDate } from "../lib/format.ts";
import { useTRPC, type RouterOutputs } from "../trpc.ts";
import { ImportedBadge } from "./ImportedBadge.tsx";
import { ReportStatusBadge } from "./ReportStatusBadge.tsx";

type Todo = RouterOutputs["inbox"]["todo"];

/** The to-do list at the top of the home page, one part per role the person holds. */
export function InboxPanel() {
  const trpc = useTRPC();
  const todo = useQuery(trpc.inbox.todo.queryOptions());
  if (!todo.data) return null;
  const { clerk, reviewer, admin } = todo.data;
  return (
    <Stack gap="md" data-testid="inbox">
      {clerk ? <ClerkTodo items={clerk} /> : null}
      {reviewer ? <ReviewerTodo items={reviewer} /> : null}
      {admin ? <AdminTodo items={admin} /> : null}
    </Stack>
  );
}

function Countdown({ daysLeft }: { daysLeft: number | null }) {
  const { t } = useTranslation();
  if (daysLeft === null) return null;
  const color = daysLeft < 0 ? "red" : daysLeft <= 7 ? "orange" : "gray";
  const text =
    daysLeft < 0
      ? t("inbox.overdue", { count: -daysLeft })
      : daysLeft === 0
        ? t("inbox.dueToday")
        : t("inbox.daysLeft", { count: daysLeft });
  return (
    <Badge color={color} variant="light" data-testid="countdown">
      {text}
    </Badge>
  );
}

function ClerkTodo({ items }: { items: NonNullable<Todo["clerk"]> }) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const open = useMutation(
    trpc.report.open.mutationOptions({ onSuccess: (r) => void navigate(`/reports/${r.id}`) }),
  );
  return (
    <Paper withBorder p="lg" radius="md" data-testid="inbox-clerk">
      <Title order={4} mb="sm">
        {t("inbox.clerkTitle")}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("inbox.clerkEmpty")}
        </Text>
      ) : null}
      <Stack gap="sm">
        {items.map((r) => (
          <Paper key={`${r.yearId}/${r.orgId}`} withBorder p="sm" radius="sm" data-testid="inbox-report">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm">
                  {r.orgName} · {t("report.year", { year: r.year })}
                </Text>
                <ReportStatusBadge status={r.status} />
                <ImportedBadge imported={r.imported} />
                <Countdown daysLeft={r.daysLeft} />
                {r.deadline ? (
                  <Text size="xs" c="dimmed">
                    {t("inbox.deadline", { date: formatDate(r.deadline, locale) })}
                  </Text>
                ) : null}
              </Group>
              <Button
                size="xs"
                variant="light"
                loading={open.isPending && open.variables?.orgId === r.orgId}
                onClick={() =>
                  r.reportId
                    ? void navigate(`/reports/${r.reportId}`)
                    : open.mutate({ yearId: r.yearId, orgId: r.orgId })
                }
              >
                {r.status === "returned" ? t("inbox.answer") : t("home.fill")}
              </Button>
            </Group>
            {r.openThreads > 0 ? (
              <Text size="sm" mt={6} data-testid="inbox-open-threads">
                {t("inbox.openThreads", { count: r.openThreads })}{" "}
                {r.sections.map((s, i) => (
                  <span key={s.sectionKey ?? ""}>
                    {i > 0 ? "、" : ""}
                    <Anchor
                      component={Link}
                      to={`/reports/${r.reportId}${s.sectionKey ? `/${s.sectionKey}#review-threads` : ""}`}
                      size="sm"
                    >
                      {s.heading ?? t("review.wholeReport")}
                    </Anchor>
                    （{s.open}）
                  </span>
                ))}
              </Text>
            ) : null}
          </Paper>
        ))}
      </Stack>
    </Paper>
  );
}

function ReviewerTodo({ items }: { items: NonNullable<Todo["reviewer"]> }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" data-testid="inbox-reviewer">
      <Title order={4} mb="sm">
        {t("inbox.reviewerTitle", { count: items.length })}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("home.nothingToReview")}
        </Text>
      ) : null}
      <Stack gap={6}>
        {items.map((r) => (
          <Group key={r.reportId} justify="space-between" wrap="wrap" gap="xs" data-testid="inbox-submission">
            <Group gap="xs">
              <Anchor component={Link} to={`/reports/${r.reportId}`} fw={600} size="sm">
                {r.orgName} · {t("report.year", { year: r.year })}
              </Anchor>
              <Badge color={r.daysWaiting > 7 ? "orange" : "gray"} variant="light">
                {t("inbox.waiting", { count: r.daysWaiting })}
              </Badge>
              <ImportedBadge imported={r.imported} />
            </Group>
            <Button component={Link} to={`/reports/${r.reportId}`} size="xs" variant="light">
              {t("inbox.review")}
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function AdminTodo({ items }: { items: NonNullable<Todo["admin"]> }) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  return (
    <Paper withBorder p="lg" radius="md" data-testid="inbox-admin">
      <Title order={4} mb="sm">
        {t("inbox.adminTitle", { count: items.length })}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("inbox.adminEmpty")}
        </Text>
      ) : null}
      <Stack gap={6}>
        {items.map((r) => (
          <Group key={`${r.yearId}/${r.orgId}`} gap="xs" wrap="wrap" data-testid="inbox-township">
            <Text size="sm" fw={600}>
              {r.orgName} · {t("report.year", { year: r.year })}
            </Text>
            {r.notStarted ? (
              <Badge color="gray" variant="light">
                {t("inbox.notStarted")}
              </Badge>
            ) : null}
            {r.late ? (
              <Badge color="red" variant="light">
                {t("inbox.late", { count: r.daysLate })}
              </Badge>
            ) : null}
            {r.deadline ? (
              <Text size="xs" c="dimmed">
                {t("inbox.deadline", { date: formatDate(r.deadline, locale) })}
              </Text>
            ) : null}
            <Anchor component={Link} to={`/dashboard/townships/${r.orgId}`} size="xs">
              {t("inbox.details")}
            </Anchor>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
