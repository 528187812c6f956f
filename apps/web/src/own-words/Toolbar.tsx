import { Menu } from "@mantine/core";
import { RichTextEditor } from "@mantine/tiptap";
import type { ItemLayout, ItemStyle } from "@nianbao/text";
import { useEditorState, type Editor } from "@tiptap/react";
import { useTranslation } from "react-i18next";
import { FigureMenu } from "./FigureMenu.tsx";
import type { FigureStore } from "./figure-store.ts";
import { findItemRun } from "./schema/item-run.ts";

/** A text glyph for a toolbar button (the app ships no icon set; the words are what a clerk knows). */
function Glyph({ children }: { children: string }) {
  return (
    <span aria-hidden className="nb-ow-glyph">
      {children}
    </span>
  );
}

const STYLE_GLYPH: Record<ItemStyle, string> = { yishi: "一是", decimal: "1.", paren: "（1）" };

/**
 * The own-words toolbar: only what an official report uses — undo, paragraph, the two sub-heading levels, the
 * run-in heading, item runs (style and layout), tables, and "插入数字". Every button has a label.
 */
export function OwnWordsToolbar({ editor, store }: { editor: Editor; store: FigureStore }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const run = findItemRun(e.state);
      return {
        paragraph: e.isActive("paragraph"),
        h3: e.isActive("heading", { level: 3 }),
        h4: e.isActive("heading", { level: 4 }),
        runIn: e.isActive("runIn"),
        runStyle: (run?.node.attrs.style as ItemStyle | undefined) ?? null,
        runLayout: (run?.node.attrs.layout as ItemLayout | undefined) ?? null,
        table: e.isActive("table"),
        canUndo: e.can().undo(),
        canRedo: e.can().redo(),
      };
    },
  });
  const chain = () => editor.chain().focus();
  const styles: ItemStyle[] = ["yishi", "decimal", "paren"];
  const styleLabel: Record<ItemStyle, string> = {
    yishi: t("ownWords.styleYishi"),
    decimal: t("ownWords.styleDecimal"),
    paren: t("ownWords.styleParen"),
  };

  return (
    <RichTextEditor.Toolbar
      sticky
      stickyOffset="calc(var(--app-shell-header-offset, 0px) + 3.75rem)"
      aria-label={t("ownWords.toolbar")}
      role="toolbar"
    >
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Control
          onClick={() => chain().undo().run()}
          disabled={!state.canUndo}
          aria-label={t("ownWords.undo")}
          title={t("ownWords.undo")}
        >
          <Glyph>↶</Glyph>
        </RichTextEditor.Control>
        <RichTextEditor.Control
          onClick={() => chain().redo().run()}
          disabled={!state.canRedo}
          aria-label={t("ownWords.redo")}
          title={t("ownWords.redo")}
        >
          <Glyph>↷</Glyph>
        </RichTextEditor.Control>
      </RichTextEditor.ControlsGroup>

      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Control
          onClick={() => chain().setParagraph().run()}
          active={state.paragraph}
          aria-label={`${t("ownWords.paragraphShort")} ${t("ownWords.paragraph")}`}
          title={t("ownWords.paragraph")}
        >
          <Glyph>{t("ownWords.paragraphShort")}</Glyph>
        </RichTextEditor.Control>
        <RichTextEditor.Control
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
          active={state.h3}
          aria-label={`${t("ownWords.heading3Short")} ${t("ownWords.heading3")}`}
          title={t("ownWords.heading3")}
        >
          <Glyph>{t("ownWords.heading3Short")}</Glyph>
        </RichTextEditor.Control>
        <RichTextEditor.Control
          onClick={() => chain().toggleHeading({ level: 4 }).run()}
          active={state.h4}
          aria-label={`${t("ownWords.heading4Short")} ${t("ownWords.heading4")}`}
          title={t("ownWords.heading4")}
        >
          <Glyph>{t("ownWords.heading4Short")}</Glyph>
        </RichTextEditor.Control>
        <RichTextEditor.Control
          onClick={() => chain().toggleRunIn().run()}
          active={state.runIn}
          aria-label={`${t("ownWords.runInGlyph")} ${t("ownWords.runIn")}`}
          title={t("ownWords.runIn")}
        >
          <Glyph>{t("ownWords.runInGlyph")}</Glyph>
        </RichTextEditor.Control>
      </RichTextEditor.ControlsGroup>

      <RichTextEditor.ControlsGroup>
        {styles.map((s) => (
          <RichTextEditor.Control
            key={s}
            onClick={() => chain().toggleItemRun(s).run()}
            active={state.runStyle === s}
            aria-label={`${STYLE_GLYPH[s]} ${t("ownWords.itemRun")}：${styleLabel[s]}`}
            title={`${t("ownWords.itemRun")}：${styleLabel[s]}`}
          >
            <Glyph>{STYLE_GLYPH[s]}</Glyph>
          </RichTextEditor.Control>
        ))}
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <RichTextEditor.Control
              disabled={state.runStyle === null}
              aria-label={`${state.runLayout === "inline" ? t("ownWords.layoutInlineShort") : t("ownWords.layoutParagraphsShort")} ${t("ownWords.itemRunMenu")}`}
              title={t("ownWords.itemRunMenu")}
            >
              <Glyph>
                {state.runLayout === "inline"
                  ? t("ownWords.layoutInlineShort")
                  : t("ownWords.layoutParagraphsShort")}
              </Glyph>
            </RichTextEditor.Control>
          </Menu.Target>
          <Menu.Dropdown>
            {(["paragraphs", "inline"] as const).map((l) => (
              <Menu.Item
                key={l}
                onClick={() => chain().setItemRunLayout(l).run()}
                aria-checked={state.runLayout === l}
                role="menuitemradio"
              >
                {l === "inline" ? t("ownWords.layoutInline") : t("ownWords.layoutParagraphs")}
              </Menu.Item>
            ))}
            {state.runStyle ? (
              <>
                <Menu.Divider />
                <Menu.Item onClick={() => chain().toggleItemRun(state.runStyle!).run()}>
                  {t("ownWords.removeItemRun")}
                </Menu.Item>
              </>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      </RichTextEditor.ControlsGroup>

      <RichTextEditor.ControlsGroup>
        {state.table ? (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <RichTextEditor.Control
                aria-label={`${t("ownWords.tableShort")} ${t("ownWords.table")}`}
                title={t("ownWords.table")}
              >
                <Glyph>{`${t("ownWords.tableShort")} ▾`}</Glyph>
              </RichTextEditor.Control>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => chain().addRowAfter().run()}>{t("ownWords.tableRowAfter")}</Menu.Item>
              <Menu.Item onClick={() => chain().addColumnAfter().run()}>
                {t("ownWords.tableColumnAfter")}
              </Menu.Item>
              <Menu.Item onClick={() => chain().toggleHeaderRow().run()}>
                {t("ownWords.tableToggleHeader")}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item onClick={() => chain().deleteRow().run()}>{t("ownWords.tableRowDelete")}</Menu.Item>
              <Menu.Item onClick={() => chain().deleteColumn().run()}>
                {t("ownWords.tableColumnDelete")}
              </Menu.Item>
              <Menu.Item color="red" onClick={() => chain().deleteTable().run()}>
                {t("ownWords.tableDelete")}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        ) : (
          <RichTextEditor.Control
            onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
            aria-label={`${t("ownWords.tableShort")} ${t("ownWords.tableInsert")}`}
            title={t("ownWords.tableInsert")}
          >
            <Glyph>{t("ownWords.tableShort")}</Glyph>
          </RichTextEditor.Control>
        )}
      </RichTextEditor.ControlsGroup>

      <RichTextEditor.ControlsGroup>
        <FigureMenu editor={editor} store={store} />
      </RichTextEditor.ControlsGroup>
    </RichTextEditor.Toolbar>
  );
}
