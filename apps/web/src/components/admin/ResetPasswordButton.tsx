import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../trpc.ts";
import { PasswordStrength } from "../PasswordStrength.tsx";

/**
 * An administrator resets an account's password in a modal (not the browser's prompt): the policy's strength
 * shown while typing, what happens said up front (every session of the account ends; the person must choose
 * their own password at the next sign-in), the server's refusal shown in place, naming the rule.
 */
export function ResetPasswordButton({
  account,
}: {
  account: { id: string; username: string; displayName: string };
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [open, modal] = useDisclosure(false);
  const [password, setPassword] = useState("");
  const reset = useMutation(trpc.account.resetPassword.mutationOptions());
  const close = () => {
    modal.close();
    setPassword("");
    reset.reset();
  };
  return (
    <>
      <Button size="xs" variant="subtle" onClick={modal.open}>
        {t("manage.resetPassword")}
      </Button>
      <Modal opened={open} onClose={close} title={t("manage.resetTitle", { name: account.displayName })}>
        <Stack>
          <Text size="sm">{t("manage.resetWhat")}</Text>
          <PasswordInput
            label={t("manage.newPasswordPrompt")}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
            disabled={reset.isSuccess}
            data-autofocus
          />
          <PasswordStrength
            password={password}
            username={account.username}
            displayName={account.displayName}
          />
          {reset.error ? <Alert color="red">{reset.error.message}</Alert> : null}
          {reset.isSuccess ? <Alert color="green">{t("manage.passwordReset")}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {reset.isSuccess ? t("manage.close") : t("confirm.cancel")}
            </Button>
            {reset.isSuccess ? null : (
              <Button
                loading={reset.isPending}
                disabled={!password}
                onClick={() => reset.mutate({ userId: account.id, password })}
              >
                {t("manage.resetPassword")}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
