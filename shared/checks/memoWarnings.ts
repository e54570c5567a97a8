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
  const warnings: MemoWarning[] = [];
  for (const figure of evaluation.figures) {
    if (!figure.value.ok) continue;
    const at = { figureIndex: figure.index, place: figure.place };
    const source = figureSource(figure.expr, figure.format);
    const words = wordsAgainstNumber(
      befores[figure.index - 1] ?? '',
      figure.display,
      figure.value.value,
    );
    if (words) warnings.push({ kind: 'words', ...at, message: `${source}: ${words}` });
    const stale = staleFactsOf(evaluation.engine.provenance(figure.expr), memoDate, staleDays);
    if (stale.length > 0) {
      warnings.push({
        kind: 'stale',
        ...at,
        message: `${source} reads ${stale.length === 1 ? 'a stale fact' : 'stale facts'}, more than ${staleDays} days old: ${stale.join('; ')}.`,
      });
    }
  }
  return warnings;
}
