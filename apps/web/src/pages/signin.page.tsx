import {
  Alert,
  Box,
  Button,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { BrandTitle } from "../components/BrandTitle.tsx";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { signIn } from "../lib/auth.ts";

/** /signin — username and password. */
export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = params.get("next");
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const failure = await signIn(username, password);
    setBusy(false);
    if (failure) {
      setError(
        t(
          failure === "invalid"
            ? "auth.invalid"
            : failure === "rate-limited"
              ? "auth.tooMany"
              : "auth.failed",
        ),
      );
      return;
    }
    queryClient.clear();
    void navigate(next && next.startsWith("/") && !next.startsWith("//") ? next : "/", { replace: true });
  };
  return (
    <Box mih="100vh">
      <Group
        justify="space-between"
        px="lg"
        py="sm"
        bg="white"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <BrandTitle subtitle={t("app.tagline")} />
        <LanguageSwitch />
      </Group>
      <Container component="main" id="main-content" size={420} py={64}>
        <Paper withBorder shadow="sm" p="xl" radius="lg">
          <form onSubmit={(e) => void submit(e)}>
            <Stack gap="md">
              <div>
                <Title order={2}>{t("auth.signInTitle")}</Title>
                <Text c="dimmed" size="sm" mt={6}>
                  {t("auth.signInIntro")}
                </Text>
              </div>
              <TextInput
                label={t("auth.username")}
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                autoComplete="username"
                required
              />
              <PasswordInput
                label={t("auth.password")}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                autoComplete="current-password"
                required
              />
              {error ? (
                <Alert color="red" role="alert">
                  {error}
                </Alert>
              ) : null}
              <Button type="submit" loading={busy}>
                {t("auth.signIn")}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Container>
    </Box>
  );
}
