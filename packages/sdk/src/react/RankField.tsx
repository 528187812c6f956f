import { useFieldEntry } from "./field-catalog.tsx";
import { Group, Stack, Text, TextInput } from "@mantine/core";
import { formatRank, type Rank } from "../figures.ts";
import { errorAt, getAt, type FieldProps } from "./form-state.ts";
import { KIT_TEXT } from "./kit-text.ts";
import { useT } from "./locale.tsx";
import { WholeNumberInput } from "./WholeNumberInput.tsx";

/** A rank in an appraisal (data: `rank()`): what was ranked, the position and, optionally, how many were ranked. */
export function RankField({
  form,
  path,
  label,
  description,
  readOnly,
  units,
}: FieldProps & { units?: string }) {
  const tr = useT();
  if (useFieldEntry({ path, label, kind: "rank", unit: units })) return null;
  const r = (getAt(form.values, path) ?? { scope: "", position: null, of: null }) as Rank;
  const number = (part: "position" | "of", partLabel: string) => (
    <WholeNumberInput form={form} path={`${path}.${part}`} readOnly={readOnly} label={partLabel} min={1} />
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
        <TextInput
          label={tr(KIT_TEXT.rankScope)}
          placeholder={tr({ "zh-CN": "例：全市法治建设年度考核", en: "e.g. 全市法治建设年度考核" })}
          value={r.scope}
          onChange={(e) => form.setFieldValue(`${path}.scope`, e.currentTarget.value)}
          error={errorAt(form, `${path}.scope`)}
          readOnly={readOnly}
          data-path={`${path}.scope`}
          w={240}
        />
        {number("position", tr(KIT_TEXT.rankPosition))}
        {number("of", tr(KIT_TEXT.rankOf))}
      </Group>
      <Text size="sm" c="dimmed" data-testid={`${path}-rank`}>
        {formatRank(r, units) ?? tr(KIT_TEXT.notEntered)}
      </Text>
    </Stack>
  );
}
