import {
  Alert,
  Anchor,
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
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BrandTitlePlainLink } from "../components/BrandMark.tsx";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { signIn } from "../lib/auth.ts";

/** Where to go after signing in: `?next=` when it is a path of this site, else the start page. */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get("next");
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

/**
 * /signin — username and password. Needs neither the router nor the API client (a first visit loads it in
 * its own small shell, `signin-app.tsx`); once signed in it loads the app afresh at the address asked for.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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
    window.location.replace(nextPath(window.location.search));
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
        <BrandTitlePlainLink subtitle={t("app.tagline")} />
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
        <Text ta="center" size="sm" mt="md">
          {/* A plain link: the sign-in page does not load the router (test/bundle.test.ts). */}
          <Anchor href="/public">{t("publication.publicTitle")}</Anchor>
        </Text>
      </Container>
    </Box>
  );
}
