import { Anchor, Box, Container, EmptyState, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../components/ErrorState.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { OpenReportForm } from "../components/OpenReportForm.tsx";
import { useTRPC } from "../trpc.ts";

export function StartPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const townships = useQuery(trpc.org.townships.queryOptions());

  return (
    <Box mih="100vh">
      <PageHeader subtitle={t("app.tagline")} />
      <Container size={520} py={64}>
        <Paper withBorder shadow="sm" p="xl" radius="lg">
          <Stack gap="lg">
            <div>
              <Title order={2}>{t("start.title")}</Title>
              <Text c="dimmed" size="sm" mt={6}>
                {t("start.intro")}
              </Text>
            </div>
            {townships.isPending ? (
              <LoadingState minHeight={160} />
            ) : townships.error ? (
              <ErrorState error={townships.error} onRetry={() => void townships.refetch()} />
            ) : townships.data.length === 0 ? (
              <EmptyState title={t("start.noTownshipsTitle")} description={t("start.noTownshipsDescription")} />
            ) : (
              <OpenReportForm townships={townships.data} />
            )}
          </Stack>
        </Paper>
        <Text ta="center" size="sm" mt="md">
          <Anchor component={Link} to="/sandbox">
            {t("sandbox.link")}
          </Anchor>
          {" · "}
          <Anchor component={Link} to="/admin/years">
            {t("admin.link")}
          </Anchor>
        </Text>
      </Container>
    </Box>
  );
}
