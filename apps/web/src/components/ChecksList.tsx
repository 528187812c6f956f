import { Badge, Group, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import type { CheckResult } from "@nianbao/sdk";
import { useTranslation } from "react-i18next";

/** The plugin's checks: errors (red) block completion, warnings (yellow) need attention. */
export function ChecksList({
  checks,
  onFocus,
}: {
  checks: readonly CheckResult[];
  onFocus: (path: string) => void;
}) {
  const { t } = useTranslation();
  if (checks.length === 0) return null;
  const sorted = [...checks].sort((a, b) => (a.level === b.level ? 0 : a.level === "error" ? -1 : 1));
  return (
    <Paper withBorder radius="md" p="sm" data-testid="checks">
      <Text size="sm" fw={600} mb={6}>
        {t("section.checks")}
      </Text>
      <Stack gap={6}>
        {sorted.map((c) => {
          const color = c.level === "error" ? "red" : "yellow";
          const content = (
            <Group gap={8} wrap="nowrap" align="flex-start">
              <Badge
                size="sm"
                color={color}
                variant={c.level === "error" ? "filled" : "light"}
                radius="sm"
                style={{ flex: "none" }}
              >
                {c.level === "error" ? t("section.checkError") : t("section.checkWarning")}
              </Badge>
              <Text size="sm" c={c.level === "error" ? "red" : "yellow"}>
                {c.message}
              </Text>
            </Group>
          );
          return c.path ? (
            <UnstyledButton
              key={c.id}
              onClick={() => onFocus(c.path!)}
              title={t("section.focusField")}
              data-check={c.id}
            >
              {content}
            </UnstyledButton>
          ) : (
            <div key={c.id} data-check={c.id}>
              {content}
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
