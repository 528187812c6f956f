import { Button, Center, EmptyState } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh">
      <EmptyState title={t("common.notFound")} description={t("common.notFoundDescription")}>
        <EmptyState.Actions>
          <Button component={Link} to="/">
            {t("common.backHome")}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
