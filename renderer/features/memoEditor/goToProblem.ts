import type { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { walkMemo } from '../../../shared/memo/walkMemo';
import { toMemoDoc } from '../../editor/toMemoDoc';

/** Which problems a jump goes to, and optionally the one at a place (as `tickmark check` names it). */
export interface ProblemTarget {
  kind: 'error' | 'warning';
  place?: string;
}

const SELECTORS = {
  error:
    '[data-testid="figure"][data-state="error"], [data-testid="figure"][data-state="blocked"], .calc-line--error, .calc-line--blocked',
  warning: '[data-testid="figure"][data-warning]',
} as const;

const CALC_PLACE = /^calc block (\d+), line (\d+)$/;

/**
 * Selects the next figure (or calc line) in error or with a warning after the selection,
 * wrapping, and scrolls it into view; for a place `calc block N, line M`, that line. True when
 * there was one to go to.
 */
export function goToProblem(editor: Editor, target: ProblemTarget): boolean {
  const { view } = editor;
  const calcPlace = target.place ? CALC_PLACE.exec(target.place) : null;
  if (calcPlace) return goToCalcLine(editor, Number(calcPlace[1]), Number(calcPlace[2]));
  const all = [...view.dom.querySelectorAll<HTMLElement>(SELECTORS[target.kind])];
  const atPlace = target.place ? figuresAt(editor, target.place) : null;
  const found = atPlace ? all.filter((dom) => atPlace.has(dom)) : all;
  if (found.length === 0) return false;
  const positions = found.map((dom) => ({ dom, pos: positionOf(editor, dom) }));
  const after = editor.state.selection.from;
  const next = positions.find(({ pos }) => pos !== null && pos > after) ?? positions[0]!;
  if (next.pos === null) return false;
  const node = editor.state.doc.nodeAt(next.pos);
  const selection =
    node?.type.name === 'figure'
      ? NodeSelection.create(editor.state.doc, next.pos)
      : TextSelection.create(editor.state.doc, next.pos);
  view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView());
  view.focus();
  next.dom.scrollIntoView({ block: 'center' });
  return true;
}

/** The figure DOMs standing at `place` (figures are numbered in the same order as walkMemo's). */
function figuresAt(editor: Editor, place: string): Set<Node> {
  const places = walkMemo(toMemoDoc(editor.getJSON())).flatMap((item) =>
    item.kind === 'figure' ? [item.place] : [],
  );
  const doms = new Set<Node>();
  let index = 0;
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name !== 'figure') return true;
    const dom = editor.view.nodeDOM(pos);
    if (places[index] === place && dom) doms.add(dom);
    index += 1;
    return false;
  });
  return doms;
}

/** The document position of a figure's DOM, or of the calc block a result line belongs to. */
function positionOf(editor: Editor, dom: HTMLElement): number | null {
  const figure = dom.closest('[data-testid="figure"]');
  try {
    if (figure) return editor.view.posAtDOM(figure, 0);
    const block = dom.closest('[data-testid="calc-block"]');
    if (!block) return null;
    const code = block.querySelector('.calc-block__code');
    return code ? editor.view.posAtDOM(code, 0) : null;
  } catch {
    return null;
  }
}

function goToCalcLine(editor: Editor, blockNumber: number, lineNumber: number): boolean {
  let seen = 0;
  let at: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (at !== null) return false;
    if (node.type.name !== 'calcBlock') return true;
    seen += 1;
    if (seen === blockNumber) {
      const lines = node.textContent.split('\n');
      const offset = lines.slice(0, lineNumber - 1).reduce((sum, line) => sum + line.length + 1, 0);
      at = pos + 1 + Math.min(offset, node.content.size);
    }
    return false;
  });
  if (at === null) return false;
  editor.view.dispatch(
    editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)).scrollIntoView(),
  );
  editor.view.focus();
  return true;
}
