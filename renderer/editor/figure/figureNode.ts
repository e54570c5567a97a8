import { InputRule, Node, mergeAttributes } from '@tiptap/core';
import type { FigureOptions } from './figureOptions';
import { NodeSelection, TextSelection, type EditorState } from '@tiptap/pm/state';
import type { Mark } from '@tiptap/pm/model';
import type { CalcStore } from '../../calc/createCalcStore';
import { figureDisplay } from '../../calc/figureDisplay';
import { figureKey } from '../../../shared/calc/figureKey';
import { figureView } from './figureView';
import { inlineAtomKeyHandlers } from '../inlineAtomKeyHandlers';
import { pastedFigures } from './pastedFigures';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts an empty figure at the selection and opens its popover. */
      insertFigure: () => ReturnType;
      /** Opens the popover of the selected figure. */
      editSelectedFigure: () => ReturnType;
    };
  }
}

/**
 * An inline figure: an atom holding an expression and a format, shown as the formatted value
 * from the live engine. Copied to another application it is that displayed text.
 */
export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  priority: 1000,

  addOptions() {
    return { calc: null, ui: null };
  },

  addAttributes() {
    return {
      expr: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-expr') ?? '',
        renderHTML: (attrs) => ({ 'data-expr': String(attrs.expr ?? '') }),
      },
      format: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-format') ?? '',
        renderHTML: (attrs) => ({ 'data-format': String(attrs.format ?? '') }),
      },
      /** The scenario the figure names (`@bull`); '' computes it in the memo's shown scenario. */
      scenario: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-scenario') ?? '',
        renderHTML: (attrs) =>
          attrs.scenario ? { 'data-scenario': String(attrs.scenario as string) } : {},
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-figure]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const text = displayOf(this.options.calc, node.attrs, node.attrs.format);
    return ['span', mergeAttributes({ 'data-figure': '', class: 'figure' }, HTMLAttributes), text];
  },

  renderText({ node }) {
    return displayOf(this.options.calc, node.attrs, node.attrs.format);
  },

  addNodeView() {
    return figureView(this.options);
  },

  addCommands() {
    return {
      insertFigure:
        () =>
        ({ tr, dispatch, state }) => {
          const from = state.selection.from;
          if (dispatch) {
            tr.replaceSelectionWith(
              this.type.create({ expr: '', format: '' }, null, marksHere(state)),
              false,
            );
            tr.setSelection(NodeSelection.create(tr.doc, from));
            dispatch(tr);
            queueMicrotask(() =>
              this.options.ui?.set({ figureEditor: { pos: from, isNew: true } }),
            );
          }
          return true;
        },
      editSelectedFigure:
        () =>
        ({ state }) => {
          const { selection } = state;
          if (!(selection instanceof NodeSelection) || selection.node.type !== this.type)
            return false;
          this.options.ui?.set({ figureEditor: { pos: selection.from, isNew: false } });
          return true;
        },
    };
  },

  addInputRules() {
    return [
      new InputRule({
        find: /\{\{$/,
        handler: ({ state, range }) => {
          const { tr } = state;
          const figure = this.type.create({ expr: '', format: '' }, null, marksHere(state));
          tr.replaceWith(range.from, range.to, figure);
          tr.setSelection(TextSelection.create(tr.doc, range.from + 1));
          const pos = range.from;
          queueMicrotask(() => this.options.ui?.set({ figureEditor: { pos, isNew: true } }));
        },
      }),
    ];
  },

  addProseMirrorPlugins() {
    return [pastedFigures(this.type)];
  },

  addKeyboardShortcuts() {
    return inlineAtomKeyHandlers(this.type, () => this.editor.commands.editSelectedFigure());
  },
});

/**
 * The marks a figure inserted at the caret takes: the stored ones (Ctrl+B before typing) or
 * those of the text around it, so bold carries through the figure to what is typed after it.
 */
function marksHere(state: EditorState): readonly Mark[] {
  return state.storedMarks ?? state.selection.$from.marks();
}

function displayOf(
  calc: CalcStore | null,
  attrs: Record<string, unknown>,
  format: unknown,
): string {
  const { expr, scenario } = attrs;
  if (!calc || typeof expr !== 'string' || expr.trim() === '') return '{{ }}';
  const key = figureKey(expr, typeof scenario === 'string' ? scenario : '');
  return figureDisplay(calc.figureValue(key), typeof format === 'string' ? format : '');
}
