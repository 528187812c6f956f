import {
  ActionIcon,
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { numberOutline, type YearTemplate } from "@nianbao/document";
import { t as tx } from "@nianbao/sdk";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  addPart,
  addSection,
  movePart,
  moveSection,
  removePart,
  removeSection,
  updatePart,
  updateSection,
} from "../../lib/template-edit.ts";
import type { RouterOutputs } from "../../trpc.ts";
import { SettingsForm, type SettingsJsonSchema } from "./SettingsForm.tsx";

export type AdminPlugin = RouterOutputs["yearAdmin"]["plugins"][number];

const SAMPLE_ORG = { name: "XX镇", parentName: "XX县" };

/**
 * The administrator's outline editor: parts and their sections, each with its plugin (description and
 * metrics), the heading as it reads this year, enabled / required, order, and the plugin's settings form.
 * The numbering shown is computed by @nianbao/document, exactly as townships and the document will see it.
 */
export function OutlineEditor({
  template,
  year,
  plugins,
  onChange,
}: {
  template: YearTemplate;
  year: number;
  plugins: AdminPlugin[];
  onChange: (next: YearTemplate) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === "en" ? "en" : "zh-CN";
  const [openSettings, setOpenSettings] = useState<string | null>(null);
  const [adding, setAdding] = useState<Record<number, string | null>>({});
  const byId = useMemo(() => new Map(plugins.map((p) => [p.id, p])), [plugins]);
  const numbering = useMemo(() => {
    const m = new Map<string, string>();
    for (const part of numberOutline(template, year, SAMPLE_ORG)) {
      if (part.numbering) m.set(`part:${part.key}`, part.numbering);
      for (const s of part.sections) if (s.numbering) m.set(s.key, s.numbering);
    }
    return m;
  }, [template, year]);
  const pluginOptions = plugins.map((p) => ({
    value: p.id,
    label: `${tx(p.title, "zh-CN")}（${p.id} v${p.version}）`,
  }));

  return (
    <Stack gap="md">
      {template.parts.map((part, pi) => (
        <Paper key={part.key} withBorder p="md" radius="md" data-testid={`part-${part.key}`}>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <Text fw={700} w={36} pb={6}>
              {numbering.get(`part:${part.key}`) ?? "—"}
            </Text>
            <TextInput
              style={{ flex: 1 }}
              label={t("admin.partTitle")}
              placeholder={t("admin.partTitlePlaceholder")}
              value={part.title ?? ""}
              onChange={(e) =>
                onChange(
                  updatePart(template, pi, {
                    title: e.currentTarget.value.trim() ? e.currentTarget.value : null,
                  }),
                )
              }
            />
            <Tooltip label={t("admin.moveUp")}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`${t("admin.moveUp")} ${part.key}`}
                disabled={pi === 0}
                onClick={() => onChange(movePart(template, pi, -1))}
              >
                ↑
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t("admin.moveDown")}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`${t("admin.moveDown")} ${part.key}`}
                disabled={pi === template.parts.length - 1}
                onClick={() => onChange(movePart(template, pi, 1))}
              >
                ↓
              </ActionIcon>
            </Tooltip>
            <Button variant="subtle" color="red" onClick={() => onChange(removePart(template, pi))}>
              {t("admin.removePart")}
            </Button>
          </Group>
          <Group gap="lg" mt="xs" ml={44} data-testid={`part-rules-${part.key}`}>
            <Switch
              size="xs"
              label={t("frame.mayAdd")}
              checked={part.townshipMayAdd ?? false}
              onChange={(e) =>
                onChange(updatePart(template, pi, { townshipMayAdd: e.currentTarget.checked }))
              }
            />
            <Switch
              size="xs"
              label={t("frame.mayRetitle")}
              checked={part.townshipMayRetitle ?? false}
              onChange={(e) =>
                onChange(updatePart(template, pi, { townshipMayRetitle: e.currentTarget.checked }))
              }
            />
            <Switch
              size="xs"
              label={t("frame.itemsDirect")}
              checked={part.itemsDirect ?? false}
              onChange={(e) => onChange(updatePart(template, pi, { itemsDirect: e.currentTarget.checked }))}
            />
          </Group>

          <Stack gap="xs" mt="sm">
            {part.sections.map((s, si) => {
              const plugin = byId.get(s.plugin);
              const settingsOpen = openSettings === s.key;
              return (
                <Paper
                  key={s.key}
                  withBorder
                  p="sm"
                  radius="sm"
                  bg={s.enabled ? undefined : "gray.0"}
                  data-testid={`section-row-${s.key}`}
                >
                  <Group gap="xs" wrap="nowrap" align="flex-end">
                    <Text w={44} pb={6} fw={600} c={s.enabled ? undefined : "dimmed"}>
                      {s.enabled ? (numbering.get(s.key) ?? "·") : "—"}
                    </Text>
                    <TextInput
                      style={{ flex: 2 }}
                      label={t("admin.heading")}
                      placeholder={t("admin.headingPlaceholder")}
                      value={s.heading ?? ""}
                      onChange={(e) =>
                        onChange(
                          updateSection(template, pi, si, {
                            heading: e.currentTarget.value.trim() ? e.currentTarget.value : null,
                          }),
                        )
                      }
                    />
                    <Select
                      style={{ flex: 1.4 }}
                      label={t("admin.plugin")}
                      data={
                        pluginOptions.some((o) => o.value === s.plugin)
                          ? pluginOptions
                          : [...pluginOptions, { value: s.plugin, label: s.plugin }]
                      }
                      value={s.plugin}
                      allowDeselect={false}
                      searchable
                      onChange={(v) => {
                        const p = v ? byId.get(v) : undefined;
                        if (p)
                          onChange(
                            updateSection(template, pi, si, {
                              plugin: p.id,
                              pluginVersion: p.version,
                              settings: {},
                            }),
                          );
                      }}
                    />
                    <Stack gap={6} pb={4}>
                      <Switch
                        size="xs"
                        label={t("admin.enabled")}
                        checked={s.enabled}
                        onChange={(e) =>
                          onChange(updateSection(template, pi, si, { enabled: e.currentTarget.checked }))
                        }
                      />
                      <Switch
                        size="xs"
                        label={t("admin.required")}
                        checked={s.required}
                        onChange={(e) =>
                          onChange(updateSection(template, pi, si, { required: e.currentTarget.checked }))
                        }
                      />
                    </Stack>
                    <Group gap={4} pb={2} wrap="nowrap">
                      <ActionIcon
                        variant="default"
                        aria-label={t("admin.moveUp")}
                        disabled={pi === 0 && si === 0}
                        onClick={() => onChange(moveSection(template, pi, si, -1))}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        aria-label={t("admin.moveDown")}
                        disabled={pi === template.parts.length - 1 && si === part.sections.length - 1}
                        onClick={() => onChange(moveSection(template, pi, si, 1))}
                      >
                        ↓
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t("admin.remove")}
                        onClick={() => onChange(removeSection(template, pi, si))}
                      >
                        ✕
                      </ActionIcon>
                    </Group>
                  </Group>
                  <Group gap="xs" mt={6} justify="space-between" wrap="nowrap">
                    <Text size="xs" c="dimmed" lineClamp={2} style={{ flex: 1, minWidth: 0 }}>
                      {plugin
                        ? `${tx(plugin.description ?? plugin.title, locale)} ${t("admin.metrics", { list: plugin.metrics.map((m) => `${tx(m.label, locale)}（${m.unit}）`).join("、") })}`
                        : null}
                      {!s.enabled ? ` ${t("admin.disabledNote")}` : ""}
                    </Text>
                    <Group gap={6} wrap="nowrap" style={{ flex: "none" }}>
                      <Badge variant="light" color="gray" radius="sm">
                        {s.key} · v{s.pluginVersion}
                      </Badge>
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => setOpenSettings(settingsOpen ? null : s.key)}
                      >
                        {t("admin.settings")}
                      </Button>
                    </Group>
                  </Group>
                  <Collapse expanded={settingsOpen}>
                    {plugin && settingsOpen ? (
                      <Paper p="sm" mt="xs" bg="gray.0" radius="sm">
                        <SettingsForm
                          idPrefix={s.key}
                          schema={plugin.settingsSchema as SettingsJsonSchema}
                          value={s.settings}
                          defaults={plugin.defaultSettings}
                          onChange={(settings) => onChange(updateSection(template, pi, si, { settings }))}
                        />
                      </Paper>
                    ) : null}
                  </Collapse>
                </Paper>
              );
            })}
            <Group gap="xs">
              <Select
                size="xs"
                w={320}
                aria-label={`${t("admin.addSectionPlugin")} ${part.key}`}
                placeholder={t("admin.addSectionPlugin")}
                data={pluginOptions}
                value={adding[pi] ?? null}
                searchable
                onChange={(v) => setAdding((a) => ({ ...a, [pi]: v }))}
              />
              <Button
                size="xs"
                variant="light"
                disabled={!adding[pi]}
                onClick={() => {
                  const p = byId.get(adding[pi] ?? "");
                  if (!p) return;
                  onChange(addSection(template, pi, p, part.title === null ? null : tx(p.title, "zh-CN")));
                  setAdding((a) => ({ ...a, [pi]: null }));
                }}
              >
                {t("admin.addSection")}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button variant="default" onClick={() => onChange(addPart(template, t("admin.newPartTitle")))}>
          {t("admin.addPart")}
        </Button>
      </Group>
    </Stack>
  );
}
