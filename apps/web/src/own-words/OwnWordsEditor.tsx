import "@mantine/tiptap/styles.css";
import "./own-words.css";
import { Box } from "@mantine/core";
import { RichTextEditor } from "@mantine/tiptap";
import type { CheckResult } from "@nianbao/sdk";
import type { FigureCatalog, TextDoc } from "@nianbao/text";
import { useEditor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AppLocale } from "../i18n/index.ts";
import { ownWordsExtensions } from "./extensions.ts";
import { FigureStore } from "./figure-store.ts";
import { FiguresPanel } from "./FiguresPanel.tsx";
import { RecognisedFigures } from "./schema/recognised-plugin.ts";
import { OwnWordsToolbar } from "./Toolbar.tsx";

export interface OwnWordsEditorProps {
  /** The stored own words the editor opens with (later changes of this prop are ignored: remount to reset). */
  initial: TextDoc;
  /** The section's figures with the values of the form as it is now (tokens follow it live). */
  catalog: FigureCatalog;
  locale: AppLocale;
  /** Every edit, as the stored document. */
  onChange: (doc: TextDoc) => void;
  editable: boolean;
  /** Where text and fields disagree (checkText), shown beside the text. */
  checks: readonly CheckResult[];
}

/**
 * The section's own words: a Tiptap editor limited to what an official report uses, with live figure tokens,
 * recognised plain figures to bind, and the figures and warnings beside it. Loaded lazily (with Tiptap).
 */
export default function OwnWordsEditor({
  initial,
  catalog,
  locale,
  onChange,
  editable,
  checks,
}: OwnWordsEditorProps) {
  const { t } = useTranslation();
  // The catalog is in the store before the editor's first paint, so that tokens never flash empty.
  const [store] = useState(() => {
    const s = new FigureStore();
    s.set(catalog, locale);
    return s;
  });
  useEffect(() => store.set(catalog, locale), [store, catalog, locale]);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const editor = useEditor({
    extensions: [
      ...ownWordsExtensions({
        store,
        placeholder: t("ownWords.placeholder"),
        words: {
          empty: (label) => t("ownWords.tokenEmpty", { label }),
          unknown: t("ownWords.tokenUnknown"),
          describe: (label, value) => t("ownWords.tokenDescribe", { label, value }),
        },
      }),
      RecognisedFigures.configure({
        store,
        describe: (f) => {
          const match = f.match ? store.entry(f.match.key) : undefined;
          return match
            ? t("ownWords.plainMatch", { text: f.text, label: match.label[store.get().locale] })
            : t("ownWords.plainNoMatch", { text: f.text });
        },
      }),
    ],
    content: initial,
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        "aria-label": t("ownWords.editorLabel"),
        "aria-multiline": "true",
        role: "textbox",
        "data-testid": "own-words-editor",
        spellcheck: "false",
      },
    },
    onUpdate: ({ editor: e }) => onChangeRef.current(e.getJSON() as TextDoc),
  });

  useEffect(() => {
    // Not an edit: no update event (which would mark the text changed).
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  return (
    <Box className="nb-ow-frame">
      <Box className="nb-ow">
        <RichTextEditor
          editor={editor}
          className="nb-ow-editor"
          withTypographyStyles={false}
          withCodeHighlightStyles={false}
        >
          {editable ? <OwnWordsToolbar editor={editor} store={store} /> : null}
          <RichTextEditor.Content className="nb-ow-content" />
        </RichTextEditor>
        <FiguresPanel editor={editor} store={store} checks={checks} editable={editable} />
      </Box>
    </Box>
  );
}
