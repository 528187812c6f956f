import { Alert, Button, Select, Stack, Text } from "@mantine/core";
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useAppLocale } from "../hooks/use-app-locale.ts";
import { formatDate } from "../lib/format.ts";
import { groupTownships, type Township } from "../lib/townships.ts";
import { useTRPC } from "../trpc.ts";

/** Choose a township and a year, open (creating on first use) the report, and go to it. */
export function OpenReportForm({ townships }: { townships: readonly Township[] }) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [chosenYearId, setChosenYearId] = useState<string | null>(null);

  const years = useQuery(trpc.year.forOrg.queryOptions(orgId ? { orgId } : skipToken));
  // The newest year is preselected; a choice the user made wins while it is still offered.
  const yearId = years.data?.some((y) => y.id === chosenYearId)
    ? chosenYearId
    : (years.data?.[0]?.id ?? null);
  const year = years.data?.find((y) => y.id === yearId);

  const open = useMutation(
    trpc.report.open.mutationOptions({
      onSuccess: (report) => {
        queryClient.setQueryData(trpc.report.byId.queryKey({ reportId: report.id }), report);
        void navigate(`/reports/${report.id}`);
      },
    }),
  );

  const data = useMemo(() => groupTownships(townships, "—"), [townships]);

  return (
    <Stack gap="md">
      <Select
        label={t("start.township")}
        placeholder={t("start.townshipPlaceholder")}
        data={data}
        value={orgId}
        onChange={(v) => {
          setOrgId(v);
          setChosenYearId(null);
        }}
        searchable
        clearable
        nothingFoundMessage={t("start.nothingFound")}
        maxDropdownHeight={320}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t("start.year")}
        placeholder={orgId ? undefined : t("start.yearPlaceholder")}
        data={(years.data ?? []).map((y) => ({
          value: y.id,
          label: t("start.yearOption", { year: y.year }),
        }))}
        value={yearId}
        onChange={setChosenYearId}
        disabled={!orgId || years.isPending}
        allowDeselect={false}
        description={
          year
            ? year.deadline
              ? t("start.deadline", { date: formatDate(year.deadline, locale) })
              : t("start.noDeadline")
            : undefined
        }
      />
      {orgId && years.data && years.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("start.noYears")}
        </Text>
      ) : null}
      {years.error ? <Alert color="red">{years.error.message}</Alert> : null}
      {open.error ? (
        <Alert color="red" title={t("start.openFailed")}>
          {open.error.message}
        </Alert>
      ) : null}
      <Button
        size="md"
        disabled={!orgId || !yearId}
        loading={open.isPending}
        onClick={() => orgId && yearId && open.mutate({ orgId, yearId })}
      >
        {t("start.open")}
      </Button>
    </Stack>
  );
}
