import {
  Badge,
  Card,
  Group,
  Paper,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportPreview } from "./ImportReview.tsx";

type Figure = ImportPreview["figures"][number];
type Filter = "all" | "choose" | "unbound" | "bound";

const NONE = "__none";

/** A figure the binder left to the clerk (fields tie) and the clerk has not chosen yet. */
export const needsChoice = (f: Figure) => f.ambiguous && !f.chosen;

const FILTERS: Record<Filter, (f: Figure) => boolean> = {
  all: () => true,
  choose: needsChoice,
  unbound: (f) => f.status !== "bound",
  bound: (f) => f.status === "bound",
};

/**
 * 数字绑定: every recognised figure of every imported section, with the field it goes to — a drop-down of the
 * section's fields that can hold the value as written (from the import's figure catalog), or 不绑定，保留为文字 —
 * the binder's reason and confidence, figures needing a choice flagged.
 */
export function FigureBindings({
  preview,
  onChange,
  disabled,
}: {
  preview: ImportPreview;
  onChange: (figure: { sectionKey: string; index: number }, fieldKey: string | null) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const figures = preview.figures;
  const [filter, setFilter] = useState<Filter>(figures.some(needsChoice) ? "choose" : "all");
  const count = (f: Filter) => figures.filter(FILTERS[f]).length;
  const shown = figures.filter(FILTERS[filter]);
  const sections = preview.targets.filter((x) => shown.some((f) => f.sectionKey === x.key));
  return (
    <Card withBorder padding="sm" data-testid="import-figures">
      <Group justify="space-between" gap="xs" mb={4}>
        <Title order={3} size="h5">
          {t("importBinding.title")}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t("importBinding.filterLabel")}
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={[
            { value: "all", label: t("importBinding.filterAll", { count: count("all") }) },
            { value: "choose", label: t("importBinding.filterChoose", { count: count("choose") }) },
            { value: "unbound", label: t("importBinding.filterUnbound", { count: count("unbound") }) },
            { value: "bound", label: t("importBinding.filterBound", { count: count("bound") }) },
          ]}
          style={{ maxWidth: "100%", overflowX: "auto" }}
        />
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t("importBinding.intro")}
      </Text>
      <ScrollArea.Autosize mah={560} type="auto" offsetScrollbars>
        <Stack gap="sm">
          {sections.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("importBinding.empty")}
            </Text>
          ) : null}
          {sections.map((s) => (
            <Stack key={s.key} gap={6}>
              <Text size="sm" fw={600}>
                {s.label}
              </Text>
              {shown
                .filter((f) => f.sectionKey === s.key)
                .map((f) => (
                  <FigureRow
                    key={f.index}
                    figure={f}
                    section={s.label}
                    disabled={disabled}
                    onChange={(v) => onChange({ sectionKey: f.sectionKey, index: f.index }, v)}
                  />
                ))}
            </Stack>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Card>
  );
}

function FigureRow({
  figure: f,
  section,
  disabled,
  onChange,
}: {
  figure: Figure;
  section: string;
  disabled: boolean | undefined;
  onChange: (fieldKey: string | null) => void;
}) {
  const { t } = useTranslation();
  const choose = needsChoice(f);
  const data = [
    { value: NONE, label: t("importBinding.keepAsText") },
    ...f.options.map((o) => ({
      value: o.key,
      label: o.unit ? t("importBinding.option", { label: o.label, unit: o.unit }) : o.label,
    })),
  ];
  const why =
    f.status === "refused"
      ? t("importBinding.refused", { reason: f.reason ?? "" })
      : f.status === "bound" && f.confidence !== null
        ? [f.chosen ? null : t("importBinding.confidence", { value: f.confidence.toFixed(2) }), f.reason]
            .filter(Boolean)
            .join(" · ")
        : (f.reason ?? (f.options.length ? "" : t("importReport.noField")));
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      data-figure={`${f.sectionKey}#${f.index}`}
      data-status={f.status}
      style={choose ? { borderColor: "var(--mantine-color-orange-5)", borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ flex: "1 1 220px", minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Text fw={700} size="sm">
              {f.text}
            </Text>
            {choose ? (
              <Badge size="xs" color="orange" variant="filled">
                {t("importBinding.needChoice")}
              </Badge>
            ) : null}
            {f.chosen ? (
              <Badge size="xs" color="blue" variant="light">
                {t("importBinding.changed")}
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
            …{f.context}…
          </Text>
          {why ? (
            <Text size="xs" c={f.status === "refused" || choose ? "orange.8" : "dimmed"}>
              {why}
            </Text>
          ) : null}
        </Stack>
        <Select
          aria-label={t("importBinding.fieldOf", { text: f.text, section })}
          data={data}
          value={f.status === "bound" && f.key ? f.key : NONE}
          allowDeselect={false}
          disabled={disabled}
          onChange={(v) => v && onChange(v === NONE ? null : v)}
          size="xs"
          style={{ flex: "1 1 240px", maxWidth: 360 }}
          comboboxProps={{ withinPortal: true }}
          error={choose ? true : undefined}
        />
      </Group>
    </Paper>
  );
}
