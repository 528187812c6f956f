import { Extension } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { headingOrdinal, itemOrdinal, type ItemRunStyle } from "../numbering.ts";

export const numberingKey = new PluginKey<DecorationSet>("nb-numbering");

/**
 * The ordinals of a document as it prints, by position: every item of a run (一是, 1., （1）) and every
 * sub-heading (level 3 "1.", level 4 "（1）", restarting under each level 3).
 */
export function ordinals(doc: PmNode): { pos: number; size: number; ordinal: string }[] {
  const out: { pos: number; size: number; ordinal: string }[] = [];
  let h3 = 0;
  let h4 = 0;
  doc.descendants((node, pos) => {
    if (node.type.name === "heading") {
      const level = node.attrs.level === 4 ? 4 : 3;
      if (level === 3) {
        h3 += 1;
        h4 = 0;
      } else h4 += 1;
      out.push({ pos, size: node.nodeSize, ordinal: headingOrdinal(level, level === 3 ? h3 : h4) });
      return false;
    }
    if (node.type.name === "itemRun") {
      const style = node.attrs.style as ItemRunStyle;
      node.forEach((item, offset, i) => {
        out.push({ pos: pos + 1 + offset, size: item.nodeSize, ordinal: itemOrdinal(style, i + 1) });
      });
      return false;
    }
    return !node.isTextblock;
  });
  return out;
}

function decorate(doc: PmNode): DecorationSet {
  return DecorationSet.create(
    doc,
    ordinals(doc).map((o) => Decoration.node(o.pos, o.pos + o.size, { "data-ordinal": o.ordinal })),
  );
}

/** Shows the automatic numbers (data-ordinal, drawn by CSS before the text; never part of the text). */
export const Numbering = Extension.create({
  name: "numbering",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: numberingKey,
        state: {
          init: (_config, state) => decorate(state.doc),
          apply: (tr, old) => (tr.docChanged ? decorate(tr.doc) : old),
        },
        props: {
          decorations(state) {
            return numberingKey.getState(state);
          },
        },
      }),
    ];
  },
});
