import { Button, Container, EmptyState, Paper, Stack, Table, Title } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { AppPage } from "../components/AppHeader.tsx";
import { ErrorState } from "../components/ErrorState.tsx";
import { InboxPanel } from "../components/InboxPanel.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { OpenReportForm } from "../components/OpenReportForm.tsx";
import { ReportStatusBadge } from "../components/ReportStatusBadge.tsx";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { useSession } from "../hooks/use-session.ts";
import { formatDate } from "../lib/format.ts";
import { useTRPC, type RouterOutputs } from "../trpc.ts";

type Row = RouterOutputs["report"]["list"][number];

/** / — by role: an editor's township reports; a reviewer's submissions to review; everyone's reports in scope. */
export function HomePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const user = useSession().data;
  const all = useQuery(trpc.report.list.queryOptions({ awaitingReview: false }));
  const townships = useQuery(trpc.org.townships.queryOptions());
  const mine = all.data?.filter((r) => r.canEdit) ?? [];
  const others = all.data?.filter((r) => !r.canEdit) ?? [];

  return (
    <AppPage>
      <Container size="lg" py="xl">
        <Stack gap="xl">
          <Title order={2}>{t("home.welcome", { name: user?.displayName ?? "" })}</Title>
          <InboxPanel />
          {all.isPending ? <LoadingState minHeight={160} /> : null}
          {all.error ? <ErrorState error={all.error} onRetry={() => void all.refetch()} /> : null}
          {mine.length > 0 ? <ReportTable title={t("home.mine")} rows={mine} testId="my-reports" /> : null}
          {others.length > 0 ? (
            <ReportTable title={t("home.all")} rows={others} testId="all-reports" />
          ) : null}
          {all.data && all.data.length === 0 ? (
            <EmptyState title={t("home.emptyTitle")} description={t("home.emptyDescription")} />
          ) : null}
          {townships.data && townships.data.length > 1 ? (
            <Paper withBorder p="lg" radius="md" maw={520}>
              <Title order={4} mb="sm">
                {t("start.title")}
              </Title>
              <OpenReportForm townships={townships.data} />
            </Paper>
          ) : null}
        </Stack>
      </Container>
    </AppPage>
  );
}

function ReportTable({ title, rows, testId }: { title: string; rows: Row[]; testId: string }) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const open = useMutation(
    trpc.report.open.mutationOptions({ onSuccess: (r) => void navigate(`/reports/${r.id}`) }),
  );
  return (
    <Paper withBorder p="lg" radius="md" data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("home.year")}</Table.Th>
            <Table.Th>{t("home.township")}</Table.Th>
            <Table.Th>{t("home.status")}</Table.Th>
            <Table.Th>{t("home.deadline")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.yearId}/${r.orgId}`}>
              <Table.Td>{t("report.year", { year: r.year })}</Table.Td>
              <Table.Td>{r.orgName}</Table.Td>
              <Table.Td>
                <ReportStatusBadge status={r.status} />
              </Table.Td>
              <Table.Td>{r.deadline ? formatDate(r.deadline, locale) : "—"}</Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="light"
                  disabled={!r.reportId && !r.canOpen}
                  title={!r.reportId && !r.canOpen ? t("security.notStarted") : undefined}
                  loading={
                    open.isPending && open.variables?.orgId === r.orgId && open.variables.yearId === r.yearId
                  }
                  onClick={() =>
                    r.reportId
                      ? void navigate(`/reports/${r.reportId}`)
                      : open.mutate({ yearId: r.yearId, orgId: r.orgId })
                  }
                >
                  {r.canEdit && (r.status === "draft" || r.status === "returned")
                    ? t("home.fill")
                    : t("home.open")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
