import { NumberInput, Stack, Switch, Text, TextInput, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The part of a JSON schema (as zod's toJSONSchema writes a plugin's settings) the form understands. */
export interface SettingsJsonSchema {
  type?: string;
  properties?: Record<string, PropertySchema>;
}
interface PropertySchema {
  type?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  items?: { type?: string };
}

/**
 * A plugin's per-year settings form, generated from its `settings` schema: numbers (targets such as
 * 报备率 100%, thresholds), yes/no switches, short texts and lists of texts (one per line). A field's label
 * is the schema's description; the core knows nothing else of the plugin's settings.
 */
export function SettingsForm({
  schema,
  value,
  defaults,
  onChange,
  idPrefix,
}: {
  schema: SettingsJsonSchema;
  value: Record<string, unknown>;
  defaults: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("admin.noSettings")}
      </Text>
    );
  }
  const set = (key: string, v: unknown) => onChange({ ...value, [key]: v });
  return (
    <Stack gap="xs">
      {properties.map(([key, p]) => {
        const label = p.description ?? key;
        const current = key in value ? value[key] : defaults[key];
        const id = `${idPrefix}-${key}`;
        if (p.type === "boolean") {
          return (
            <Switch
              key={key}
              id={id}
              label={label}
              checked={current === true}
              onChange={(e) => set(key, e.currentTarget.checked)}
            />
          );
        }
        if (p.type === "number" || p.type === "integer") {
          return (
            <NumberInput
              key={key}
              id={id}
              label={label}
              size="xs"
              maw={360}
              value={typeof current === "number" ? current : ""}
              min={p.minimum}
              max={p.maximum}
              allowDecimal={p.type === "number"}
              onChange={(v) => set(key, typeof v === "number" ? v : v === "" ? undefined : Number(v))}
            />
          );
        }
        if (p.type === "array" && p.items?.type === "string") {
          const lines = Array.isArray(current) ? (current as string[]).join("\n") : "";
          return (
            <Textarea
              key={key}
              id={id}
              label={label}
              size="xs"
              autosize
              minRows={2}
              value={lines}
              onChange={(e) =>
                set(
                  key,
                  e.currentTarget.value
                    .split("\n")
                    .map((l) => l.trim())
                    .filter(Boolean),
                )
              }
            />
          );
        }
        return (
          <TextInput
            key={key}
            id={id}
            label={label}
            size="xs"
            maxLength={p.maxLength}
            value={typeof current === "string" ? current : ""}
            onChange={(e) => set(key, e.currentTarget.value)}
          />
        );
      })}
    </Stack>
  );
}
