import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { EditorUi } from '../createEditorUi';
import { findMatches } from './findMatches';

interface FindState {
  query: string;
  /** Index of the current match. */
  current: number;
  decorations: DecorationSet;
}

export const findKey = new PluginKey<FindState>('find');

/** Sets what the find bar looks for and which match is current (a transaction meta). */
export interface FindMeta {
  query: string;
  current: number;
}

function decorate(state: EditorState, query: string, current: number): DecorationSet {
  const matches = findMatches(state.doc, query);
  return DecorationSet.create(
    state.doc,
    matches.map((match, index) => {
      const attrs = { class: index === current ? 'find-match find-match--current' : 'find-match' };
      return match.kind === 'figure'
        ? Decoration.node(match.from, match.to, attrs)
        : Decoration.inline(match.from, match.to, attrs);
    }),
  );
}

export interface FindOptions {
  ui: EditorUi | null;
}

/**
 * Find and replace in the memo: Mod-F opens the find bar, Mod-H opens it with Replace; the
 * matches are painted as decorations (recomputed only when the text or the query changes).
 */
export const Find = Extension.create<FindOptions>({
  name: 'find',
  // Below the editor's own keys: ProseMirror tries 'Mod-f' for Mod-Shift-f when the key comes
  // as a lower-case 'f', and Mod-Shift-f inserts a figure.
  priority: 50,
  addOptions() {
    return { ui: null };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-f': () => {
        this.options.ui?.set({ find: { replace: false, opened: Date.now() } });
        return true;
      },
      'Mod-h': () => {
        this.options.ui?.set({ find: { replace: true, opened: Date.now() } });
        return true;
      },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => ({ query: '', current: 0, decorations: DecorationSet.empty }),
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(findKey) as FindMeta | undefined;
            if (meta) {
              return { ...meta, decorations: decorate(state, meta.query, meta.current) };
            }
            if (!tr.docChanged || value.query === '') return value;
            return { ...value, decorations: decorate(state, value.query, value.current) };
          },
        },
        props: {
          decorations: (state) => findKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
