import { Node, textblockTypeInputRule } from '@tiptap/core';
import type { CalcBlockOptions } from './calcBlockOptions';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { CalcBlockView } from './CalcBlockView';
import { CODE_TEXT_BLOCK, codeTextBlockKeys, leaveCodeTextBlock } from './codeTextBlock';

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
  ...CODE_TEXT_BLOCK,

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
    return {
      ...codeTextBlockKeys(this.editor, this.type),
      ArrowDown: () => {
        const { $head, empty } = this.editor.state.selection;
        if (!empty || $head.parent.type !== this.type) return false;
        if ($head.parent.textContent.slice($head.parentOffset).includes('\n')) return false;
        return leaveCodeTextBlock(this.editor, this.type);
      },
    };
  },
});
