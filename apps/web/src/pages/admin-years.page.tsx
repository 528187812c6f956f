import {
  Alert,
  Box,
  Button,
  Container,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "../components/PageHeader.tsx";
import { ErrorState } from "../components/ErrorState.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { YearStatusBadge } from "../components/YearStatusBadge.tsx";
import { useTRPC } from "../trpc.ts";

/** /admin/years — an administrator's report years, and a new year from a preset or a copy. */
export function AdminYearsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const regions = useQuery(trpc.yearAdmin.regions.queryOptions());
  const [regionChoice, setRegionChoice] = useState<string | null>(null);
  const regionId = regionChoice ?? regions.data?.[0]?.id ?? null;
  const years = useQuery({
    ...trpc.yearAdmin.list.queryOptions({ regionId: regionId ?? undefined }),
    enabled: regionId !== null,
  });
  const presets = useQuery(trpc.yearAdmin.presets.queryOptions());
  const allYears = useQuery(trpc.yearAdmin.list.queryOptions({}));
  const [newYear, setNewYear] = useState<number | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const create = useMutation(
    trpc.yearAdmin.create.mutationOptions({ onSuccess: (r) => void navigate(`/admin/years/${r.id}`) }),
  );

  const nextYear =
    newYear ?? Math.max(new Date().getFullYear() - 1, ...(years.data ?? []).map((y) => y.year + 1));
  const sources = useMemo(
    () => [
      ...(presets.data ?? []).map((p) => ({
        value: `preset:${p.id}`,
        label: t("admin.fromPreset", { title: p.title }),
      })),
      ...(allYears.data ?? []).map((y) => ({
        value: `copy:${y.id}`,
        label: t("admin.fromCopy", { year: y.year, region: y.regionName }),
      })),
    ],
    [presets.data, allYears.data, t],
  );
  const source = from ?? sources.find((s) => s.value.startsWith("copy:"))?.value ?? sources[0]?.value ?? null;

  return (
    <Box mih="100vh" bg="gray.0">
      <title>{`${t("admin.title")} · ${t("app.name")}`}</title>
      <PageHeader subtitle={t("admin.title")} />
      <Container size="md" py="xl">
        <Stack gap="lg">
          <Group justify="space-between" align="flex-end">
            <Title order={2}>{t("admin.title")}</Title>
            {regions.data && regions.data.length > 1 ? (
              <Select
                label={t("admin.region")}
                data={regions.data.map((r) => ({ value: r.id, label: r.name }))}
                value={regionId}
                onChange={setRegionChoice}
                allowDeselect={false}
              />
            ) : null}
          </Group>
          <Paper withBorder p="lg" radius="md">
            <Title order={4} mb="sm">
              {t("admin.years")}
            </Title>
            {regions.isPending || years.isPending ? (
              <LoadingState minHeight={120} />
            ) : regions.error || years.error ? (
              <ErrorState error={regions.error ?? years.error} />
            ) : years.data.length === 0 ? (
              <Text c="dimmed">{t("admin.noYears")}</Text>
            ) : (
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("admin.colYear")}</Table.Th>
                    <Table.Th>{t("admin.colStatus")}</Table.Th>
                    <Table.Th>{t("admin.colDeadline")}</Table.Th>
                    <Table.Th>{t("admin.colAssigned")}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {years.data.map((y) => (
                    <Table.Tr key={y.id}>
                      <Table.Td fw={600}>{y.year}</Table.Td>
                      <Table.Td>
                        <YearStatusBadge status={y.status} revision={y.templateRevision} />
                      </Table.Td>
                      <Table.Td>{y.deadline ?? "—"}</Table.Td>
                      <Table.Td>{t("admin.assignedN", { count: y.assigned })}</Table.Td>
                      <Table.Td ta="right">
                        <Button
                          component={Link}
                          to={`/admin/years/${y.id}`}
                          size="xs"
                          variant="light"
                          aria-label={`${t("admin.open")} ${y.year}`}
                        >
                          {t("admin.open")}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
          <Paper withBorder p="lg" radius="md">
            <Title order={4} mb="sm">
              {t("admin.createTitle")}
            </Title>
            <Group align="flex-end">
              <NumberInput
                label={t("admin.createYear")}
                w={120}
                min={2000}
                max={2100}
                value={nextYear}
                onChange={(v) => setNewYear(typeof v === "number" ? v : null)}
              />
              <Select
                label={t("admin.createFrom")}
                style={{ flex: 1 }}
                data={sources}
                value={source}
                onChange={setFrom}
                allowDeselect={false}
              />
              <Button
                loading={create.isPending}
                disabled={!regionId || !source}
                onClick={() => {
                  if (!regionId || !source) return;
                  const [kind, ref] = source.split(":") as ["preset" | "copy", string];
                  create.mutate({
                    regionId,
                    year: nextYear,
                    from:
                      kind === "preset"
                        ? { kind, preset: ref as "official" | "reference-2023" }
                        : { kind, yearId: ref },
                  });
                }}
              >
                {t("admin.create")}
              </Button>
            </Group>
            {create.error ? (
              <Alert color="red" variant="light" mt="sm" title={t("admin.createFailed")}>
                {create.error.message}
              </Alert>
            ) : null}
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}
