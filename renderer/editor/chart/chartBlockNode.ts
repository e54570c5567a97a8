import { Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import type { CalcBlockOptions } from '../calcBlock/calcBlockOptions';
import { ChartBlockView } from './ChartBlockView';
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
  group: 'block',
  content: 'text*',
  marks: '',
  code: true,
  defining: true,
  priority: 150,

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
      Tab: () =>
        this.editor.state.selection.$head.parent.type === this.type &&
        this.editor.commands.insertContent('  '),
    };
  },
});
