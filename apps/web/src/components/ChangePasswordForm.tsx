import { Alert, Button, PasswordInput, Stack } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../hooks/use-session.ts";
import { useTRPC } from "../trpc.ts";
import { PasswordStrength, usePasswordAccepted } from "./PasswordStrength.tsx";

/** Change one's own password (session.changePassword): the policy shown live; every other session ends. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const user = useSession().data;
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const owner = { username: user?.username, displayName: user?.displayName };
  const accepted = usePasswordAccepted(next, owner);
  const change = useMutation(
    trpc.session.changePassword.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries();
        onDone?.();
      },
    }),
  );
  const mismatch = again.length > 0 && again !== next;
  return (
    <Stack
      component="form"
      onSubmit={(e) => (e.preventDefault(), change.mutate({ currentPassword: current, newPassword: next }))}
    >
      <PasswordInput
        label={t("auth.currentPassword")}
        value={current}
        onChange={(e) => setCurrent(e.currentTarget.value)}
        autoComplete="current-password"
        required
      />
      <PasswordInput
        label={t("security.newPassword")}
        value={next}
        onChange={(e) => setNext(e.currentTarget.value)}
        autoComplete="new-password"
        required
      />
      <PasswordStrength password={next} {...owner} />
      <PasswordInput
        label={t("security.repeatPassword")}
        value={again}
        onChange={(e) => setAgain(e.currentTarget.value)}
        autoComplete="new-password"
        error={mismatch ? t("security.mismatch") : null}
        required
      />
      {change.error ? <Alert color="red">{change.error.message}</Alert> : null}
      {change.isSuccess ? (
        <Alert color="green">{t("security.changed", { count: change.data.endedSessions })}</Alert>
      ) : null}
      <Button
        type="submit"
        loading={change.isPending}
        disabled={!current || accepted !== true || again !== next}
      >
        {t("auth.changePassword")}
      </Button>
    </Stack>
  );
}
