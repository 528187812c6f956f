import { Button, Group, Pagination, Paper, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { t as localized } from "@nianbao/sdk";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../../hooks/use-app-locale.ts";
import { useTRPC } from "../../trpc.ts";
import { ChangesTable } from "../ChangesTable.tsx";

const PAGE_SIZE = 25;

interface Filters {
  actorId?: string;
  action?: string;
  yearId?: string;
  orgId?: string;
  from?: string;
  to?: string;
}

/** The administrator's audit log: filters (who, what, year, unit, from–to), pages from the server, CSV export. */
export function AuditLog() {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const trpc = useTRPC();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const choices = useQuery(trpc.audit.choices.queryOptions());
  const log = useQuery({
    ...trpc.audit.list.queryOptions({ ...filters, locale, page, pageSize: PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });
  const set = (key: keyof Filters) => (value: string | null) => {
    setPage(1);
    setFilters((f) => ({ ...f, [key]: value || undefined }));
  };
  const csvHref = `/api/exports/audit-log?${new URLSearchParams({ ...(filters as Record<string, string>), locale })}`;
  const c = choices.data;
  const actionData = c
    ? Object.entries(c.kinds).map(([kind, label]) => ({
        group: localized(label, locale),
        items: [
          { value: kind, label: t("changes.auditAllOfKind", { kind: localized(label, locale) }) },
          ...Object.entries(c.actions)
            .filter(([a]) => a.startsWith(`${kind}.`))
            .map(([a, l]) => ({ value: a, label: localized(l, locale) })),
        ],
      }))
    : [];
  const total = log.data?.total ?? 0;
  return (
    <Stack gap="sm" data-testid="audit-log">
      <Paper withBorder p="sm" radius="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t("changes.auditWho")}
            placeholder={t("changes.auditAny")}
            data={(c?.actors ?? []).map((a) => ({ value: a.id, label: a.name }))}
            value={filters.actorId ?? null}
            onChange={set("actorId")}
            clearable
            searchable
            w={180}
            data-testid="audit-filter-actor"
          />
          <Select
            label={t("changes.auditWhat")}
            placeholder={t("changes.auditAny")}
            data={actionData}
            value={filters.action ?? null}
            onChange={set("action")}
            clearable
            w={220}
            data-testid="audit-filter-action"
          />
          <Select
            label={t("changes.auditYear")}
            placeholder={t("changes.auditAny")}
            data={(c?.years ?? []).map((y) => ({ value: y.id, label: String(y.year) }))}
            value={filters.yearId ?? null}
            onChange={set("yearId")}
            clearable
            w={120}
            data-testid="audit-filter-year"
          />
          <Select
            label={t("changes.auditOrg")}
            placeholder={t("changes.auditAny")}
            data={(c?.orgs ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={filters.orgId ?? null}
            onChange={set("orgId")}
            clearable
            searchable
            w={160}
            data-testid="audit-filter-org"
          />
          <TextInput
            type="date"
            label={t("changes.auditFrom")}
            value={filters.from ?? ""}
            onChange={(e) => set("from")(e.currentTarget.value)}
            w={150}
            data-testid="audit-filter-from"
          />
          <TextInput
            type="date"
            label={t("changes.auditTo")}
            value={filters.to ?? ""}
            onChange={(e) => set("to")(e.currentTarget.value)}
            w={150}
            data-testid="audit-filter-to"
          />
          <Button component="a" href={csvHref} variant="light" data-testid="audit-csv">
            {t("changes.auditCsv")}
          </Button>
        </Group>
      </Paper>
      {log.error ? <Text c="red">{log.error.message}</Text> : null}
      <Text size="sm" c="dimmed" data-testid="audit-total">
        {t("changes.auditTotal", { count: total })}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table striped fz="sm" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t("manage.when")}</Table.Th>
              <Table.Th w={130}>{t("manage.who")}</Table.Th>
              <Table.Th w={200}>{t("manage.what")}</Table.Th>
              <Table.Th>{t("manage.beforeAfter")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data?.rows.map((e) => (
              <Table.Tr key={e.id} data-testid="audit-row">
                <Table.Td>{new Date(e.at).toLocaleString(locale)}</Table.Td>
                <Table.Td>{e.actor ?? t("changes.auditSystem")}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {e.actionLabel}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[e.orgName, e.year ? t("changes.auditYearOf", { year: e.year }) : null, e.section]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ChangesTable changes={e.changes} max={6} testId="audit-changes" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > PAGE_SIZE ? (
        <Pagination
          total={Math.ceil(total / PAGE_SIZE)}
          value={page}
          onChange={setPage}
          size="sm"
          data-testid="audit-pages"
          getControlProps={(control) => ({ "aria-label": t(`changes.page_${control}`) })}
          getItemProps={(p) => ({ "aria-label": t("changes.pageN", { page: p }) })}
        />
      ) : null}
    </Stack>
  );
}
