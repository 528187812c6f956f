import { Node, mergeAttributes, type CommandProps } from "@tiptap/core";
import { Fragment, type Node as PmNode } from "@tiptap/pm/model";
import { TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { ITEM_LAYOUTS, ITEM_STYLES, type ItemLayout, type ItemStyle } from "@nianbao/text";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    itemRun: {
      /** Selection in a run of this style: back to paragraphs; in another run: restyle; else: make a run. */
      toggleItemRun: (style: ItemStyle) => ReturnType;
      /** Change the layout of the run around the selection. */
      setItemRunLayout: (layout: ItemLayout) => ReturnType;
    };
  }
}

/** The run around the selection: the node and its position, or null. */
export function findItemRun(state: EditorState): { node: PmNode; pos: number; depth: number } | null {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    const node = $from.node(d);
    if (node.type.name === "itemRun") return { node, pos: $from.before(d), depth: d };
  }
  return null;
}

/** The top-level blocks the selection touches, when they are all textblocks (paragraphs or sub-headings). */
function selectedTextblocks(state: EditorState): { from: number; to: number; blocks: PmNode[] } | null {
  const { $from, $to } = state.selection;
  if ($from.depth < 1 || $to.depth < 1) return null;
  const from = $from.before(1);
  const to = $to.after(1);
  const blocks: PmNode[] = [];
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (pos < from) return false;
    blocks.push(node);
    return false;
  });
  if (blocks.length === 0 || blocks.some((b) => !b.isTextblock)) return null;
  return { from, to, blocks };
}

function toggleItemRun(style: ItemStyle) {
  return ({ state, tr, dispatch }: CommandProps): boolean => {
    const { schema } = state;
    const run = findItemRun(state);
    if (run) {
      if (run.node.attrs.style !== style) {
        if (dispatch) tr.setNodeMarkup(run.pos, undefined, { ...run.node.attrs, style });
        return true;
      }
      // Same style again: the items become paragraphs.
      if (dispatch) {
        const paragraphs: PmNode[] = [];
        run.node.forEach((item) => paragraphs.push(schema.nodes.paragraph!.create(null, item.content)));
        const offset = state.selection.from - run.pos;
        tr.replaceWith(run.pos, run.pos + run.node.nodeSize, paragraphs);
        // Each item's two boundaries become a paragraph's: positions inside stay where they were, less the run's.
        tr.setSelection(TextSelection.near(tr.doc.resolve(Math.max(1, run.pos + offset - 1))));
      }
      return true;
    }
    const range = selectedTextblocks(state);
    if (!range) return false;
    if (dispatch) {
      const items = range.blocks.map((b) => schema.nodes.item!.create(null, b.content));
      const node = schema.nodes.itemRun!.create({ style, layout: "paragraphs" }, items);
      const offset = state.selection.from - range.from;
      tr.replaceWith(range.from, range.to, node);
      tr.setSelection(TextSelection.near(tr.doc.resolve(range.from + offset + 1)));
    }
    return true;
  };
}

/**
 * Enter in an empty item ends the run there: the item becomes a paragraph after the items before it (a run
 * after it keeps the items that follow).
 */
function exitEmptyItem({ state, dispatch }: { state: EditorState; dispatch?: (tr: Transaction) => void }) {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type.name !== "item" || $from.parent.content.size > 0) return false;
  const run = findItemRun(state);
  if (!run) return false;
  const index = $from.index(run.depth);
  const before: PmNode[] = [];
  const after: PmNode[] = [];
  run.node.forEach((item, _o, i) => {
    if (i < index) before.push(item);
    if (i > index) after.push(item);
  });
  if (dispatch) {
    const { schema } = state;
    const parts: PmNode[] = [];
    if (before.length) parts.push(run.node.type.create(run.node.attrs, before));
    const paragraphAt = run.pos + (before.length ? parts[0]!.nodeSize : 0);
    parts.push(schema.nodes.paragraph!.create());
    if (after.length) parts.push(run.node.type.create(run.node.attrs, after));
    const tr = state.tr.replaceWith(run.pos, run.pos + run.node.nodeSize, Fragment.from(parts));
    tr.setSelection(TextSelection.create(tr.doc, paragraphAt + 1));
    dispatch(tr.scrollIntoView());
  }
  return true;
}

/** Backspace at the start of a run's first item: the item leaves the run as a paragraph before it. */
function liftFirstItem({ state, dispatch }: { state: EditorState; dispatch?: (tr: Transaction) => void }) {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type.name !== "item" || $from.parentOffset !== 0) return false;
  const run = findItemRun(state);
  if (!run || $from.index(run.depth) !== 0) return false;
  if (dispatch) {
    const { schema } = state;
    const first = run.node.child(0);
    const paragraph = schema.nodes.paragraph!.create(null, first.content);
    const rest: PmNode[] = [];
    run.node.forEach((item, _o, i) => {
      if (i > 0) rest.push(item);
    });
    const parts = rest.length ? [paragraph, run.node.type.create(run.node.attrs, rest)] : [paragraph];
    const tr = state.tr.replaceWith(run.pos, run.pos + run.node.nodeSize, Fragment.from(parts));
    tr.setSelection(TextSelection.create(tr.doc, run.pos + 1));
    dispatch(tr.scrollIntoView());
  }
  return true;
}

/** A run of items (一是…二是…, 1. 2., （1）（2）), numbered automatically. */
export const ItemRun = Node.create({
  name: "itemRun",
  group: "block",
  content: "item+",
  defining: true,

  addAttributes() {
    return {
      style: {
        default: "yishi" satisfies ItemStyle,
        parseHTML: (el) => {
          const v = el.getAttribute("data-style");
          return ITEM_STYLES.includes(v as ItemStyle) ? v : "yishi";
        },
        renderHTML: (attrs) => ({ "data-style": attrs.style as string }),
      },
      layout: {
        default: "paragraphs" satisfies ItemLayout,
        parseHTML: (el) => {
          const v = el.getAttribute("data-layout");
          return ITEM_LAYOUTS.includes(v as ItemLayout) ? v : "paragraphs";
        },
        renderHTML: (attrs) => ({ "data-layout": attrs.layout as string }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "div[data-item-run]" }, { tag: "ol", attrs: { style: "decimal", layout: "paragraphs" } }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-item-run": "", class: "nb-item-run" }), 0];
  },

  addCommands() {
    return {
      toggleItemRun: (style) => toggleItemRun(style),
      setItemRunLayout:
        (layout) =>
        ({ state, tr, dispatch }) => {
          const run = findItemRun(state);
          if (!run) return false;
          if (dispatch) tr.setNodeMarkup(run.pos, undefined, { ...run.node.attrs, layout });
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => exitEmptyItem({ state: editor.state, dispatch: editor.view.dispatch }),
      Backspace: ({ editor }) => liftFirstItem({ state: editor.state, dispatch: editor.view.dispatch }),
      "Mod-Alt-7": ({ editor }) => editor.commands.toggleItemRun("yishi"),
    };
  },
});

/** One item of a run: its text (a run-in heading may open it). */
export const Item = Node.create({
  name: "item",
  content: "inline*",
  defining: true,

  parseHTML() {
    return [{ tag: "div[data-item]" }, { tag: "li", contentElement: (el) => el }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-item": "", class: "nb-item" }), 0];
  },
});
