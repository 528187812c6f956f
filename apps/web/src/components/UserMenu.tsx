import { Alert, Button, Menu, Modal, PasswordInput, Stack, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../hooks/use-session.ts";
import { changePassword, signOut } from "../lib/auth.ts";

/** The signed-in person's name and roles; change password; sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const [open, modal] = useDisclosure(false);
  const user = session.data;
  if (!user) return null;
  const roles = user.assignments.map((a) => `${t(`roles.${a.role}`)} · ${a.orgName}`).join("；");
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton data-testid="user-menu" aria-label={`${user.displayName}（${t("auth.account")}）`}>
            <Text size="sm" fw={600} truncate="end" maw={{ base: 96, sm: 220 }}>
              {user.displayName}
            </Text>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{roles}</Menu.Label>
          <Menu.Item onClick={modal.open}>{t("auth.changePassword")}</Menu.Item>
          <Menu.Item
            color="red"
            onClick={async () => {
              await signOut();
              // A fresh load: nothing of this person's data stays in memory.
              window.location.assign("/signin");
            }}
          >
            {t("auth.signOut")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={open} onClose={modal.close} title={t("auth.changePassword")}>
        <ChangePasswordForm onDone={modal.close} />
      </Modal>
    </>
  );
}

function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (next.length < 8) return setError(t("auth.passwordTooShort"));
    setBusy(true);
    const failure = await changePassword(current, next);
    setBusy(false);
    if (failure) setError(failure === "invalid" ? t("auth.wrongCurrentPassword") : t("auth.failed"));
    else setDone(true);
  };
  if (done)
    return (
      <Stack>
        <Alert color="green">{t("auth.passwordChanged")}</Alert>
        <Button onClick={onDone}>{t("common.close")}</Button>
      </Stack>
    );
  return (
    <Stack>
      <PasswordInput
        label={t("auth.currentPassword")}
        value={current}
        onChange={(e) => setCurrent(e.currentTarget.value)}
        autoComplete="current-password"
      />
      <PasswordInput
        label={t("auth.newPassword")}
        value={next}
        onChange={(e) => setNext(e.currentTarget.value)}
        autoComplete="new-password"
      />
      {error ? <Alert color="red">{error}</Alert> : null}
      <Button loading={busy} onClick={() => void submit()}>
        {t("auth.changePassword")}
      </Button>
    </Stack>
  );
}
