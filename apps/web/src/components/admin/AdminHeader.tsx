import { Anchor, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { BrandTitle } from "../BrandTitle.tsx";
import { LanguageSwitch } from "../LanguageSwitch.tsx";

/** The simple header of the administrator's pages (the role-aware navigation comes with accounts). */
export function AdminHeader() {
  const { t } = useTranslation();
  return (
    <Group
      justify="space-between"
      px="lg"
      py="sm"
      bg="white"
      style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
    >
      <Group gap="lg">
        <BrandTitle />
        <Anchor component={Link} to="/admin/years" fw={600} size="sm">
          {t("admin.title")}
        </Anchor>
      </Group>
      <Group gap="sm">
        <Text size="xs" c="dimmed" visibleFrom="sm">
          {t("app.tagline")}
        </Text>
        <LanguageSwitch />
      </Group>
    </Group>
  );
}
