import { Anchor, Box, Container, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { BrandTitlePlainLink } from "../components/BrandMark.tsx";
import { ErrorState } from "../components/ErrorState.tsx";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { useTRPC, type RouterOutputs } from "../trpc.ts";

type Published = RouterOutputs["public"]["reports"][number];

/** Group by region, then year (newest first): the portal's column "法治政府建设年度报告". */
function grouped(rows: Published[]) {
  const regions = new Map<string, { name: string; years: Map<number, Published[]> }>();
  for (const r of rows) {
    const region = regions.get(r.regionId) ?? { name: r.regionName, years: new Map() };
    regions.set(r.regionId, region);
    region.years.set(r.year, [...(region.years.get(r.year) ?? []), r]);
  }
  return [...regions.values()];
}

/** /public — no sign-in: every published report, by county and year, in HTML and PDF. */
export function PublicPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const reports = useQuery(trpc.public.reports.queryOptions());
  return (
    <Box mih="100vh" bg="gray.0">
      <title>{`${t("publication.publicTitle")} · ${t("app.name")}`}</title>
      <Group
        justify="space-between"
        px="lg"
        py="sm"
        bg="white"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <BrandTitlePlainLink subtitle={t("app.tagline")} />
        <Group gap="md">
          <Anchor component={Link} to="/signin" size="sm">
            {t("publication.signIn")}
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Group>
      <Container component="main" id="main-content" size="md" py="xl">
        <Title order={1} size="h2">
          {t("publication.publicTitle")}
        </Title>
        <Text c="dimmed" size="sm" mb="lg">
          {t("publication.publicIntro")}
        </Text>
        {reports.isPending ? (
          <LoadingState minHeight="30vh" />
        ) : reports.error ? (
          <ErrorState
            title={t("publication.loadFailed")}
            error={reports.error}
            onRetry={() => void reports.refetch()}
          />
        ) : reports.data.length === 0 ? (
          <Paper withBorder p="lg" radius="md">
            <Text>{t("publication.none")}</Text>
          </Paper>
        ) : (
          <Stack gap="lg">
            {grouped(reports.data).map((region) => (
              <Paper
                key={region.name}
                withBorder
                p="md"
                radius="md"
                data-testid={`public-region-${region.name}`}
              >
                <Title order={2} size="h4" mb="xs">
                  {region.name}
                </Title>
                {[...region.years.entries()].map(([year, rows]) => (
                  <Box key={year} mb="sm">
                    <Title order={3} size="h5" mb={4}>
                      {t("publication.yearHeading", { year })}
                    </Title>
                    <Table.ScrollContainer minWidth={360}>
                      <Table>
                        <Table.Tbody>
                          {rows.map((r) => (
                            <Table.Tr key={r.id} data-testid={`public-report-${r.orgName}-${r.year}`}>
                              <Table.Td>{r.title}</Table.Td>
                              <Table.Td w={150}>
                                <Group gap="sm">
                                  <Anchor
                                    href={`/api/public/reports/${r.id}/document.html`}
                                    target="_blank"
                                    aria-label={`${r.title} HTML`}
                                  >
                                    HTML
                                  </Anchor>
                                  <Anchor
                                    href={`/api/public/reports/${r.id}/document.pdf`}
                                    target="_blank"
                                    aria-label={`${r.title} PDF`}
                                  >
                                    PDF
                                  </Anchor>
                                </Group>
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  </Box>
                ))}
              </Paper>
            ))}
          </Stack>
        )}
      </Container>
    </Box>
  );
}
