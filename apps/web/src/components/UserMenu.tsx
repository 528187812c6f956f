import { Menu, Modal, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSession } from "../hooks/use-session.ts";
import { signOut } from "../lib/auth.ts";
import { ChangePasswordForm } from "./ChangePasswordForm.tsx";

/** The signed-in person's name and roles; their account page (password, sessions); sign out. */
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
          <Menu.Item component={Link} to="/account">
            {t("security.myAccount")}
          </Menu.Item>
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
        <ChangePasswordForm />
      </Modal>
    </>
  );
}
