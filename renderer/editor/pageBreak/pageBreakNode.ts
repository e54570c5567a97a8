import { Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { PageBreakView } from './PageBreakView';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pageBreak: {
      /** Inserts a page break (the PDF starts a new page there). */
      insertPageBreak: () => ReturnType;
    };
  }
}

/** A forced page break: the PDF export starts a new page here; the editor shows a rule. */
export const PageBreak = Node.create({
  name: 'pageBreak',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  // Before the hard break's Mod-Enter.
  priority: 150,

  parseHTML() {
    return [{ tag: 'div[data-page-break]' }];
  },

  renderHTML() {
    return ['div', { 'data-page-break': '', class: 'page-break' }];
  },

  renderText() {
    return '\n';
  },

  addNodeView() {
    return ReactNodeViewRenderer(PageBreakView);
  },

  addCommands() {
    return {
      insertPageBreak:
        () =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          if (!$from.parent.isTextblock || $from.parent.type.spec.code || $from.depth < 1)
            return false;
          const container = $from.node($from.depth - 1);
          const index = $from.index($from.depth - 1);
          if (!container.canReplaceWith(index, index, this.type)) return false;
          if (!dispatch) return true;
          tr.deleteSelection();
          const $pos = tr.selection.$from;
          if ($pos.parentOffset === $pos.parent.content.size && $pos.parentOffset > 0) {
            // At the end of a block: the break, then a new paragraph to go on writing in.
            const after = $pos.after();
            tr.insert(after, [this.type.create(), state.schema.nodes.paragraph!.create()]);
            tr.setSelection(TextSelection.create(tr.doc, after + 2));
          } else {
            // At the start of a block the break goes before it; in the middle, the block is split.
            if ($pos.parentOffset > 0) tr.split($pos.pos);
            tr.insert(tr.selection.$from.before(), this.type.create());
          }
          dispatch(tr.scrollIntoView());
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Enter': () =>
        !this.editor.state.selection.$head.parent.type.spec.code &&
        this.editor.commands.insertPageBreak(),
    };
  },
});
