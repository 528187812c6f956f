import { useFieldEntry } from "./field-catalog.tsx";
import { Button, Group, NumberInput, Stack, Table, Text, TextInput } from "@mantine/core";
import type { LocalizedText } from "../text.ts";
import { errorAt, getAt, toNumberOrNull, type FieldProps } from "./form-state.ts";
import { useRemoveAfterConfirm } from "./confirm.ts";
import { KIT_TEXT } from "./kit-text.ts";
import { useT } from "./locale.tsx";

export interface RowColumn {
  key: string;
  label: LocalizedText;
  kind: "text" | "number";
  width?: number;
}

/** A small ledger table, one row per entry. */
export function RowsField({
  form,
  path,
  label,
  description,
  columns,
  emptyRow,
  max = 200,
  readOnly,
}: FieldProps & { columns: readonly RowColumn[]; emptyRow: Record<string, unknown>; max?: number }) {
  const tr = useT();
  const removeAfterConfirm = useRemoveAfterConfirm();
  if (
    useFieldEntry({
      path,
      label,
      kind: "rows",
      columns: columns.map((c) => ({ key: c.key, label: c.label })),
    })
  )
    return null;
  const rowsValue = (getAt(form.values, path) ?? []) as Record<string, unknown>[];
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
      <Table withTableBorder withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} w={c.width}>
                {tr(c.label)}
              </Table.Th>
            ))}
            <Table.Th w={70} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rowsValue.map((row, i) => (
            <Table.Tr key={i}>
              {columns.map((c) => (
                <Table.Td key={c.key}>
                  {c.kind === "number" ? (
                    <NumberInput
                      aria-label={`${tr(c.label)} ${i + 1}`}
                      value={(row[c.key] as number | null) ?? ""}
                      onChange={(v) => form.setFieldValue(`${path}.${i}.${c.key}`, toNumberOrNull(v))}
                      error={errorAt(form, `${path}.${i}.${c.key}`)}
                      readOnly={readOnly}
                      size="xs"
                    />
                  ) : (
                    <TextInput
                      aria-label={`${tr(c.label)} ${i + 1}`}
                      value={(row[c.key] as string) ?? ""}
                      onChange={(e) => form.setFieldValue(`${path}.${i}.${c.key}`, e.currentTarget.value)}
                      error={errorAt(form, `${path}.${i}.${c.key}`)}
                      readOnly={readOnly}
                      size="xs"
                    />
                  )}
                </Table.Td>
              ))}
              <Table.Td>
                {readOnly ? null : (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() =>
                      removeAfterConfirm(row, KIT_TEXT.removeRowTitle, () => form.removeListItem(path, i))
                    }
                  >
                    {tr(KIT_TEXT.remove)}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {readOnly ? null : (
        <Group>
          <Button
            variant="light"
            size="xs"
            disabled={rowsValue.length >= max}
            onClick={() => form.insertListItem(path, { ...emptyRow })}
          >
            {tr(KIT_TEXT.addRow)}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
