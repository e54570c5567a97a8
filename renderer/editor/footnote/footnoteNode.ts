import { Node, mergeAttributes } from '@tiptap/core';
import type { FootnoteOptions } from './footnoteOptions';
import { NodeSelection } from '@tiptap/pm/state';
import { inlineAtomKeyHandlers } from '../inlineAtomKeyHandlers';
import { footnoteView } from './footnoteView';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      /** Inserts a footnote marker at the selection and opens its note for writing. */
      insertFootnote: () => ReturnType;
      editSelectedFootnote: () => ReturnType;
    };
  }
}

/** An inline footnote marker; the note's text lives in the node and prints at the page foot. */
export const Footnote = Node.create<FootnoteOptions>({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { ui: null };
  },

  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (element) =>
          element.getAttribute('data-text') ?? element.getAttribute('title') ?? '',
        renderHTML: (attrs) => ({ 'data-text': String(attrs.text ?? '') }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'sup',
      mergeAttributes({ 'data-footnote': '', class: 'footnote' }, HTMLAttributes),
      `[${node.attrs.text}]`,
    ];
  },

  renderText({ node }) {
    return ` [${String(node.attrs.text ?? '')}]`;
  },

  addNodeView() {
    return footnoteView(this.options);
  },

  addCommands() {
    return {
      insertFootnote:
        () =>
        ({ tr, dispatch, state }) => {
          const pos = state.selection.to;
          if (dispatch) {
            tr.insert(pos, this.type.create({ text: '' }));
            tr.setSelection(NodeSelection.create(tr.doc, pos));
            dispatch(tr);
            queueMicrotask(() => this.options.ui?.set({ footnoteEditor: { pos, isNew: true } }));
          }
          return true;
        },
      editSelectedFootnote:
        () =>
        ({ state }) => {
          const { selection } = state;
          if (!(selection instanceof NodeSelection) || selection.node.type !== this.type)
            return false;
          this.options.ui?.set({ footnoteEditor: { pos: selection.from, isNew: false } });
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      ...inlineAtomKeyHandlers(this.type, () => this.editor.commands.editSelectedFootnote()),
      'Mod-Alt-f': () => this.editor.commands.insertFootnote(),
    };
  },
});
