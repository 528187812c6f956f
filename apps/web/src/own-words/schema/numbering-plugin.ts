import { Extension } from "@tiptap/core";
import { textParagraphs, type TextDoc } from "@nianbao/text";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export const numberingKey = new PluginKey<DecorationSet>("nb-numbering");

/**
 * The ordinals of a document as the report prints them (numbered by @nianbao/text), by position: every item
 * of a run (一是, 1., （1）) and every sub-heading (level 3 "1.", level 4 "（1）", restarting under each 1.).
 */
export function ordinals(doc: PmNode): { pos: number; size: number; ordinal: string }[] {
  const blockPos: number[] = [];
  doc.forEach((_node, offset) => blockPos.push(offset));
  const out: { pos: number; size: number; ordinal: string }[] = [];
  for (const p of textParagraphs(doc.toJSON() as TextDoc)) {
    const { place } = p;
    if (place.kind === "heading") {
      const pos = blockPos[place.block]!;
      out.push({ pos, size: doc.child(place.block).nodeSize, ordinal: place.number });
    } else if (place.kind === "item") {
      const run = doc.child(place.block);
      let pos = blockPos[place.block]! + 1;
      for (let i = 0; i < place.item; i++) pos += run.child(i).nodeSize;
      out.push({ pos, size: run.child(place.item).nodeSize, ordinal: place.prefix });
    }
  }
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
