import {
  Anchor,
  Box,
  Button,
  Container,
  Group,
  Menu,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { t as text } from "@nianbao/sdk";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { CompletenessPanel } from "../components/dashboard/CompletenessPanel.tsx";
import { MetricChart, type ChartRow } from "../components/dashboard/MetricChart.tsx";
import { MetricsTable } from "../components/dashboard/MetricsTable.tsx";
import { ErrorState } from "../components/ErrorState.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { cellKey, cellText, changeText, exportUrl } from "../lib/dashboard.ts";
import { useTRPC } from "../trpc.ts";

function DownloadMenu({
  regionId,
  year,
  pluginId,
}: {
  regionId: string;
  year: number;
  pluginId: string | null;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="light" size="sm">
          {t("dashboard.download")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {(["metrics", "completeness"] as const).map((kind) => (
          <Box key={kind}>
            <Menu.Label>
              {t(kind === "metrics" ? "dashboard.downloadMetrics" : "dashboard.downloadCompleteness")}
            </Menu.Label>
            {(["xlsx", "csv"] as const).map((format) => (
              <Menu.Item
                key={format}
                component="a"
                href={exportUrl({ kind, format, regionId, year, pluginId, locale })}
                download
              >
                {t(kind === "metrics" ? "dashboard.downloadMetrics" : "dashboard.downloadCompleteness")} ·{" "}
                {t(`dashboard.${format}`)}
              </Menu.Item>
            ))}
          </Box>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filters = useQuery(trpc.dashboard.filters.queryOptions());

  const regions = filters.data?.regions ?? [];
  const years = filters.data?.years ?? [];
  const regionId = params.get("region") ?? regions.find((r) => !r.parentId)?.id ?? regions[0]?.id ?? null;
  const year = Number(params.get("year")) || years[0] || null;
  const pluginId = params.get("section");
  const ready = !!regionId && !!year;
  const scope = { regionId: regionId ?? "", year: year ?? 0 };
  const hasPrevious = !!year && years.includes(year - 1);

  const completeness = useQuery(trpc.dashboard.completeness.queryOptions(scope, { enabled: ready }));
  const all = useQuery(trpc.dashboard.metrics.queryOptions(scope, { enabled: ready }));
  const metrics = useQuery(
    trpc.dashboard.metrics.queryOptions({ ...scope, ...(pluginId ? { pluginId } : {}) }, { enabled: ready }),
  );
  const previous = useQuery(
    trpc.dashboard.metrics.queryOptions(
      { ...scope, year: (year ?? 1) - 1, ...(pluginId ? { pluginId } : {}) },
      { enabled: ready && hasPrevious },
    ),
  );
  const trend = useQuery(
    trpc.dashboard.trend.queryOptions(
      { orgId: scope.regionId, years: hasPrevious ? [scope.year - 1, scope.year] : [scope.year] },
      { enabled: ready },
    ),
  );

  const columns = useMemo(
    () => metrics.data?.groups.flatMap((g) => g.metrics.map((m) => ({ ...m, group: g.heading }))) ?? [],
    [metrics.data],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  // By default the first metric the year sets a target for (the county's key figures), else the first with data.
  const hasData = (c: (typeof columns)[number]) => metrics.data?.total[cellKey(c)]?.value !== null;
  const chartColumn =
    columns.find((c) => cellKey(c) === chosen) ??
    columns.find((c) => c.target !== null && hasData(c)) ??
    columns.find(hasData) ??
    columns[0];

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  const chartRows: ChartRow[] = [];
  const series = hasPrevious ? [String((year ?? 0) - 1), String(year)] : [String(year)];
  if (metrics.data && chartColumn) {
    const k = cellKey(chartColumn);
    const prev = new Map(previous.data?.rows.map((r) => [r.org.id, r.cells[k]?.value ?? null]) ?? []);
    for (const r of metrics.data.rows) {
      chartRows.push({
        name: r.org.name,
        miss: r.cells[k]?.miss ?? false,
        [String(year)]: r.cells[k]?.value ?? null,
        ...(hasPrevious ? { [String((year ?? 0) - 1)]: prev.get(r.org.id) ?? null } : {}),
      });
    }
  }

  const regionName = regions.find((r) => r.id === regionId)?.name ?? "";
  return (
    <Box mih="100vh" bg="gray.0">
      <PageHeader subtitle={t("app.tagline")} />
      <Container component="main" id="main-content" size="xl" py="lg">
        <Stack gap="lg">
          <Group justify="space-between" align="flex-end">
            <Title order={2}>
              {t("dashboard.title")}
              {regionName ? ` · ${regionName}` : ""}
            </Title>
            <Group gap="sm" align="flex-end">
              <Select
                label={t("dashboard.region")}
                data={regions.map((r) => ({ value: r.id, label: r.name }))}
                value={regionId}
                onChange={(v) => set("region", v)}
                allowDeselect={false}
                searchable
                w={180}
              />
              <Select
                label={t("dashboard.year")}
                data={years.map((y) => ({ value: String(y), label: t("dashboard.yearOption", { year: y }) }))}
                value={year ? String(year) : null}
                onChange={(v) => set("year", v)}
                allowDeselect={false}
                w={130}
              />
              <Select
                label={t("dashboard.section")}
                data={[
                  { value: "", label: t("dashboard.allSections") },
                  ...(all.data?.groups.map((g) => ({ value: g.pluginId, label: g.heading })) ?? []),
                ]}
                value={pluginId ?? ""}
                onChange={(v) => set("section", v || null)}
                allowDeselect={false}
                w={240}
              />
              {ready ? (
                <DownloadMenu regionId={scope.regionId} year={scope.year} pluginId={pluginId} />
              ) : null}
            </Group>
          </Group>

          {filters.error ? <ErrorState error={filters.error} onRetry={() => void filters.refetch()} /> : null}
          {!ready && filters.isPending ? <LoadingState minHeight={200} /> : null}

          <Paper withBorder p="lg" radius="md">
            {completeness.error ? (
              <ErrorState error={completeness.error} onRetry={() => void completeness.refetch()} />
            ) : completeness.data ? (
              completeness.data.overall.expected === 0 ? (
                <Text c="dimmed">{t("dashboard.noData")}</Text>
              ) : (
                <CompletenessPanel data={completeness.data} year={scope.year} />
              )
            ) : (
              <LoadingState minHeight={160} />
            )}
          </Paper>

          <Paper withBorder p="lg" radius="md">
            <Stack gap="sm">
              <Group justify="space-between" align="baseline">
                <Title order={3}>{t("dashboard.metrics")}</Title>
                <Text size="xs" c="dimmed">
                  {t("dashboard.missHint")}；{t("dashboard.lowerBoundHint")}
                </Text>
              </Group>
              {metrics.error ? (
                <ErrorState error={metrics.error} onRetry={() => void metrics.refetch()} />
              ) : metrics.data ? (
                <MetricsTable data={metrics.data} />
              ) : (
                <LoadingState minHeight={160} />
              )}
            </Stack>
          </Paper>

          {chartColumn ? (
            <Paper withBorder p="lg" radius="md">
              <Stack gap="sm">
                <Group justify="space-between" align="flex-end">
                  <Title order={3}>{t("dashboard.chart")}</Title>
                  <Select
                    label={t("dashboard.chartMetric")}
                    data={columns.map((c) => ({
                      value: cellKey(c),
                      label: `${c.group} · ${text(c.label, locale)}`,
                    }))}
                    value={cellKey(chartColumn)}
                    onChange={setChosen}
                    allowDeselect={false}
                    searchable
                    w={360}
                  />
                </Group>
                <MetricChart rows={chartRows} series={series} column={chartColumn} />
              </Stack>
            </Paper>
          ) : null}

          {trend.data && trend.data.points.length > 1 ? (
            <Paper withBorder p="lg" radius="md">
              <Stack gap="sm">
                <Title order={3}>{t("dashboard.yoyTitle", { name: trend.data.org.name })}</Title>
                {trend.data.likeForLike ? (
                  <Text size="sm" c="dimmed">
                    {t("dashboard.likeForLikeHint")}
                  </Text>
                ) : null}
                <Table.ScrollContainer
                  minWidth={500}
                  maxHeight={420}
                  scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}
                >
                  <Table striped withTableBorder stickyHeader fz="sm" aria-label={t("dashboard.yoy")}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t("dashboard.section")}</Table.Th>
                        <Table.Th>{t("dashboard.metric")}</Table.Th>
                        {trend.data.points.map((p) => (
                          <Table.Th key={p.year} ta="right">
                            {t("dashboard.thisYear", { year: p.year })}
                          </Table.Th>
                        ))}
                        <Table.Th ta="right">{t("dashboard.change")}</Table.Th>
                        {trend.data.likeForLike ? (
                          <Table.Th ta="right">{t("dashboard.comparable")}</Table.Th>
                        ) : null}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {trend.data.groups
                        .filter((g) => !pluginId || g.pluginId === pluginId)
                        .flatMap((g) =>
                          g.metrics.map((m) => {
                            const [a, b] = trend.data.points.map((p) => p.cells[cellKey(m)]);
                            return (
                              <Table.Tr key={cellKey(m)}>
                                <Table.Td c="dimmed">{g.heading}</Table.Td>
                                <Table.Td>
                                  {text(m.label, locale)}（{m.unit}）
                                </Table.Td>
                                <Table.Td ta="right">{cellText(a, m.aggregate)}</Table.Td>
                                <Table.Td ta="right">{cellText(b, m.aggregate)}</Table.Td>
                                <Table.Td ta="right">
                                  {changeText(a?.value ?? null, b?.value ?? null, m.aggregate, locale) ?? "—"}
                                </Table.Td>
                                {trend.data.likeForLike ? (
                                  <Table.Td ta="right">
                                    {t("dashboard.comparableCount", { count: b?.reporting ?? 0 })}
                                  </Table.Td>
                                ) : null}
                              </Table.Tr>
                            );
                          }),
                        )}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            </Paper>
          ) : null}
          <Anchor href="/" size="sm">
            {t("app.home")}
          </Anchor>
        </Stack>
      </Container>
    </Box>
  );
}
