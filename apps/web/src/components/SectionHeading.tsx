import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useT } from "@nianbao/sdk/react";
import { useTranslation } from "react-i18next";
import { sectionLabel } from "../lib/outline.ts";
import type { SectionStatus } from "../lib/status.ts";
import type { OutlinePart, OutlineSection } from "../trpc.ts";
import { StatusBadge } from "./StatusBadge.tsx";

/** The section's numbered heading as the report prints it, under its part, with status and plugin. */
export function SectionHeading({
  part,
  section,
  status,
}: {
  part: OutlinePart;
  section: OutlineSection;
  status: SectionStatus;
}) {
  const { t } = useTranslation();
  const tr = useT();
  const partTitle = part.numbering && part.title ? `${part.numbering}${part.title}` : t("report.opening");
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {partTitle}
      </Text>
      <Group gap="sm" align="center">
        <Title order={2} fz={22} data-testid="section-title">
          {sectionLabel(section, part)}
        </Title>
        <StatusBadge status={status} pluginMissing={!section.plugin} />
        {section.required ? (
          <Badge size="sm" variant="outline" color="red" radius="sm">
            {t("report.required")}
          </Badge>
        ) : null}
      </Group>
      {section.plugin?.description ? (
        <Text
          size="xs"
          c="dimmed"
          title={t("section.plugin", {
            title: tr(section.plugin.title),
            id: section.plugin.id,
            version: section.plugin.version,
          })}
        >
          {tr(section.plugin.description)}
        </Text>
      ) : null}
    </Stack>
  );
}
