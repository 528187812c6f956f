import { Button, Container, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { signOut } from "../lib/auth.ts";
import { BrandTitle } from "./BrandTitle.tsx";
import { ChangePasswordForm } from "./ChangePasswordForm.tsx";

/** Before anything else, after an administrator created or reset the account: the person chooses their own password. */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  return (
    <Container size={460} py="xl" component="main" id="main">
      <Stack>
        <BrandTitle />
        <Paper withBorder p="lg" radius="md">
          <Title order={1} size="h3" mb="xs">
            {t("security.forcedTitle")}
          </Title>
          <Text size="sm" mb="md">
            {t("security.forcedIntro")}
          </Text>
          <ChangePasswordForm />
        </Paper>
        <Button
          variant="subtle"
          onClick={async () => {
            await signOut();
            window.location.assign("/signin");
          }}
        >
          {t("auth.signOut")}
        </Button>
      </Stack>
    </Container>
  );
}
