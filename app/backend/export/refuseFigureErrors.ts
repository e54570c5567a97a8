import type { MemoEvaluation } from '../../../shared/memo/memoEvaluation';
import { UserError } from '../router/userError';

/**
 * Refuses to export a memo whose figures have errors (unless allowed), listing every error
 * with its place as data in `problems` (the dialog and the CLI list them; the message sums
 * them up), so the analyst can fix them or choose to export with errors marked.
 */
export function refuseFigureErrors(evaluation: MemoEvaluation, allowErrors: boolean): void {
  const { problems } = evaluation;
  if (allowErrors || problems.length === 0) return;
  const count = problems.length === 1 ? '1 figure error' : `${problems.length} figure errors`;
  throw new UserError(
    `The memo has ${count}; fix them, or export with errors allowed to mark them in red.`,
    'failed',
    problems[0]?.place,
    problems.map((p) => ({ code: p.code ?? 'figure_error', message: p.message, place: p.place })),
  );
}
