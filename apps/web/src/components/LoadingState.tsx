import { Center, Group, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function LoadingState({ label, minHeight = 200 }: { label?: string; minHeight?: number | string }) {
  const { t } = useTranslation();
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {label ?? t("common.loading")}
        </Text>
      </Group>
    </Center>
  );
}
