import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Container,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { t as text } from "@nianbao/sdk";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ErrorState } from "../components/ErrorState.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { cellText, changeText } from "../lib/dashboard.ts";
import { useTRPC } from "../trpc.ts";

/** One township's figures: this year, last year and its county's total beside them, large jumps flagged. */
export function TownshipDashboardPage() {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const trpc = useTRPC();
  const { orgId = "" } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get("year")) || new Date().getFullYear() - 1;
  const q = useQuery(trpc.dashboard.township.queryOptions({ orgId, year }));
  const d = q.data;
  const jumps = d?.lines.filter((l) => l.jump).length ?? 0;

  return (
    <Box mih="100vh" bg="gray.0">
      <PageHeader subtitle={t("app.tagline")} />
      <Container size="lg" py="lg">
        {q.error ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : !d ? (
          <LoadingState minHeight={240} />
        ) : (
          <Stack gap="md">
            <Group justify="space-between" align="flex-end">
              <div>
                {d.parent ? (
                  <Anchor component={Link} to={`/dashboard?region=${d.parent.id}&year=${year}`} size="sm">
                    ← {t("township.back", { name: d.parent.name })}
                  </Anchor>
                ) : null}
                <Title order={2}>{t("township.title", { name: d.org.name, year })}</Title>
              </div>
              <Group gap="sm">
                {d.previousReportId ? (
                  <Button component={Link} to={`/reports/${d.previousReportId}`} variant="default" size="sm">
                    {t("township.previousReport")}
                  </Button>
                ) : null}
                {d.reportId ? (
                  <Button component={Link} to={`/reports/${d.reportId}`} size="sm">
                    {t("dashboard.openReport")}
                  </Button>
                ) : null}
              </Group>
            </Group>
            {d.status ? (
              <Text size="sm">
                {t("dashboard.status")}：{t(`dashboard.statusValue.${d.status}`)}
              </Text>
            ) : (
              <Alert color="gray">{t("township.noReport")}</Alert>
            )}
            {jumps > 0 ? (
              <Alert color="orange" title={t("township.jumps", { count: jumps })}>
                {t("township.jump")}
              </Alert>
            ) : null}
            <Paper withBorder radius="md" p="md">
              <Table
                striped
                withTableBorder
                fz="sm"
                aria-label={t("township.title", { name: d.org.name, year })}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("dashboard.section")}</Table.Th>
                    <Table.Th>{t("dashboard.metric")}</Table.Th>
                    <Table.Th ta="right">{t("township.current")}</Table.Th>
                    <Table.Th ta="right">{t("township.previous")}</Table.Th>
                    <Table.Th ta="right">{t("dashboard.change")}</Table.Th>
                    <Table.Th ta="right">{t("township.region", { name: d.parent?.name ?? "" })}</Table.Th>
                    <Table.Th ta="right">{t("dashboard.target")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.lines.map((l) => (
                    <Table.Tr
                      key={`${l.column.pluginId}.${l.column.key}`}
                      bg={l.jump ? "orange.0" : undefined}
                    >
                      <Table.Td c="dimmed">{l.group}</Table.Td>
                      <Table.Td>
                        {text(l.column.label, locale)}（{l.column.unit}）
                      </Table.Td>
                      <Table.Td
                        ta="right"
                        c={l.current.miss ? "red.8" : undefined}
                        fw={l.current.miss ? 700 : undefined}
                      >
                        {cellText(l.current, l.column.aggregate)}
                      </Table.Td>
                      <Table.Td ta="right">{cellText(l.previous, l.column.aggregate)}</Table.Td>
                      <Table.Td ta="right">
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          {changeText(l.previous.value, l.current.value, l.column.aggregate, locale) ?? "—"}
                          {l.jump ? (
                            <Tooltip label={t("township.jump")}>
                              <Badge size="xs" color="orange" data-testid="jump">
                                !
                              </Badge>
                            </Tooltip>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">{cellText(l.region, l.column.aggregate)}</Table.Td>
                      <Table.Td ta="right" c="dimmed">
                        {l.column.target === null
                          ? ""
                          : l.column.aggregate === "rate"
                            ? `≥${l.column.target}%`
                            : `≥${l.column.target}`}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          </Stack>
        )}
      </Container>
    </Box>
  );
}
