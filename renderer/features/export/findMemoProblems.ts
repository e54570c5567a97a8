import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import type { ApiClient } from '../../api/createApiClient';
import type { ExportProblem } from './exportProblem';

/**
 * The figure and calc-line errors of the saved memo in `scenario` ('' the base case),
 * computed by the same engine the export runs, so the list matches what it would refuse.
 */
export async function findMemoProblems(
  api: ApiClient,
  memoId: number,
  scenario = '',
): Promise<ExportProblem[]> {
  const [record, { facts }, { scenarios }] = await Promise.all([
    api.invoke('memos:get', { id: memoId }),
    api.invoke('facts:all', { scenario: '' }),
    api.invoke('scenarios:overrides', {}),
  ]);
  const known = scenarios.some((s) => s.name === scenario) ? scenario : '';
  return evaluateMemo(record.memo, facts, { scenarios, scenario: known }).problems.map(
    ({ place, message }) => ({
      place,
      message,
    }),
  );
}
