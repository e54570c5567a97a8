import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { figureWarnings } from '../../../shared/checks/memoWarnings';
import type { CalcStore } from '../../calc/createCalcStore';
import { figureDisplay } from '../../calc/figureDisplay';

interface WarningsState {
  set: DecorationSet;
  count: number;
}

const key = new PluginKey<WarningsState>('figureWarnings');
const REFRESH = 'refresh';
const DELAY_MS = 200;

/**
 * The warnings of CALC.md §9 in the editor, by the same rule `tickmark check` applies
 * (shared/checks figureWarnings): each warned figure gets `data-warning` (its reasons, shown
 * on hover by the provenance card, and a dotted amber underline apart from errors), and the
 * store gets the count for the status line. Recomputed shortly after typing stops, and when
 * values or the memo's date change.
 */
export const FigureWarnings = Extension.create<{ calc: CalcStore | null }>({
  name: 'figureWarnings',

  addOptions() {
    return { calc: null };
  },

  addProseMirrorPlugins() {
    const calc = this.options.calc;
    if (!calc) return [];
    return [
      new Plugin<WarningsState>({
        key,
        state: {
          init: (_, state) => computeWarnings(state.doc, calc),
          apply(tr, previous, _old, state) {
            if (tr.getMeta(key) === REFRESH) return computeWarnings(state.doc, calc);
            if (!tr.docChanged) return previous;
            return { set: previous.set.map(tr.mapping, tr.doc), count: previous.count };
          },
        },
        props: {
          decorations: (state) => key.getState(state)?.set ?? DecorationSet.empty,
        },
        view(view) {
          let timer: ReturnType<typeof setTimeout> | undefined;
          const refresh = (): void => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, REFRESH));
            }, DELAY_MS);
          };
          const unsubscribe = calc.subscribeValues(refresh);
          calc.setWarningCount(key.getState(view.state)?.count ?? 0);
          return {
            update(updated, previous) {
              if (updated.state.doc !== previous.doc) refresh();
              calc.setWarningCount(key.getState(updated.state)?.count ?? 0);
            },
            destroy() {
              clearTimeout(timer);
              unsubscribe();
              calc.setWarningCount(0);
            },
          };
        },
      }),
    ];
  },
});

function computeWarnings(doc: PMNode, calc: CalcStore): WarningsState {
  const decorations: Decoration[] = [];
  let count = 0;
  const memoDate = calc.memoDate() || new Date().toISOString().slice(0, 10);
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let before = '';
    node.forEach((child, offset) => {
      if (child.type.name === 'figure') {
        const expr = String(child.attrs.expr ?? '').trim();
        const format = String(child.attrs.format ?? '').trim();
        if (expr !== '') {
          const value = calc.figureValue(expr);
          const found = figureWarnings(
            { expr, format, value, display: figureDisplay(value, format), before },
            () => calc.engine.provenance(expr),
            memoDate,
          );
          if (found.length > 0) {
            count += found.length;
            const from = pos + 1 + offset;
            decorations.push(
              Decoration.node(from, from + child.nodeSize, {
                'data-warning': found.map((w) => w.message).join('\n'),
                'data-warning-kind': found.map((w) => w.kind).join(' '),
              }),
            );
          }
        }
      }
      before = child.isText ? before + (child.text ?? '') : '';
    });
    return false;
  });
  return { set: DecorationSet.create(doc, decorations), count };
}
