import {
  Alert,
  Badge,
  Box,
  Code,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { formatNumber, t as tr, type AnySectionPlugin } from "@nianbao/sdk";
import { useSectionForm } from "@nianbao/sdk/react";
import { sectionFixtures, sections } from "@nianbao/sections";
import { useQuery } from "@tanstack/react-query";
import { Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChecksList } from "../components/ChecksList.tsx";
import { DocumentPreview } from "../components/DocumentPreview.tsx";
import { ErrorBoundary } from "../components/ErrorBoundary.tsx";
import { ErrorState } from "../components/ErrorState.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { usePluginForm } from "../hooks/use-plugin-form.ts";
import { focusField } from "../lib/focus-field.ts";
import {
  evaluateSandbox,
  fixtureData,
  fixtureOptions,
  parseSandboxSettings,
  type FixtureOption,
} from "../lib/sandbox.ts";
import { useTRPC } from "../trpc.ts";

/**
 * The plugin sandbox (developers and administrators): pick an installed plugin and one of its fixtures,
 * edit its form, and see validation, checks, metrics and the rendered blocks live — all computed in the
 * browser with the SDK, nothing written to the database. (Issue 5 restricts the route to administrators
 * and development mode.)
 */
export function SandboxPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const list = useQuery(trpc.plugin.list.queryOptions());
  const { locale } = useAppLocale();
  const [pluginId, setPluginId] = useState<string | null>(null);
  const [fixture, setFixture] = useState("defaults");
  const [settingsText, setSettingsText] = useState("{}");
  const plugin = pluginId ? sections.get(pluginId) : undefined;
  const options = useMemo(() => fixtureOptions(pluginId ? sectionFixtures[pluginId] : undefined), [pluginId]);

  useEffect(() => {
    if (!pluginId && list.data?.length) setPluginId(list.data[0]!.id);
  }, [list.data, pluginId]);

  const kindLabel = (k: FixtureOption["kind"]) => t(`sandbox.fixtureKind.${k}` as const);
  return (
    <Box mih="100vh">
      <PageHeader subtitle={t("sandbox.title")} />
      <Stack component="main" id="main-content" p="lg" gap="md">
        <div>
          <Title order={2}>{t("sandbox.title")}</Title>
          <Text c="dimmed" size="sm">
            {t("sandbox.intro")}
          </Text>
        </div>
        {list.isPending ? (
          <LoadingState />
        ) : list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Group align="flex-end" gap="md">
            <Select
              label={t("sandbox.plugin")}
              w={320}
              searchable
              data={list.data.map((p) => ({
                value: p.id,
                label: `${tr(p.title, locale)}（${p.id} v${p.version}）`,
              }))}
              value={pluginId}
              onChange={(v) => {
                setPluginId(v);
                setFixture("defaults");
                setSettingsText("{}");
              }}
              allowDeselect={false}
            />
            <Select
              label={t("sandbox.fixture")}
              w={300}
              data={options.map((o) => ({
                value: o.value,
                label:
                  o.kind === "defaults"
                    ? kindLabel("defaults")
                    : t("sandbox.fixtureLabel", {
                        kind: kindLabel(o.kind),
                        name: `${o.name}${o.version ? ` (v${o.version})` : ""}`,
                      }),
              }))}
              value={fixture}
              onChange={(v) => v && setFixture(v)}
              allowDeselect={false}
            />
          </Group>
        )}
        {plugin ? (
          <SandboxWorkspace
            key={`${plugin.id}/${fixture}`}
            plugin={plugin}
            initial={fixtureData(plugin, sectionFixtures[plugin.id], fixture)}
            validateOnMount={fixture.startsWith("invalid:")}
            settingsText={settingsText}
            onSettingsText={setSettingsText}
          />
        ) : null}
      </Stack>
    </Box>
  );
}

