import type { CalcValue, Provenance } from '../calc/calcTypes';
import { figureSource } from '../memo/figureSource';
import type { MemoEvaluation } from '../memo/memoEvaluation';
import type { Memo } from '../memo/memoTypes';
import { walkMemo } from '../memo/walkMemo';
import { DEFAULT_STALE_DAYS, type MemoWarning, type WarningOptions } from './memoWarning';
import { staleFactsOf } from './staleFacts';
import { wordsAgainstNumber } from './wordsAgainstNumbers';

/**
 * The warnings of CALC.md §9 for a memo, computed once here for `tickmark check`, the editor
 * and the export dialog: words against numbers and stale facts, per figure in document order.
 * A figure in error gets none (its error says enough). The memo's date is its front matter's
 * `date`, else `options.today`, else today.
 */
export function memoWarnings(
  memo: Memo,
  evaluation: MemoEvaluation,
  options: WarningOptions = {},
): MemoWarning[] {
  const staleDays = options.staleDays ?? DEFAULT_STALE_DAYS;
  const memoDate = memo.meta.date || options.today || new Date().toISOString().slice(0, 10);
  const befores = walkMemo(memo.doc).flatMap((item) =>
    item.kind === 'figure' ? [item.before] : [],
  );
  return evaluation.figures.flatMap((figure) =>
    figureWarnings(
      { ...figure, before: befores[figure.index - 1] ?? '' },
      () => evaluation.engine.provenance(figure.expr),
      memoDate,
      staleDays,
    ).map((warning) => ({ ...warning, figureIndex: figure.index, place: figure.place })),
  );
}

/** One figure as the checks see it: its source, its value and display, and the words before it. */
export interface CheckedFigure {
  expr: string;
  format: string;
  value: CalcValue;
  display: string;
  before: string;
}

/**
 * The warnings of one figure (the rule memoWarnings applies to each; the editor calls it per
 * figure as the analyst types): words against its number, then the stale facts it reads.
 */
export function figureWarnings(
  figure: CheckedFigure,
  provenance: () => Provenance,
  memoDate: string,
  staleDays: number = DEFAULT_STALE_DAYS,
): Pick<MemoWarning, 'kind' | 'message'>[] {
  if (!figure.value.ok) return [];
  const warnings: Pick<MemoWarning, 'kind' | 'message'>[] = [];
  const source = figureSource(figure.expr, figure.format);
  const words = wordsAgainstNumber(figure.before, figure.display, figure.value.value);
  if (words) warnings.push({ kind: 'words', message: `${source}: ${words}` });
  const stale = staleFactsOf(provenance(), memoDate, staleDays);
  if (stale.length > 0) {
    warnings.push({
      kind: 'stale',
      message: `${source} reads ${stale.length === 1 ? 'a stale fact' : 'stale facts'}, more than ${staleDays} days old: ${stale.join('; ')}.`,
    });
  }
  return warnings;
}
