import { Group, Menu, ScrollArea, Text } from "@mantine/core";
import { RichTextEditor } from "@mantine/tiptap";
import type { Editor } from "@tiptap/react";
import { useTranslation } from "react-i18next";
import type { FigureStore } from "./figure-store.ts";
import { useFigures } from "./use-figures.ts";

/** "插入数字": the section's figures by label and unit, with the value each prints now. */
export function FigureMenu({ editor, store }: { editor: Editor; store: FigureStore }) {
  const { t } = useTranslation();
  const { entries, locale } = useFigures(store);
  const figures = [...entries.values()];
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={320}>
      <Menu.Target>
        <RichTextEditor.Control
          aria-label={t("ownWords.insertFigure")}
          title={t("ownWords.insertFigureHint")}
          className="nb-ow-figure-control"
          data-testid="insert-figure"
        >
          <span aria-hidden className="nb-ow-glyph">
            {`# ${t("ownWords.insertFigure")} ▾`}
          </span>
        </RichTextEditor.Control>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("ownWords.insertFigureHint")}</Menu.Label>
        {figures.length === 0 ? (
          <Menu.Item disabled>{t("ownWords.noFigures")}</Menu.Item>
        ) : (
          <ScrollArea.Autosize mah={320} type="auto">
            {figures.map((f) => (
              <Menu.Item
                key={f.key}
                onClick={() => editor.chain().focus().insertFigure(f.key).run()}
                data-figure-key={f.key}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" lineClamp={2}>
                    {f.label[locale]}
                    {f.unit ? <Text span c="dimmed" size="xs">{`（${f.unit}）`}</Text> : null}
                  </Text>
                  <Text
                    size="sm"
                    fw={600}
                    c={f.value ? "blue.8" : "orange.8"}
                    style={{ whiteSpace: "nowrap" }}
                  >
                    {f.value ?? t("ownWords.figureEmpty")}
                  </Text>
                </Group>
              </Menu.Item>
            ))}
          </ScrollArea.Autosize>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