function SandboxWorkspace({
  plugin,
  initial,
  validateOnMount,
  settingsText,
  onSettingsText,
}: {
  plugin: AnySectionPlugin;
  initial: unknown;
  validateOnMount: boolean;
  settingsText: string;
  onSettingsText: (text: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const form = useSectionForm(plugin, initial);
  const PluginForm = usePluginForm(plugin);
  const formRoot = useRef<HTMLDivElement>(null);
  const settings = parseSandboxSettings(plugin, settingsText);
  const values = useDeferredValue(form.values);
  const settingsValue = settings.ok ? settings.value : {};
  const result = useMemo(
    () => evaluateSandbox(plugin, values, settingsValue, locale),
    [plugin, values, settingsValue, locale],
  );

  const { validate } = form;
  useEffect(() => {
    if (validateOnMount) validate();
  }, [validateOnMount, validate]);

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Paper withBorder radius="md" p="md" data-testid="section-form" ref={formRoot}>
          <ErrorBoundary
            fallback={(error) => <ErrorState title={t("section.formLoadFailed")} error={error} />}
          >
            <Suspense fallback={<LoadingState />}>
              <PluginForm form={form} settings={settingsValue} />
            </Suspense>
          </ErrorBoundary>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Stack gap="md">
          <Paper withBorder radius="md" p="sm">
            <Textarea
              label={t("sandbox.settings")}
              description={t("sandbox.settingsHelp")}
              value={settingsText}
              onChange={(e) => onSettingsText(e.currentTarget.value)}
              error={settings.ok ? undefined : settings.error}
              autosize
              minRows={1}
              maxRows={6}
              styles={{ input: { fontFamily: "monospace" } }}
            />
            {settings.ok ? (
              <Text size="xs" c="dimmed" mt={4}>
                {t("sandbox.settingsEffective")} <Code>{JSON.stringify(settings.value)}</Code>
              </Text>
            ) : null}
          </Paper>
          <Paper withBorder radius="md" p="sm" data-testid="sandbox-validation">
            <Group gap={8} mb={6}>
              <Text size="sm" fw={600}>
                {t("sandbox.validation")}
              </Text>
              {result.issues.length === 0 ? (
                <Badge color="green" variant="light">
                  {t("sandbox.valid")}
                </Badge>
              ) : (
                <Badge color="red">{t("sandbox.invalidCount", { count: result.issues.length })}</Badge>
              )}
            </Group>
            {result.issues.length ? (
              <Stack gap={2}>
                {result.issues.map((i, n) => (
                  <Text key={n} size="sm" c="red.8">
                    <Code>{i.path || "—"}</Code> {i.message}
                  </Text>
                ))}
              </Stack>
            ) : null}
          </Paper>
          {result.issues.length === 0 ? (
            result.checks.length ? (
              <ChecksList
                checks={result.checks}
                onFocus={(path) => formRoot.current && focusField(formRoot.current, path)}
              />
            ) : (
              <Paper withBorder radius="md" p="sm" data-testid="checks">
                <Text size="sm" fw={600}>
                  {t("section.checks")}
                </Text>
                <Text size="sm" c="dimmed">
                  {t("sandbox.noChecks")}
                </Text>
              </Paper>
            )
          ) : null}
          {result.metrics.length ? (
            <Paper withBorder radius="md" p="sm">
              <Text size="sm" fw={600} mb={6}>
                {t("sandbox.metrics")}
              </Text>
              <Table withTableBorder data-testid="sandbox-metrics" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("sandbox.metric")}</Table.Th>
                    <Table.Th>{t("sandbox.value")}</Table.Th>
                    <Table.Th>{t("sandbox.aggregate")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.metrics.map((m) => (
                    <Table.Tr key={m.key} data-metric={m.key}>
                      <Table.Td>
                        {m.label} <Code>{m.key}</Code>
                      </Table.Td>
                      <Table.Td>{metricText(m.value, m.unit, t("sandbox.notEntered"))}</Table.Td>
                      <Table.Td>
                        {t(`sandbox.aggregateKind.${m.aggregate as "sum" | "rate" | "max" | "min"}` as const)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          ) : null}
          {result.renderError ? (
            <Alert color="red" variant="light" title={t("sandbox.renderFailed")}>
              {result.renderError}
            </Alert>
          ) : null}
          {result.html !== null ? (
            <Tabs defaultValue="document" variant="outline">
              <Tabs.List>
                <Tabs.Tab value="document">{t("sandbox.document")}</Tabs.Tab>
                <Tabs.Tab value="blocks">{t("sandbox.blocks")}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="document" pt="sm">
                <DocumentPreview html={result.html} label={t("sandbox.document")} />
              </Tabs.Panel>
              <Tabs.Panel value="blocks" pt="sm">
                <Code block data-testid="sandbox-blocks">
                  {JSON.stringify(result.blocks, null, 2)}
                </Code>
              </Tabs.Panel>
            </Tabs>
          ) : (
            <Text size="sm" c="dimmed">
              {t("sandbox.notRendered")}
            </Text>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function metricText(
  v: { value: number | null; numerator: number | null; denominator: number | null; lowerBound: boolean },
  unit: string,
  none: string,
): string {
  if (v.numerator !== null || v.denominator !== null) {
    const ratio = `${v.numerator ?? "—"}/${v.denominator ?? "—"}`;
    return v.value === null ? `${ratio}（无）` : `${formatNumber(v.value, 1)}${unit}（${ratio}）`;
  }
  if (v.value === null) return none;
  return `${formatNumber(v.value)}${v.lowerBound ? "余" : ""}${unit}`;
}
