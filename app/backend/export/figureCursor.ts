import type { EvaluatedFigure, MemoEvaluation } from '../../../shared/memo/memoEvaluation';

/** Hands out the evaluation's figures in document order, checking each matches the memo's node. */
export interface FigureCursor {
  next(expr: string, format: string): EvaluatedFigure;
  /** Throws if the memo had fewer figures than the evaluation. */
  finish(): void;
}

export function createFigureCursor(evaluation: MemoEvaluation): FigureCursor {
  let position = 0;
  return {
    next(expr, format) {
      const figure = evaluation.figures[position];
      position += 1;
      if (!figure) {
        throw new Error(
          `PDF export: the memo has more figures than its evaluation (figure ${position}, {{ ${expr} }}); evaluate the memo again before exporting.`,
        );
      }
      if (figure.expr !== expr || figure.format !== format) {
        throw new Error(
          `PDF export: figure ${position} is {{ ${expr} }} in the memo but {{ ${figure.expr} }} in its evaluation; evaluate the memo again before exporting.`,
        );
      }
      return figure;
    },
    finish() {
      if (position !== evaluation.figures.length) {
        throw new Error(
          `PDF export: the evaluation has ${evaluation.figures.length} figures but the memo has ${position}; evaluate the memo again before exporting.`,
        );
      }
    },
  };
}
