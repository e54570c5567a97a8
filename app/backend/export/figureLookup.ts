import type {
  EvaluatedFigure,
  EvaluatedMemoChart,
  MemoEvaluation,
} from '../../../shared/memo/memoEvaluation';
import type { ChartBlockNode, DocNode, FigureNode } from '../../../shared/memo/memoTypes';
import { walkMemo } from '../../../shared/memo/walkMemo';

/**
 * The evaluation's figures and charts, found by their path in the memo (`walkMemo`'s
 * `doc.content[3].content[0]…`), never by the order the layout happens to meet them: a
 * figure in a table cell, a list item, a quote or a heading gets its own value whatever
 * order the blocks are laid out in. A node the evaluation has no match for (another
 * expression or format at that path, or no figure there) is an error, as is an evaluated
 * figure the layout never printed.
 */
export interface FigureLookup {
  figure(node: FigureNode): EvaluatedFigure;
  chart(node: ChartBlockNode): EvaluatedMemoChart;
  /** Throws if an evaluated figure or chart was not laid out. */
  finish(): void;
}

const AGAIN = 'evaluate the memo again before exporting.';

export function createFigureLookup(doc: DocNode, evaluation: MemoEvaluation): FigureLookup {
  // The layout walks these very node objects, so each one's path is known by identity.
  const pathOf = new Map<object, string>(walkMemo(doc).map((item) => [item.node, item.path]));
  const figures = new Map(evaluation.figures.map((figure) => [figure.path, figure]));
  const charts = new Map(evaluation.charts.map((chart) => [chart.path, chart]));
  const used = new Set<string>();

  const find = <T>(node: object, byPath: Map<string, T>, what: string): T => {
    const path = pathOf.get(node);
    const found = path === undefined ? undefined : byPath.get(path);
    if (path === undefined || found === undefined) {
      throw new Error(`PDF export: the ${what} has no value in its evaluation; ${AGAIN}`);
    }
    used.add(path);
    return found;
  };

  return {
    figure(node) {
      const { expr, format } = node.attrs;
      const figure = find(node, figures, `figure {{ ${expr} }} at ${pathOf.get(node) ?? '?'}`);
      if (figure.expr !== expr || figure.format !== format) {
        throw new Error(
          `PDF export: the figure at ${figure.path} is {{ ${expr} }} in the memo but {{ ${figure.expr} }} in its evaluation; ${AGAIN}`,
        );
      }
      return figure;
    },
    chart(node) {
      return find(node, charts, `chart at ${pathOf.get(node) ?? '?'}`);
    },
    finish() {
      const left = [...figures.keys(), ...charts.keys()].filter((path) => !used.has(path));
      if (left.length > 0) {
        throw new Error(
          `PDF export: the evaluation has a figure at ${left[0]} that the memo does not print; ${AGAIN}`,
        );
      }
    },
  };
}
