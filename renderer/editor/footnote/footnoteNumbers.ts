import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const NAME = 'footnote';

/** Numbers the footnotes 1, 2, 3... in document order, as `data-number` on each marker. */
function numberFootnotes(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === NAME)
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, {
          'data-number': String(decorations.length + 1),
        }),
      );
    return !node.isLeaf;
  });
  return DecorationSet.create(doc, decorations);
}

/** True when a transaction removed or added a footnote (and so may renumber them). */
function touchesFootnotes(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    let found = false;
    const before = tr.docs[i]!;
    step.getMap().forEach((oldStart, oldEnd) => {
      before.nodesBetween(oldStart, oldEnd, (node) => {
        if (node.type.name === NAME) found = true;
        return !found;
      });
    });
    if (!found && (step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) {
      step.slice.content.descendants((node) => {
        if (node.type.name === NAME) found = true;
        return !found;
      });
    }
    return found;
  });
}

/**
 * Footnote numbers as decorations, recomputed only when a footnote comes or goes: typing
 * elsewhere just maps them. (A CSS counter cannot do it: the off-screen blocks of a long memo
 * are style-contained, which scopes counters.)
 */
export const FootnoteNumbers = Extension.create({
  name: 'footnoteNumbers',

  addProseMirrorPlugins() {
    const key = new PluginKey<DecorationSet>('footnoteNumbers');
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => numberFootnotes(state.doc),
          apply: (tr, set) => {
            if (!tr.docChanged) return set;
            return touchesFootnotes(tr) ? numberFootnotes(tr.doc) : set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
