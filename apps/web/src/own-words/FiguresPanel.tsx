import { Alert, Badge, Button, Group, List, Menu, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import type { CheckResult } from "@nianbao/sdk";
import { tokenText } from "@nianbao/text";
import { useEditorState, type Editor } from "@tiptap/react";
import { useTranslation } from "react-i18next";
import type { FigureStore } from "./figure-store.ts";
import { bindRange, plainFigures, type PlainFigure } from "./schema/recognised-plugin.ts";
import { useFigures } from "./use-figures.ts";

interface BoundToken {
  key: string;
  pos: number;
}

function boundTokens(editor: Editor): BoundToken[] {
  const out: BoundToken[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === "figure") out.push({ key: String(node.attrs.key), pos });
    return true;
  });
  return out;
}

/**
 * Beside the text: the figures it shows bound to fields, the figures typed as plain text with a one-click
 * "绑定" to the matching field, and the warnings where text and fields disagree.
 */
export function FiguresPanel({
  editor,
  store,
  checks,
  editable,
}: {
  editor: Editor;
  store: FigureStore;
  checks: readonly CheckResult[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { entries, locale } = useFigures(store);
  const { bound, plain } = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ bound: boundTokens(e), plain: plainFigures(e.state) }),
    equalityFn: (a, b) =>
      b !== null &&
      a.bound.length === b.bound.length &&
      a.plain.length === b.plain.length &&
      a.bound.every((x, i) => x.key === b.bound[i]!.key && x.pos === b.bound[i]!.pos) &&
      a.plain.every(
        (x, i) =>
          x.from === b.plain[i]!.from && x.to === b.plain[i]!.to && x.match?.key === b.plain[i]!.match?.key,
      ),
  });
  const labelOf = (key: string) => entries.get(key)?.label[locale] ?? key;

  const reveal = (from: number, to: number) => {
    editor.chain().focus().setTextSelection({ from, to }).scrollIntoView().run();
  };
  const bind = (f: PlainFigure, key: string) => {
    editor
      .chain()
      .focus()
      .insertFigure(key, bindRange(f, entries.get(key)?.value ?? null))
      .run();
  };

  return (
    <Stack gap="sm" className="nb-ow-panel" aria-label={t("ownWords.figuresTitle")} role="region">
      <Title order={4} size="h5">
        {t("ownWords.figuresTitle")}
      </Title>

      <div>
        <Text size="sm" fw={600} mb={4}>
          {t("ownWords.unbound", { count: plain.length })}
        </Text>
        {plain.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t("ownWords.noUnbound")}
          </Text>
        ) : (
          <Stack gap={6} data-testid="unbound-figures">
            {plain.map((f) => {
              const match = f.match ? entries.get(f.match.key) : undefined;
              const others = f.candidates.filter((c) => c.key !== f.match?.key);
              return (
                <div key={`${f.from}-${f.to}`} className="nb-ow-plain">
                  <Group gap={6} wrap="nowrap" justify="space-between">
                    <UnstyledButton
                      onClick={() => reveal(f.from, f.to)}
                      aria-label={`${f.text}（${t("ownWords.showIn")}）`}
                    >
                      <Text span size="sm" className="nb-plain-figure">
                        {f.text}
                      </Text>
                    </UnstyledButton>
                    {editable && match ? (
                      <Button
                        size="compact-xs"
                        onClick={() => bind(f, match.key)}
                        aria-label={t("ownWords.bindAria", { text: f.text, label: match.label[locale] })}
                      >
                        {t("ownWords.bind")}
                      </Button>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {match ? `→ ${match.label[locale]}` : t("ownWords.noMatch")}
                  </Text>
                  {match && match.value !== null && !f.text.endsWith(match.value) ? (
                    <Text size="xs" c="orange.8">
                      {t("ownWords.differs", { value: match.value })}
                    </Text>
                  ) : null}
                  {editable && (others.length > 0 || !match) && entries.size > 0 ? (
                    <Menu withinPortal position="bottom-start">
                      <Menu.Target>
                        <Button variant="subtle" size="compact-xs" px={0}>
                          {t("ownWords.bindOther")}
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {(others.length > 0 ? others.map((c) => c.key) : [...entries.keys()]).map((key) => (
                          <Menu.Item key={key} onClick={() => bind(f, key)}>
                            {labelOf(key)}
                            <Text span size="xs" c="dimmed">{` ${entries.get(key)?.value ?? ""}`}</Text>
                          </Menu.Item>
                        ))}
                      </Menu.Dropdown>
                    </Menu>
                  ) : null}
                </div>
              );
            })}
          </Stack>
        )}
      </div>

      <div>
        <Text size="sm" fw={600} mb={4}>
          {t("ownWords.bound", { count: bound.length })}
        </Text>
        {bound.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t("ownWords.noBound")}
          </Text>
        ) : (
          <Stack gap={4} data-testid="bound-figures">
            {bound.map((b) => {
              const entry = entries.get(b.key);
              const { text, missing } = tokenText(entry, b.key);
              return (
                <UnstyledButton
                  key={b.pos}
                  onClick={() => reveal(b.pos, b.pos + 1)}
                  className="nb-ow-bound"
                  aria-label={`${labelOf(b.key)} ${text}（${t("ownWords.showIn")}）`}
                >
                  <Group gap={6} wrap="nowrap" justify="space-between">
                    <Text size="xs" lineClamp={1}>
                      {labelOf(b.key)}
                    </Text>
                    <Badge
                      size="sm"
                      variant="light"
                      color={!entry ? "red" : missing ? "orange" : "blue"}
                      tt="none"
                    >
                      {text}
                    </Badge>
                  </Group>
                </UnstyledButton>
              );
            })}
          </Stack>
        )}
      </div>

      <div>
        <Text size="sm" fw={600} mb={4}>
          {t("ownWords.warningsTitle")}
        </Text>
        {checks.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t("ownWords.noWarnings")}
          </Text>
        ) : (
          <Alert color="orange" variant="light" p="xs" data-testid="text-warnings">
            <List size="xs" spacing={2}>
              {checks.map((c) => (
                <List.Item key={`${c.id}:${c.message}`}>{c.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </div>
    </Stack>
  );
}
