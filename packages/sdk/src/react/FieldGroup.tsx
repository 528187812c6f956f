import { Fieldset, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { LocalizedText } from "../text.ts";
import { useT } from "./locale.tsx";

/** A titled group of fields: one topic inside a section. */
export function FieldGroup({
  title,
  description,
  children,
}: {
  title: LocalizedText;
  description?: LocalizedText;
  children: ReactNode;
}) {
  const tr = useT();
  return (
    <Fieldset legend={tr(title)} variant="filled" radius="md">
      <Stack gap="sm">
        {description ? (
          <Text size="sm" c="dimmed">
            {tr(description)}
          </Text>
        ) : null}
        {children}
      </Stack>
    </Fieldset>
  );
}
