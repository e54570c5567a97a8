import { Node, textblockTypeInputRule } from '@tiptap/core';
import type { CalcBlockOptions } from './calcBlockOptions';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { CalcBlockView } from './CalcBlockView';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    calcBlock: {
      /** Turns the current block into a calc block (or inserts one), caret inside. */
      insertCalcBlock: () => ReturnType;
    };
  }
}

/**
 * A calc block: plain text lines `name = expression` (or `# comment`), each line's value
 * shown beside it. Its names are memo variables, usable in any figure of the memo.
 */
export const CalcBlock = Node.create<CalcBlockOptions>({
  name: 'calcBlock',
  group: 'block',
  content: 'text*',
  marks: '',
  code: true,
  defining: true,
  // Its Mod-Enter and Shift-Enter (leave the block) come before the hard break's.
  priority: 150,

  addOptions() {
    return { calc: null };
  },

  addAttributes() {
    return {
      // `calc hidden`: the analyst's workings, shown here and left out of the PDF (CALC.md §2).
      hidden: {
        default: false,
        parseHTML: (element) => element.getAttribute('data-hidden') === 'true',
        renderHTML: (attrs) => (attrs.hidden ? { 'data-hidden': 'true' } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'pre[data-calc]', preserveWhitespace: 'full' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['pre', { ...HTMLAttributes, 'data-calc': '', class: 'calc-block' }, ['code', 0]];
  },

  addNodeView() {
    return ReactNodeViewRenderer(CalcBlockView);
  },

  addCommands() {
    return {
      insertCalcBlock:
        () =>
        ({ state, tr, dispatch, chain }) => {
          const { $from } = state.selection;
          if ($from.parent.type.name === 'paragraph' && $from.parent.content.size === 0) {
            return chain().setNode(this.name).run();
          }
          if (!$from.parent.isTextblock || $from.depth < 1) return false;
          const container = $from.node($from.depth - 1);
          const index = $from.indexAfter($from.depth - 1);
          if (!container.canReplaceWith(index, index, this.type)) return false;
          if (dispatch) {
            // Below the current block, caret inside.
            const at = $from.after();
            tr.insert(at, this.type.create());
            tr.setSelection(TextSelection.create(tr.doc, at + 1));
            dispatch(tr.scrollIntoView());
          }
          return true;
        },
    };
  },

  addInputRules() {
    return [textblockTypeInputRule({ find: /^```calc[\s\n]$/, type: this.type })];
  },

  addKeyboardShortcuts() {
    // Leaving the block: Mod-Enter, Shift-Enter, or ArrowDown on its last line.
    const exit = (): boolean => {
      const { state, view } = this.editor;
      const { $head, empty } = state.selection;
      if (!empty || $head.parent.type !== this.type) return false;
      const after = $head.after();
      const next = state.doc.resolve(after).nodeAfter;
      const tr = state.tr;
      if (!next || !next.isTextblock) tr.insert(after, state.schema.nodes.paragraph!.create());
      tr.setSelection(TextSelection.near(tr.doc.resolve(after + 1)));
      view.dispatch(tr.scrollIntoView());
      return true;
    };
    return {
      'Mod-Enter': exit,
      'Shift-Enter': exit,
      ArrowDown: () => {
        const { $head, empty } = this.editor.state.selection;
        if (!empty || $head.parent.type !== this.type) return false;
        if ($head.parent.textContent.slice($head.parentOffset).includes('\n')) return false;
        return exit();
      },
      Tab: () =>
        this.editor.state.selection.$head.parent.type === this.type &&
        this.editor.commands.insertContent('  '),
    };
  },
});
