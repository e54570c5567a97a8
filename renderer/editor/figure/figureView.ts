import type { NodeViewRenderer } from '@tiptap/core';
import type { CalcValue } from '../../../shared/calc/calcTypes';
import { figureDisplay } from '../../calc/figureDisplay';
import { figureKey } from '../../../shared/calc/figureKey';
import { isValidFormat } from '../../../shared/format/isValidFormat';
import { hoverEnter, hoverLeave } from '../hoverIntent';
import { plainAtomView, type AtomState } from '../plainAtomView';
import type { FigureOptions } from './figureOptions';
import { formatProblem } from './formatProblem';

/**
 * A figure in the text: one span showing its formatted value, live. It subscribes to its own
 * expression in the calc store and rewrites its text when, and only when, that value changes.
 * Plain DOM rather than a React portal: a memo holds hundreds of figures, and a fact change
 * repaints a hundred of them within the frame, without a React render or commit.
 */
export function figureView({ calc, ui }: FigureOptions): NodeViewRenderer {
  return ({ node: initial, getPos }) => {
    if (!calc || !ui) throw new Error('Figure node used without a calc store');
    const dom = document.createElement('span');
    dom.dataset.testid = 'figure';
    const atom: AtomState = { node: initial, selected: false };
    let unsubscribe: () => void = () => {};

    const expr = (): string => String(atom.node.attrs.expr ?? '');
    const format = (): string => String(atom.node.attrs.format ?? '');
    const scenario = (): string => String(atom.node.attrs.scenario ?? '');
    const key = (): string => figureKey(expr(), scenario());

    const render = (): void => {
      const empty = expr().trim() === '';
      const value: CalcValue = calc.figureValue(key());
      const text = empty ? 'figure' : figureDisplay(value, format());
      const badFormat = !empty && !isValidFormat(format());
      const problem = empty
        ? null
        : !value.ok
          ? value.error.message
          : badFormat
            ? formatProblem(format())
            : null;
      const state = empty
        ? 'empty'
        : !value.ok && value.error.kind === 'blocked'
          ? 'blocked'
          : problem
            ? 'error'
            : 'ok';
      calc.setFormatProblem(dom, badFormat);
      if (dom.textContent !== text) dom.textContent = text;
      // A figure computed in a scenario other than the one shown is marked, discreetly.
      const other = scenario() !== '' && scenario() !== calc.shownScenario();
      // Classes a decoration put on the figure (a find match) stay: ProseMirror owns them.
      const decorated = [...dom.classList].filter((name) => name.startsWith('find-match'));
      const className = [
        `figure figure--${state}${other ? ' figure--other-scenario' : ''}${atom.selected ? ' figure--selected' : ''}`,
        ...decorated,
      ].join(' ');
      if (dom.className !== className) dom.className = className;
      dom.dataset.expr = expr();
      dom.dataset.state = state;
      if (scenario()) {
        dom.dataset.scenario = scenario();
        dom.title = `Computed in scenario ${scenario()}`;
      } else {
        delete dom.dataset.scenario;
        dom.removeAttribute('title');
      }
      if (problem) dom.setAttribute('aria-label', `${text}: ${problem}`);
      else dom.removeAttribute('aria-label');
    };

    const subscribe = (): void => {
      unsubscribe();
      unsubscribe = calc.subscribeFigure(key(), render);
    };

    dom.addEventListener('click', () => {
      const pos = getPos();
      if (typeof pos === 'number') ui.set({ figureEditor: { pos, isNew: false }, hover: null });
    });
    // mouseover/mouseout, not enter/leave: they run before React's handlers on the card (which
    // React dispatches from mouseout too), so moving from the figure into its card keeps it open.
    dom.addEventListener('mouseover', () => {
      if (expr().trim() !== '')
        hoverEnter(ui, { kind: 'figure', expr: key(), format: format(), anchor: dom });
    });
    dom.addEventListener('mouseout', () => hoverLeave(ui));

    subscribe();
    render();
    const offScenarios = calc.subscribeScenarios(render);

    return plainAtomView(dom, atom, {
      render,
      onNode(previous) {
        const { expr, scenario } = atom.node.attrs;
        if (expr !== previous.attrs.expr || scenario !== previous.attrs.scenario) subscribe();
      },
      destroy() {
        unsubscribe();
        offScenarios();
        calc.setFormatProblem(dom, false);
      },
    });
  };
}
