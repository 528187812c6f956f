import { Alert, Button, Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { AppPage } from "../components/AppHeader.tsx";
import { ChangePasswordForm } from "../components/ChangePasswordForm.tsx";
import { SessionsTable } from "../components/SessionsTable.tsx";
import { useSession } from "../hooks/use-session.ts";
import { useTRPC } from "../trpc.ts";

/** /account — one's own account: who and what one is, the password, and where one is signed in. */
export function AccountPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const user = useSession().data;
  const sessions = useQuery(trpc.session.list.queryOptions());
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.session.list.queryKey() });
  const end = useMutation(trpc.session.end.mutationOptions({ onSuccess: refresh }));
  const others = (sessions.data ?? []).filter((s) => !s.current).length;
  return (
    <AppPage>
      <Container size="md" py="xl">
        <Stack gap="lg">
          <Title order={2}>{t("security.accountTitle")}</Title>
          {user ? (
            <Text>
              {user.displayName}（{user.username}）·{" "}
              {user.assignments.map((a) => `${t(`roles.${a.role}`)} · ${a.orgName}`).join("；")}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {t("security.identityByAdmin")}
          </Text>
          <Paper withBorder p="lg" radius="md">
            <Title order={3} size="h4" mb="sm">
              {t("auth.changePassword")}
            </Title>
            <ChangePasswordForm />
          </Paper>
          <Paper withBorder p="lg" radius="md">
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h4">
                {t("security.sessions")}
              </Title>
              <Button
                variant="light"
                color="red"
                disabled={others === 0}
                loading={end.isPending && !end.variables?.sessionId}
                onClick={() => end.mutate({})}
              >
                {t("security.signOutEverywhere")}
              </Button>
            </Group>
            <SessionsTable
              sessions={sessions.data ?? []}
              onEnd={(sessionId) => end.mutate({ sessionId })}
              ending={end.isPending ? (end.variables?.sessionId ?? null) : null}
            />
            {end.isSuccess ? (
              <Alert color="green" mt="sm">
                {t("security.ended", { count: end.data.ended })}
              </Alert>
            ) : null}
            {end.error ? (
              <Alert color="red" mt="sm">
                {end.error.message}
              </Alert>
            ) : null}
          </Paper>
        </Stack>
      </Container>
    </AppPage>
  );
}
