import { Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAppLocale } from "../../hooks/use-app-locale.ts";
import { share, type CompletenessView } from "../../lib/dashboard.ts";
import { formatDate, formatSavedAt } from "../../lib/format.ts";
import { ImportedBadge } from "../ImportedBadge.tsx";

const STATUS_COLORS: Record<string, string> = {
  draft: "yellow",
  submitted: "blue",
  returned: "orange",
  approved: "green",
  none: "gray",
};

function Stat({ label, value, hint }: { label: string; value: number | string; hint?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}

/** Expected, started, submitted, approved and on-time reports: overall, per row with drill-down, per section. */
export function CompletenessPanel({ data, year }: { data: CompletenessView; year: number }) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const o = data.overall;
  return (
    <Stack gap="md" data-testid="completeness">
      <Group justify="space-between" align="baseline">
        <Title order={3}>{t("dashboard.completeness")}</Title>
        {data.deadline ? (
          <Text size="sm" c="dimmed">
            {t("dashboard.deadline", { date: formatDate(data.deadline, locale) })}
          </Text>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Stat label={t("dashboard.expected")} value={o.expected} />
        <Stat label={t("dashboard.started")} value={o.started} hint={share(o.started, o.expected)} />
        <Stat label={t("dashboard.submitted")} value={o.submitted} hint={share(o.submitted, o.expected)} />
        <Stat label={t("dashboard.approved")} value={o.approved} hint={share(o.approved, o.expected)} />
        <Stat label={t("dashboard.onTime")} value={o.onTime} hint={share(o.onTime, o.expected)} />
      </SimpleGrid>
      <Table striped withTableBorder highlightOnHover aria-label={t("dashboard.completeness")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("dashboard.org")}</Table.Th>
            <Table.Th>{t("dashboard.status")}</Table.Th>
            <Table.Th ta="right">{t("dashboard.expected")}</Table.Th>
            <Table.Th ta="right">{t("dashboard.submitted")}</Table.Th>
            <Table.Th ta="right">{t("dashboard.approved")}</Table.Th>
            <Table.Th ta="right">{t("dashboard.onTime")}</Table.Th>
            <Table.Th>{t("dashboard.submittedAt")}</Table.Th>
            <Table.Th ta="right">{t("dashboard.sectionsDone")}</Table.Th>
            <Table.Th ta="right" title={t("textFigures.unboundHint")}>
              {t("textFigures.unbound")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((r) => {
            const township = r.org.kind === "township" || r.org.kind === "street";
            const status = township ? (r.status ?? "none") : null;
            const late = township && r.submitted > 0 && r.onTime === 0;
            return (
              <Table.Tr key={r.org.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={
                      township
                        ? `/dashboard/townships/${r.org.id}?year=${year}`
                        : `/dashboard?region=${r.org.id}&year=${year}`
                    }
                  >
                    {r.org.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {status ? (
                    <Group gap={4}>
                      <Badge size="sm" variant="light" color={STATUS_COLORS[status]}>
                        {t(`dashboard.statusValue.${status as "none"}`)}
                      </Badge>
                      {late ? (
                        <Badge size="sm" color="red" variant="outline">
                          {t("dashboard.late")}
                        </Badge>
                      ) : null}
                      <ImportedBadge imported={r.imported} />
                    </Group>
                  ) : (
                    share(r.submitted, r.expected)
                  )}
                </Table.Td>
                <Table.Td ta="right">{r.expected}</Table.Td>
                <Table.Td ta="right">{r.submitted}</Table.Td>
                <Table.Td ta="right">{r.approved}</Table.Td>
                <Table.Td ta="right">{r.onTime}</Table.Td>
                <Table.Td>{r.submittedAt ? formatSavedAt(new Date(r.submittedAt), locale) : "—"}</Table.Td>
                <Table.Td ta="right">
                  {township ? `${r.sectionsComplete} / ${data.sections.length}` : "—"}
                </Table.Td>
                <Table.Td ta="right" data-testid="unbound-figures">
                  {township ? r.unboundFigures : "—"}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Title order={4}>{t("dashboard.bySection")}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
        {data.sections.map((s) => (
          <Paper key={s.key} withBorder p="xs" radius="sm">
            <Text size="sm" fw={500} truncate>
              {s.heading}
            </Text>
            <Progress.Root size="sm" mt={4}>
              <Progress.Section
                value={s.expected ? (s.complete / s.expected) * 100 : 0}
                color="green"
                aria-label={`${s.heading} ${t("dashboard.progressComplete")}`}
              />
              <Progress.Section
                value={s.expected ? ((s.started - s.complete) / s.expected) * 100 : 0}
                color="yellow"
                aria-label={`${s.heading} ${t("dashboard.progressStarted")}`}
              />
            </Progress.Root>
            <Text size="xs" c="dimmed" mt={2}>
              {t("dashboard.sectionStarted", {
                started: s.started,
                expected: s.expected,
                complete: s.complete,
              })}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
