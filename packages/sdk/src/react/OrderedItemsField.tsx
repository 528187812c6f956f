import { useFieldEntry } from "./field-catalog.tsx";
import { Button, Group, Paper, Stack, Text, TextInput, Textarea } from "@mantine/core";
import type { OrderedItem } from "../fields.ts";
import { chineseNumeral } from "../numbers.ts";
import { errorAt, getAt, type FieldProps } from "./form-state.ts";
import { useRemoveAfterConfirm } from "./confirm.ts";
import { KIT_TEXT } from "./kit-text.ts";
import { useT } from "./locale.tsx";

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Ordered items printed 一是…二是…: each with an optional one-sentence lead and its text. */
export function OrderedItemsField({
  form,
  path,
  label,
  description,
  withLead = false,
  max = 20,
  readOnly,
}: FieldProps & { withLead?: boolean; max?: number }) {
  const tr = useT();
  const removeAfterConfirm = useRemoveAfterConfirm();
  if (useFieldEntry({ path, label, kind: "orderedItems" })) return null;
  const items = (getAt(form.values, path) ?? []) as OrderedItem[];
  const set = (next: OrderedItem[]) => form.setFieldValue(path, next);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {tr(label)}
      </Text>
      {description ? (
        <Text size="xs" c="dimmed">
          {tr(description)}
        </Text>
      ) : null}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {tr(KIT_TEXT.empty)}
        </Text>
      ) : null}
      {items.map((item, i) => (
        <Paper key={i} withBorder p="sm" radius="md" data-path={`${path}.${i}`}>
          <Group justify="space-between" mb={6}>
            <Text size="sm" fw={600}>
              {chineseNumeral(i + 1)}是
            </Text>
            {readOnly ? null : (
              <Group gap={4}>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  disabled={i === 0}
                  onClick={() => set(move(items, i, i - 1))}
                >
                  {tr(KIT_TEXT.up)}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  disabled={i === items.length - 1}
                  onClick={() => set(move(items, i, i + 1))}
                >
                  {tr(KIT_TEXT.down)}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() =>
                    removeAfterConfirm(item, KIT_TEXT.removeItemTitle, () =>
                      set(items.filter((_, j) => j !== i)),
                    )
                  }
                >
                  {tr(KIT_TEXT.remove)}
                </Button>
              </Group>
            )}
          </Group>
          <Stack gap={6}>
            {withLead ? (
              <TextInput
                placeholder={tr(KIT_TEXT.lead)}
                aria-label={`${tr(label)} ${i + 1} ${tr(KIT_TEXT.lead)}`}
                value={item.lead ?? ""}
                onChange={(e) => form.setFieldValue(`${path}.${i}.lead`, e.currentTarget.value)}
                error={errorAt(form, `${path}.${i}.lead`)}
                readOnly={readOnly}
              />
            ) : null}
            <Textarea
              placeholder={tr(KIT_TEXT.text)}
              aria-label={`${tr(label)} ${i + 1} ${tr(KIT_TEXT.text)}`}
              value={item.text ?? ""}
              onChange={(e) => form.setFieldValue(`${path}.${i}.text`, e.currentTarget.value)}
              error={errorAt(form, `${path}.${i}.text`)}
              autosize
              minRows={2}
              readOnly={readOnly}
            />
          </Stack>
        </Paper>
      ))}
      {readOnly ? null : (
        <Group>
          <Button
            variant="light"
            size="xs"
            disabled={items.length >= max}
            onClick={() => set([...items, { lead: "", text: "" }])}
          >
            {tr(KIT_TEXT.add)}
          </Button>
        </Group>
      )}
      {typeof form.errors[path] === "string" ? (
        <Text size="xs" c="red">
          {form.errors[path]}
        </Text>
      ) : null}
    </Stack>
  );
}
