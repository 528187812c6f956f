import { Anchor, Box, Container, EmptyState, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { BrandTitle } from "../components/BrandTitle.tsx";
import { ErrorState } from "../components/ErrorState.tsx";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { OpenReportForm } from "../components/OpenReportForm.tsx";
import { useTRPC } from "../trpc.ts";

export function StartPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const townships = useQuery(trpc.org.townships.queryOptions());

  return (
    <Box mih="100vh">
      <Group justify="space-between" px="lg" py="sm" bg="white" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <BrandTitle subtitle={t("app.tagline")} />
        <LanguageSwitch />
      </Group>
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
        <Text ta="center" mt="md" size="sm">
          <Anchor component={Link} to="/admin/years" c="dimmed">
            {t("admin.link")}
          </Anchor>
        </Text>
      </Container>
    </Box>
  );
}
