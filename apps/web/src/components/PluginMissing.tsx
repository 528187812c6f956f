import { EmptyState } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A section whose plugin is not installed yet: nothing to fill in, and why. */
export function PluginMissing({ pluginId }: { pluginId: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      mt="xl"
      withIndicatorBackground
      icon={<span style={{ fontSize: 22 }}>⧗</span>}
      title={t("section.noPluginTitle")}
      description={t("section.noPluginDescription", { pluginId })}
      data-testid="plugin-missing"
    />
  );
}
