import { memoWarnings } from '../../../shared/checks/memoWarnings';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import type { ApiClient } from '../../api/createApiClient';
import type { ExportProblem } from './exportProblem';

export interface MemoChecks {
  problems: ExportProblem[];
  /** Warnings of CALC.md §9 (they do not stop the export). */
  warnings: ExportProblem[];
}

/**
 * The figure and calc-line errors of the saved memo in `scenario` ('' the base case),
 * computed by the same engine the export runs, so the list matches what it would refuse; and
 * its warnings, by the same rule `tickmark check` prints them.
 */
export async function findMemoProblems(
  api: ApiClient,
  memoId: number,
  scenario = '',
): Promise<MemoChecks> {
  const [record, { facts }, { scenarios }] = await Promise.all([
    api.invoke('memos:get', { id: memoId }),
    api.invoke('facts:all', { scenario: '' }),
    api.invoke('scenarios:overrides', {}),
  ]);
  const known = scenarios.some((s) => s.name === scenario) ? scenario : '';
  const evaluation = evaluateMemo(record.memo, facts, { scenarios, scenario: known });
  return {
    problems: evaluation.problems.map(({ place, message }) => ({ place, message })),
    warnings: memoWarnings(record.memo, evaluation).map(({ place, message }) => ({
      place,
      message,
    })),
  };
}
