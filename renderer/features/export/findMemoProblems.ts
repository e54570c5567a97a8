import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import type { ApiClient } from '../../api/createApiClient';
import type { ExportProblem } from './exportProblem';

/**
 * The figure and calc-line errors of the saved memo over the workspace's base-case facts,
 * computed by the same engine the export runs, so the list matches what it would refuse.
 */
export async function findMemoProblems(api: ApiClient, memoId: number): Promise<ExportProblem[]> {
  const [record, { facts }] = await Promise.all([
    api.invoke('memos:get', { id: memoId }),
    api.invoke('facts:all', { scenario: '' }),
  ]);
  return evaluateMemo(record.memo, facts).problems.map(({ place, message }) => ({
    place,
    message,
  }));
}
