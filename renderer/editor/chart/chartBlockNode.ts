import { Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import type { CalcBlockOptions } from '../calcBlock/calcBlockOptions';
import { ChartBlockView } from './ChartBlockView';
import { CODE_TEXT_BLOCK, codeTextBlockKeys } from '../calcBlock/codeTextBlock';
import { NEW_CHART_YAML } from './newChartYaml';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    chartBlock: {
      /** Inserts a chart (a starter bar chart) below the current block, its YAML open. */
      insertChartBlock: () => ReturnType;
    };
  }
}

/**
 * A chart: its text is the YAML of a ```chart block; the view draws it (the same scene the
 * PDF draws) above its YAML.
 */
export const ChartBlock = Node.create<CalcBlockOptions>({
  name: 'chartBlock',
  ...CODE_TEXT_BLOCK,

  addOptions() {
    return { calc: null };
  },

  parseHTML() {
    return [{ tag: 'pre[data-chart]', preserveWhitespace: 'full' }];
  },

  renderHTML() {
    return ['pre', { 'data-chart': '', class: 'chart-block' }, ['code', 0]];
  },

  addNodeView() {
    return ReactNodeViewRenderer(ChartBlockView);
  },

  addCommands() {
    return {
      insertChartBlock:
        () =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          if ($from.depth < 1) return false;
          const container = $from.node($from.depth - 1);
          const empty = $from.parent.type.name === 'paragraph' && $from.parent.content.size === 0;
          const index = empty ? $from.index($from.depth - 1) : $from.indexAfter($from.depth - 1);
          if (!container.canReplaceWith(index, index, this.type)) return false;
          if (dispatch) {
            const node = this.type.create(null, state.schema.text(NEW_CHART_YAML));
            const at = empty ? $from.before() : $from.after();
            if (empty) tr.replaceWith(at, $from.after(), node);
            else tr.insert(at, node);
            tr.setSelection(TextSelection.create(tr.doc, at + 1));
            dispatch(tr.scrollIntoView());
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return codeTextBlockKeys(this.editor, this.type);
  },
});
