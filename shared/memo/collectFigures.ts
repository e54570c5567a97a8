import { figureKey } from '../calc/figureKey';
import type { DocNode } from './memoTypes';
import { walkMemo, type MemoItem } from './walkMemo';

/** One inline figure of a memo, in document order. */
export interface CollectedFigure {
  /** 1-based, in document order: the number the PDF ledger and `tickmark check` use. */
  index: number;
  expr: string;
  format: string;
  /** The scenario the figure names (`@bull`); absent: the memo's shown scenario. */
  scenario?: string;
  /** The engine's key: `expr`, or `expr @bull`. */
  key: string;
  /** For people: `heading "Capital at unprecedented scale", paragraph 2`. */
  place: string;
  /** In the memo JSON: `doc.content[3].content[1]`. */
  path: string;
}

/** Every figure of a memo in document order, with its place (see walkMemo). */
export function collectFigures(doc: DocNode): CollectedFigure[] {
  return figuresOf(walkMemo(doc));
}

export function figuresOf(items: readonly MemoItem[]): CollectedFigure[] {
  return items
    .flatMap((item) => (item.kind === 'figure' ? [item] : []))
    .map((item, i) => {
      const { expr, format, scenario } = item.node.attrs;
      const figure: CollectedFigure = {
        index: i + 1,
        expr,
        format,
        key: figureKey(expr, scenario),
        place: item.place,
        path: item.path,
      };
      if (scenario) figure.scenario = scenario;
      return figure;
    });
}
