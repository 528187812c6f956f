/**
 * The form kit: every plugin builds its form from these fields, so every section looks and behaves the
 * same and the domain's number rules (qualifiers, rates, 0/0 → 无) are solved once.
 *
 * The core owns the form state (`useSectionForm`: @mantine/form validated by the plugin's zod schema);
 * a plugin's form component receives it as `form` and lays out fields by dot path.
 */
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { schemaResolver, useForm, type UseFormReturnType } from "@mantine/form";
import { createContext, useContext, type ReactNode } from "react";
import type { z } from "zod";
import type { AnySectionPlugin } from "../define.ts";
import {
  QUALIFIERS,
  QUALIFIER_LABELS,
  formatRate,
  type ChecklistOption,
  type OrderedItem,
  type Qualifier,
  type Rate,
} from "../fields.ts";
import { chineseNumeral } from "../numbers.ts";
import { useT } from "./locale.tsx";
import type { LocalizedText } from "../text.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SectionForm = UseFormReturnType<any>;

/** The props every plugin form component receives. */
export interface SectionFormProps<S = unknown> {
  form: SectionForm;
  settings: S;
  readOnly?: boolean;
}

// ---------------------------------------------------------------- the plugin's own procedures

/**
 * How a plugin's form calls the plugin's own procedures for the section on screen. The core provides it
 * (saving pending edits first, reloading the section after a mutation); where none can be called — the
 * sandbox, a read-only view — it is null and the form says so. A failed call rejects with a
 * ProcedureError (message + issues, e.g. one per bad row).
 */
export interface SectionActions {
  call(name: string, input: unknown): Promise<unknown>;
}
const SectionActionsContext = createContext<SectionActions | null>(null);
export const SectionActionsProvider = SectionActionsContext.Provider;
export function useSectionActions(): SectionActions | null {
  return useContext(SectionActionsContext);
}

/** A browser File as the `uploadedFile()` input of a procedure (base64). */
export async function fileToUpload(
  file: Blob & { name: string },
): Promise<{ name: string; contentBase64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, contentBase64: btoa(binary) };
}

// ---------------------------------------------------------------- locale

export { LocaleProvider, useLocale, useT } from "./locale.tsx";

const KIT_TEXT = {
  add: { "zh-CN": "添加一项", en: "Add item" },
  addRow: { "zh-CN": "添加一行", en: "Add row" },
  up: { "zh-CN": "上移", en: "Up" },
  down: { "zh-CN": "下移", en: "Down" },
  remove: { "zh-CN": "删除", en: "Remove" },
  lead: { "zh-CN": "要点（一句话，可不填）", en: "Lead sentence (optional)" },
  text: { "zh-CN": "具体内容", en: "Details" },
  numerator: { "zh-CN": "分子", en: "Numerator" },
  denominator: { "zh-CN": "分母", en: "Denominator" },
  rate: { "zh-CN": "比率", en: "Rate" },
  notEntered: { "zh-CN": "未填写", en: "not entered" },
  notApplicable: { "zh-CN": "无（分母为0，不适用）", en: "none (0/0, not applicable)" },
  qualifier: { "zh-CN": "限定词", en: "Qualifier" },
  unit: { "zh-CN": "单位", en: "Unit" },
  chars: { "zh-CN": "字", en: "chars" },
  empty: { "zh-CN": "尚无条目", en: "No items yet" },
} satisfies Record<string, LocalizedText>;

// ---------------------------------------------------------------- form state

/** The form state of one section: @mantine/form, validated by the plugin's own zod schema. */
export function useSectionForm(plugin: AnySectionPlugin, initialValues: unknown): SectionForm {
  return useForm({
    mode: "controlled",
    initialValues: initialValues as Record<string, unknown>,
    validate: schemaResolver(plugin.schema as z.ZodType<Record<string, unknown>>, { sync: true }),
    validateInputOnBlur: true,
  });
}

/** Read a value at a dot path ("a.b.0.c"). */
export function getAt(values: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<string, unknown>)[key]), values);
}

function errorAt(form: SectionForm, path: string): ReactNode {
  return form.errors[path] ?? undefined;
}

