import { Mark, mergeAttributes } from "@tiptap/core";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    runIn: {
      /**
       * Mark the run-in heading of the paragraph or item around the selection: the selected text, or with
       * nothing selected its first sentence (up to the first 。：！？); again on a marked heading: unmark it.
       */
      toggleRunIn: () => ReturnType;
    };
  }
}

const SENTENCE_END = /[。：！？:]/u;

/** The run-in heading that opens a paragraph or item ("加强学习。" in "一是加强学习。全年…"). */
export const RunIn = Mark.create({
  name: "runIn",
  inclusive: false,
  excludes: "_",

  parseHTML() {
    return [{ tag: "span[data-run-in]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(HTMLAttributes, { "data-run-in": "", class: "nb-run-in" }), 0];
  },

  addCommands() {
    return {
      toggleRunIn:
        () =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.marks.runIn!;
          const { $from, from, to, empty } = state.selection;
          const block = $from.parent;
          if (!block.isTextblock || block.type.name === "heading") return false;
          const start = $from.start();
          if (!empty) {
            if (state.doc.rangeHasMark(from, to, type)) {
              if (dispatch) tr.removeMark(from, to, type);
              return true;
            }
            // The heading opens the block: it runs from the block's start to the selection's end.
            if (dispatch) tr.addMark(start, to, type.create());
            return true;
          }
          const end = start + block.content.size;
          if (state.doc.rangeHasMark(start, end, type)) {
            if (dispatch) tr.removeMark(start, end, type);
            return true;
          }
          // The first sentence end in the block's own text (a figure token never ends a sentence).
          let offset = -1;
          block.forEach((child, childOffset) => {
            if (offset >= 0 || !child.isText) return;
            const match = SENTENCE_END.exec(child.text ?? "");
            if (match) offset = childOffset + match.index + 1;
          });
          if (offset < 0) return false;
          if (dispatch) tr.addMark(start, start + offset, type.create());
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return { "Mod-Alt-r": () => this.editor.commands.toggleRunIn() };
  },
});
