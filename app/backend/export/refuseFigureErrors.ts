import type { MemoEvaluation } from '../../../shared/memo/memoEvaluation';
import { UserError } from '../router/userError';

/**
 * Refuses to export a memo whose figures have errors (unless allowed), listing every error
 * with its place (as data in `problems`; the message lists them for the CLI), so the analyst can fix them or choose to export with errors marked.
 */
export function refuseFigureErrors(evaluation: MemoEvaluation, allowErrors: boolean): void {
  const { problems } = evaluation;
  if (allowErrors || problems.length === 0) return;
  const count = problems.length === 1 ? '1 figure error' : `${problems.length} figure errors`;
  const list = problems.map((p) => `- ${p.place}: ${p.message}`).join('\n');
  throw new UserError(
    `The memo has ${count}; fix them, or export with errors allowed to mark them in red:\n${list}`,
    'failed',
    problems[0]?.place,
    problems.map((p) => ({ code: p.code ?? 'figure_error', message: p.message, place: p.place })),
  );
}
