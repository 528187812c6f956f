import { Node } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import type { NodeView } from "@tiptap/pm/view";
import { tokenText, type CatalogFigure } from "@nianbao/text";
import type { FigureStore } from "../figure-store.ts";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: {
      /** Put a figure token for `key` at the selection (replacing selected text, e.g. a recognised figure). */
      insertFigure: (key: string, range?: { from: number; to: number }) => ReturnType;
    };
  }
}

/** What a token shows and how: its state drives the styling (bound, empty field, unknown figure). */
export interface FigureDisplay {
  /** As the report prints it: the value, or 【label】 while the field is empty. */
  text: string;
  state: "bound" | "empty" | "unknown";
  /** What a screen reader and the tooltip say. */
  description: string;
}

/** How a figure token reads on screen now. */
export function figureDisplay(
  key: string,
  entry: CatalogFigure | undefined,
  locale: "zh-CN" | "en",
  words: FigureOptions["words"],
): FigureDisplay {
  const { text, missing } = tokenText(entry, key);
  if (!entry) return { text, state: "unknown", description: words.unknown };
  const label = entry.label[locale];
  if (missing) return { text, state: "empty", description: words.empty(label) };
  return { text, state: "bound", description: words.describe(label, text) };
}

export interface FigureOptions {
  store: FigureStore | null;
  /** What a token says to a screen reader and in its tooltip (from i18n). */
  words: {
    empty: (label: string) => string;
    unknown: string;
    describe: (label: string, value: string) => string;
  };
}

/** The token's DOM, kept in step with the store: the figure's current value, never a stored copy. */
class FigureView implements NodeView {
  dom: HTMLElement;
  private key: string;
  private readonly unsubscribe: () => void;

  constructor(
    key: string,
    private readonly options: FigureOptions,
  ) {
    this.key = key;
    this.dom = document.createElement("span");
    this.dom.className = "nb-figure";
    this.dom.contentEditable = "false";
    this.dom.setAttribute("data-figure", key);
    this.unsubscribe = options.store?.subscribe(() => this.paint()) ?? (() => undefined);
    this.paint();
  }

  private paint(): void {
    const snapshot = this.options.store?.get();
    const d = figureDisplay(
      this.key,
      snapshot?.entries.get(this.key),
      snapshot?.locale ?? "zh-CN",
      this.options.words,
    );
    this.dom.textContent = d.text;
    this.dom.setAttribute("data-state", d.state);
    this.dom.title = d.description;
    this.dom.setAttribute("aria-label", d.description);
  }

  update(node: PmNode): boolean {
    if (node.type.name !== "figure") return false;
    const key = String(node.attrs.key);
    if (key !== this.key) {
      this.key = key;
      this.dom.setAttribute("data-figure", key);
      this.paint();
    }
    return true;
  }

  selectNode(): void {
    this.dom.classList.add("ProseMirror-selectednode");
  }

  deselectNode(): void {
    this.dom.classList.remove("ProseMirror-selectednode");
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.unsubscribe();
  }
}

/** A live figure: an inline atom bound to a figure of the section's catalog by its key. */
export const Figure = Node.create<FigureOptions>({
  name: "figure",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return {
      store: null,
      words: {
        empty: (label) => `${label}：未填写`,
        unknown: "未知数字",
        describe: (label, value) => `${label}：${value}`,
      },
    };
  },

  addAttributes() {
    return {
      key: {
        default: "",
        parseHTML: (el) => el.getAttribute("data-figure") ?? "",
        renderHTML: (attrs) => ({ "data-figure": attrs.key as string }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "span[data-figure]" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const value = this.options.store?.entry(String(node.attrs.key))?.value ?? "";
    return ["span", { ...HTMLAttributes, class: "nb-figure" }, value];
  },

  renderText({ node }) {
    return this.options.store?.entry(String(node.attrs.key))?.value ?? "";
  },

  addNodeView() {
    return ({ node }) => new FigureView(String(node.attrs.key), this.options);
  },

  addCommands() {
    return {
      insertFigure:
        (key, range) =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.nodes.figure!;
          const from = range?.from ?? state.selection.from;
          const to = range?.to ?? state.selection.to;
          const $from = state.doc.resolve(from);
          if (!$from.parent.inlineContent || !state.doc.resolve(to).parent.inlineContent) return false;
          if (dispatch) tr.replaceWith(from, to, type.create({ key })).scrollIntoView();
          return true;
        },
    };
  },
});
