import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

function decorate(state: EditorState): DecorationSet {
  const $head = state.selection.$head;
  if ($head.depth < 1) return DecorationSet.empty;
  const start = $head.before(1);
  const node = state.doc.nodeAt(start);
  if (!node) return DecorationSet.empty;
  return DecorationSet.create(state.doc, [
    Decoration.node(start, start + node.nodeSize, { class: 'memo-current' }),
  ]);
}

/**
 * Marks the top-level block that holds the caret (`memo-current`). The stylesheet lets the
 * browser skip laying out off-screen blocks; the caret's block, new or not, is never skipped,
 * so the caret can always be placed in it.
 */
export const CurrentBlock = Extension.create({
  name: 'currentBlock',

  addProseMirrorPlugins() {
    const key = new PluginKey<DecorationSet>('currentBlock');
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => decorate(state),
          apply: (tr, set, _old, state) => {
            if (!tr.docChanged && !tr.selectionSet) return set;
            // Typing inside the same block keeps its decoration (mapped), so nothing is redrawn.
            const mapped = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
            const $head = state.selection.$head;
            if ($head.depth < 1) return DecorationSet.empty;
            const start = $head.before(1);
            const end = start + (state.doc.nodeAt(start)?.nodeSize ?? 0);
            const kept = mapped.find(start, end).some((d) => d.from === start && d.to === end);
            return kept ? mapped : decorate(state);
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
