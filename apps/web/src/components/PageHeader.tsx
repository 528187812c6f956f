import { Anchor, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { BrandTitle } from "./BrandTitle.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

/** The simple header of the start page and the tool pages: brand (linking home), the dashboard, language. */
export function PageHeader({ subtitle }: { subtitle?: string }) {
  const { t } = useTranslation();
  return (
    <Group
      justify="space-between"
      px="lg"
      py="sm"
      bg="white"
      style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
    >
      <BrandTitle subtitle={subtitle} />
      <Group gap="md">
        <Anchor component={Link} to="/dashboard" size="sm">
          {t("dashboard.link")}
        </Anchor>
        <LanguageSwitch />
      </Group>
    </Group>
  );
}
