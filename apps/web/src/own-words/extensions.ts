import { Extension, type AnyExtension, type Attributes } from "@tiptap/core";
import Document from "@tiptap/extension-document";
import Heading from "@tiptap/extension-heading";
import Paragraph from "@tiptap/extension-paragraph";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import Text from "@tiptap/extension-text";
import { Gapcursor, Placeholder, UndoRedo } from "@tiptap/extensions";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { FigureStore } from "./figure-store.ts";
import { Figure, type FigureOptions } from "./schema/figure.ts";
import { Item, ItemRun } from "./schema/item-run.ts";
import { Numbering } from "./schema/numbering-plugin.ts";
import { cleanPastedHtml } from "./schema/paste.ts";
import { RunIn } from "./schema/run-in.ts";

/** Pasted content keeps only the schema's structure (see cleanPastedHtml). */
const PasteClean = Extension.create({
  name: "pasteClean",
  addProseMirrorPlugins() {
    return [
      new Plugin({ key: new PluginKey("nb-paste-clean"), props: { transformPastedHTML: cleanPastedHtml } }),
    ];
  },
});

/** A cell's attributes less its alignment: the layout is the platform's, not the clerk's. */
function withoutAlign(this: { parent: (() => Attributes | object) | undefined }): Attributes {
  const { align: _align, ...rest } = (this.parent?.() ?? {}) as Attributes;
  return rest;
}

export interface OwnWordsExtensionOptions {
  store: FigureStore | null;
  words: FigureOptions["words"];
  placeholder?: string;
  /** Extra extensions (the recognised-figure highlighter). */
  extra?: AnyExtension[];
}

/**
 * The whole schema of a section's own words (TEXT-LAYER.md): paragraphs, sub-headings (levels 3 and 4), item
 * runs, tables, the run-in heading mark and figure tokens; plus undo, the automatic numbering, clean paste.
 * No fonts, colours or sizes: there is nothing to hold them.
 */
export function ownWordsExtensions({
  store,
  words,
  placeholder,
  extra = [],
}: OwnWordsExtensionOptions): AnyExtension[] {
  return [
    Document,
    Paragraph,
    Text,
    Heading.configure({ levels: [3, 4] }),
    ItemRun,
    Item,
    RunIn,
    Figure.configure({ store, words }),
    Table.configure({ resizable: false, allowTableNodeSelection: false }),
    TableRow,
    TableHeader.extend({ content: "paragraph+", addAttributes: withoutAlign }),
    TableCell.extend({ content: "paragraph+", addAttributes: withoutAlign }),
    UndoRedo,
    Gapcursor,
    Placeholder.configure({ placeholder: placeholder ?? "" }),
    Numbering,
    PasteClean,
    ...extra,
  ];
}
