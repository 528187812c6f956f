import { Extension } from "@tiptap/core";
import { recogniseFigures, type FigureCatalog, type RecognisedFigure } from "@nianbao/text";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { FigureStore } from "../figure-store.ts";

/** A figure typed as plain text, where it is in the document, and what the recogniser makes of it. */
export interface PlainFigure extends Omit<RecognisedFigure, "start" | "end"> {
  from: number;
  to: number;
}

interface RecognisedState {
  found: PlainFigure[];
  decorations: DecorationSet;
}

export const recognisedKey = new PluginKey<RecognisedState>("nb-recognised");

/** Stands for a figure token in a paragraph's text: breaks a figure in two, matches nothing. */
const TOKEN = "\uFFFC";

/** Every figure typed as plain text in the document (figure tokens are not plain figures). */
export function findPlainFigures(doc: PmNode, catalog: FigureCatalog): PlainFigure[] {
  const out: PlainFigure[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // The block's text with each token as one character, and where each character sits in the document.
    let text = "";
    const at: number[] = [];
    node.forEach((child, offset) => {
      const start = pos + 1 + offset;
      if (child.isText) {
        const s = child.text ?? "";
        for (let i = 0; i < s.length; i++) at.push(start + i);
        text += s;
      } else {
        at.push(start);
        text += TOKEN;
      }
    });
    at.push(pos + 1 + node.content.size);
    for (const f of recogniseFigures(text, catalog)) {
      const { start, end, ...rest } = f;
      out.push({ ...rest, from: at[start]!, to: at[end - 1]! + 1 });
    }
    return false;
  });
  return out;
}

/** Words before a figure that read as part of the sentence, not of the figure's value ("参训率达94.7%"). */
const LEAD_WORDS = /^(达到|达|共计|共|累计)/u;

/**
 * The part of a plain figure a token replaces: the figure's value as the token will print it (a leading 达 or
 * 共 stays a word of the sentence), or without the lead words when the field prints something else.
 */
export function bindRange(f: PlainFigure, value: string | null): { from: number; to: number } {
  if (value && f.text.endsWith(value)) return { from: f.to - value.length, to: f.to };
  const lead = LEAD_WORDS.exec(f.text)?.[0].length ?? 0;
  return { from: f.from + Math.min(lead, f.to - f.from - 1), to: f.to };
}

function build(doc: PmNode, catalog: FigureCatalog, describe: (f: PlainFigure) => string): RecognisedState {
  const found = findPlainFigures(doc, catalog);
  const decorations = DecorationSet.create(
    doc,
    found.map((f) =>
      Decoration.inline(f.from, f.to, {
        class: f.match ? "nb-plain-figure nb-plain-figure--match" : "nb-plain-figure",
        title: describe(f),
        "data-plain-figure": f.text,
      }),
    ),
  );
  return { found, decorations };
}

/** The plain figures the recogniser found in the editor's document now. */
export function plainFigures(state: EditorState): PlainFigure[] {
  return recognisedKey.getState(state)?.found ?? [];
}

export interface RecognisedOptions {
  store: FigureStore | null;
  /** The tooltip of a highlighted figure (from i18n). */
  describe: (f: PlainFigure) => string;
}

/**
 * Highlights the figures typed as plain text ("共调处矛盾纠纷37起"), with the field each most likely is, so that
 * the clerk can bind them; re-reads when the text or the catalog (the form's values) changes.
 */
export const RecognisedFigures = Extension.create<RecognisedOptions>({
  name: "recognisedFigures",

  addOptions() {
    return { store: null, describe: (f) => f.text };
  },

  addProseMirrorPlugins() {
    const { store, describe } = this.options;
    const catalog = (): FigureCatalog => [...(store?.get().entries.values() ?? [])];
    return [
      new Plugin<RecognisedState>({
        key: recognisedKey,
        state: {
          init: (_config, state) => build(state.doc, catalog(), describe),
          apply: (tr, old) =>
            tr.docChanged || tr.getMeta(recognisedKey) ? build(tr.doc, catalog(), describe) : old,
        },
        props: {
          decorations: (state) => recognisedKey.getState(state)?.decorations,
        },
        view: (view) => {
          const unsubscribe = store?.subscribe(() => {
            if (!view.isDestroyed)
              view.dispatch(view.state.tr.setMeta(recognisedKey, true).setMeta("addToHistory", false));
          });
          return { destroy: () => unsubscribe?.() };
        },
      }),
    ];
  },
});