function toNumberOrNull(v: string | number): number | null {
  if (v === "" || v === null || v === undefined) return null;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

interface FieldProps {
  form: SectionForm;
  path: string;
  label: LocalizedText;
  description?: LocalizedText;
  readOnly?: boolean;
}

// ---------------------------------------------------------------- layout

/** A titled group of fields: one topic inside a section. */
export function FieldGroup({ title, description, children }: { title: LocalizedText; description?: LocalizedText; children: ReactNode }) {
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

// ---------------------------------------------------------------- count

export function CountField({ form, path, label, description, unit, readOnly }: FieldProps & { unit: string }) {
  const tr = useT();
  const value = getAt(form.values, path) as number | null;
  return (
    <NumberInput
      label={tr(label)}
      description={tr(description)}
      value={value ?? ""}
      onChange={(v) => form.setFieldValue(path, toNumberOrNull(v))}
      onBlur={() => form.validateField(path)}
      error={errorAt(form, path)}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      rightSection={<Text size="sm" c="dimmed">{unit}</Text>}
      rightSectionWidth={40}
      readOnly={readOnly}
      data-path={path}
      maw={260}
    />
  );
}

// ---------------------------------------------------------------- quantity

/** A figure as reports write it: value + qualifier (余/超/近/约/达) + unit, e.g. "1500余件". */
export function QuantityField({ form, path, label, description, units, readOnly }: FieldProps & { units: readonly string[] }) {
  const tr = useT();
  const q = (getAt(form.values, path) ?? {}) as { value: number | null; qualifier: Qualifier; unit: string };
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <NumberInput
          label={tr(label)}
          description={tr(description)}
          value={q.value ?? ""}
          onChange={(v) => form.setFieldValue(`${path}.value`, toNumberOrNull(v))}
          onBlur={() => form.validateField(`${path}.value`)}
          error={errorAt(form, `${path}.value`)}
          min={0}
          allowNegative={false}
          readOnly={readOnly}
          data-path={`${path}.value`}
          w={180}
        />
        <Select
          label={tr(KIT_TEXT.qualifier)}
          data={QUALIFIERS.map((k) => ({ value: k === "" ? "=" : k, label: tr(QUALIFIER_LABELS[k]) }))}
          value={q.qualifier === "" ? "=" : q.qualifier}
          onChange={(v) => form.setFieldValue(`${path}.qualifier`, !v || v === "=" ? "" : v)}
          allowDeselect={false}
          readOnly={readOnly}
          data-path={`${path}.qualifier`}
          w={130}
          mt={description ? 22 : 0}
        />
        {units.length > 1 ? (
          <Select
            label={tr(KIT_TEXT.unit)}
            data={[...units]}
            value={q.unit}
            onChange={(v) => v && form.setFieldValue(`${path}.unit`, v)}
            allowDeselect={false}
            readOnly={readOnly}
            w={90}
            mt={description ? 22 : 0}
          />
        ) : (
          <Text size="sm" c="dimmed" mt={description ? 50 : 30}>
            {q.unit ?? units[0]}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

// ---------------------------------------------------------------- rate

/** A rate entered as numerator and denominator; the percentage is shown, 0/0 reads 无. */
export function RateField({
  form,
  path,
  label,
  description,
  numeratorLabel,
  denominatorLabel,
  readOnly,
}: FieldProps & { numeratorLabel?: LocalizedText; denominatorLabel?: LocalizedText }) {
  const tr = useT();
  const r = (getAt(form.values, path) ?? { numerator: null, denominator: null }) as Rate;
  const formatted = formatRate(r);
  /** One of the two whole-number inputs (numerator or denominator). */
  const ratePart = (part: "numerator" | "denominator", partLabel: string) => (
    <NumberInput
      aria-label={`${tr(label)} ${partLabel}`}
      placeholder={partLabel}
      description={partLabel}
      value={r[part] ?? ""}
      onChange={(v) => form.setFieldValue(`${path}.${part}`, toNumberOrNull(v))}
      onBlur={() => form.validate()}
      error={errorAt(form, `${path}.${part}`)}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      readOnly={readOnly}
      data-path={`${path}.${part}`}
      w={170}
    />
  );
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {tr(label)}
      </Text>
      {description ? (
        <Text size="xs" c="dimmed">
          {tr(description)}
        </Text>
      ) : null}
      <Group gap="xs" align="flex-start">
        {ratePart("numerator", tr(numeratorLabel ?? KIT_TEXT.numerator))}
        <Text mt={28}>/</Text>
        {ratePart("denominator", tr(denominatorLabel ?? KIT_TEXT.denominator))}
        <Text mt={28} fw={600} data-testid={`${path}-rate`}>
          = {formatted === null ? tr(KIT_TEXT.notEntered) : formatted === "无" ? tr(KIT_TEXT.notApplicable) : formatted}
        </Text>
      </Group>
    </Stack>
  );
}

// ---------------------------------------------------------------- checklist

/** Yes/no measures in place (the systems a township has set up). */
export function ChecklistField({
  form,
  path,
  label,
  description,
  options,
  readOnly,
}: FieldProps & { options: readonly ChecklistOption[] }) {
  const tr = useT();
  const value = (getAt(form.values, path) ?? {}) as Record<string, boolean>;
  return (
    <Checkbox.Group label={tr(label)} description={tr(description)} value={options.filter((o) => value[o.key]).map((o) => o.key)}
      onChange={(keys) => {
        if (readOnly) return;
        form.setFieldValue(path, Object.fromEntries(options.map((o) => [o.key, keys.includes(o.key)])));
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
        {options.map((o) => (
          <Checkbox key={o.key} value={o.key} label={tr(o.label)} data-path={`${path}.${o.key}`} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

// ---------------------------------------------------------------- narrative

/** The township's own prose; each line becomes a paragraph of the report. */
export function NarrativeField({
  form,
  path,
  label,
  description,
  placeholder,
  maxLength = 5000,
  minRows = 3,
  readOnly,
}: FieldProps & { placeholder?: LocalizedText; maxLength?: number; minRows?: number }) {
  const tr = useT();
  const value = (getAt(form.values, path) ?? "") as string;
  return (
    <Textarea
      label={tr(label)}
      description={tr(description)}
      placeholder={tr(placeholder)}
      value={value}
      onChange={(e) => form.setFieldValue(path, e.currentTarget.value)}
      onBlur={() => form.validateField(path)}
      error={errorAt(form, path)}
      autosize
      minRows={minRows}
      maxRows={16}
      readOnly={readOnly}
      data-path={path}
      inputWrapperOrder={["label", "description", "input", "error"]}
      rightSection={
        <Text size="xs" c={value.length > maxLength ? "red" : "dimmed"} style={{ alignSelf: "flex-end", padding: 4 }}>
          {value.length}/{maxLength}
        </Text>
      }
      rightSectionWidth={90}
    />
  );
}

// ---------------------------------------------------------------- ordered items

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
                <Button size="compact-xs" variant="subtle" disabled={i === 0} onClick={() => set(move(items, i, i - 1))}>
                  {tr(KIT_TEXT.up)}
                </Button>
                <Button size="compact-xs" variant="subtle" disabled={i === items.length - 1} onClick={() => set(move(items, i, i + 1))}>
                  {tr(KIT_TEXT.down)}
                </Button>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => set(items.filter((_, j) => j !== i))}>
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
          <Button variant="light" size="xs" disabled={items.length >= max} onClick={() => set([...items, { lead: "", text: "" }])}>
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

// ---------------------------------------------------------------- rows (a small ledger)

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
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => form.removeListItem(path, i)}>
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
          <Button variant="light" size="xs" disabled={rowsValue.length >= max} onClick={() => form.insertListItem(path, { ...emptyRow })}>
            {tr(KIT_TEXT.addRow)}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

// ---------------------------------------------------------------- short text, choice, yes/no

/** A short text (a name, a list of topics). */
export function TextField({ form, path, label, description, placeholder, readOnly }: FieldProps & { placeholder?: LocalizedText }) {
  const tr = useT();
  return (
    <TextInput
      label={tr(label)}
      description={tr(description)}
      placeholder={tr(placeholder)}
      value={(getAt(form.values, path) as string) ?? ""}
      onChange={(e) => form.setFieldValue(path, e.currentTarget.value)}
      onBlur={() => form.validateField(path)}
      error={errorAt(form, path)}
      readOnly={readOnly}
      data-path={path}
    />
  );
}

/** One choice among a few options (stored as the option's value). */
export function ChoiceField({
  form,
  path,
  label,
  description,
  options,
  readOnly,
}: FieldProps & { options: ReadonlyArray<{ value: string; label: LocalizedText }> }) {
  const tr = useT();
  const value = (getAt(form.values, path) as string) ?? "";
  return (
    <Select
      label={tr(label)}
      description={tr(description)}
      data={options.map((o) => ({ value: o.value === "" ? "=" : o.value, label: tr(o.label) }))}
      value={value === "" ? "=" : value}
      onChange={(v) => form.setFieldValue(path, !v || v === "=" ? "" : v)}
      allowDeselect={false}
      error={errorAt(form, path)}
      readOnly={readOnly}
      data-path={path}
      maw={320}
    />
  );
}

/** A single yes/no fact ("日常学法常态化"). */
export function YesNoField({ form, path, label, description, readOnly }: FieldProps) {
  const tr = useT();
  return (
    <Switch
      label={tr(label)}
      description={tr(description)}
      checked={Boolean(getAt(form.values, path))}
      onChange={(e) => !readOnly && form.setFieldValue(path, e.currentTarget.checked)}
      data-path={path}
    />
  );
}
